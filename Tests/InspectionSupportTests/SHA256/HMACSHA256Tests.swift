import Testing

@testable import InspectionSupport

/// ``HMACSHA256`` against the HMAC-SHA-256 test vectors of RFC 4231 (section 4), and the
/// properties a keyed pseudonym relies on.
struct HMACSHA256Tests {
  struct Vector: CustomTestStringConvertible, Sendable {
    let name: String
    let key: [UInt8]
    let data: [UInt8]
    let mac: String
    /// RFC 4231 test case 5 gives only the first 128 bits.
    var truncatedTo: Int? = nil
    var testDescription: String { name }
  }

  static func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(index, offsetBy: 2)
      bytes.append(UInt8(text[index..<next], radix: 16) ?? 0)
      index = next
    }
    return bytes
  }

  static let vectors: [Vector] = [
    Vector(
      name: "RFC 4231 test case 1", key: [UInt8](repeating: 0x0b, count: 20),
      data: Array("Hi There".utf8),
      mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    Vector(
      name: "RFC 4231 test case 2", key: Array("Jefe".utf8),
      data: Array("what do ya want for nothing?".utf8),
      mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    Vector(
      name: "RFC 4231 test case 3", key: [UInt8](repeating: 0xaa, count: 20),
      data: [UInt8](repeating: 0xdd, count: 50),
      mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    Vector(
      name: "RFC 4231 test case 4", key: Array(1...25),
      data: [UInt8](repeating: 0xcd, count: 50),
      mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    Vector(
      name: "RFC 4231 test case 5 (truncated to 128 bits)",
      key: [UInt8](repeating: 0x0c, count: 20), data: Array("Test With Truncation".utf8),
      mac: "a3b6167473100ee06e0c796c2955552b", truncatedTo: 16),
    Vector(
      name: "RFC 4231 test case 6 (key longer than a block)",
      key: [UInt8](repeating: 0xaa, count: 131),
      data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
      mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    Vector(
      name: "RFC 4231 test case 7 (key and data longer than a block)",
      key: [UInt8](repeating: 0xaa, count: 131),
      data: Array(
        ("This is a test using a larger than block-size key and a larger than block-size "
          + "data. The key needs to be hashed before being used by the HMAC algorithm.").utf8),
      mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]

  @Test func rfc4231() {
    for vector in Self.vectors {
      let mac = HMACSHA256(key: vector.key).authenticate(vector.data).hexString
      let expected = vector.mac
      #expect(
        String(mac.prefix(vector.truncatedTo.map { $0 * 2 } ?? 64)) == expected, "\(vector.name)")
    }
  }

  @Test func keyOfExactlyOneBlockIsNotHashed() {
    // 64 bytes is used as it is; 65 is hashed first. Both differ from each other and from
    // the key's hash used as a key (which is what a 65-byte key becomes).
    let block = [UInt8](repeating: 0x61, count: 64)
    let longer = block + [0x61]
    let message = Array("message".utf8)
    let viaHash = HMACSHA256(key: SHA256.hash(longer).bytes).authenticate(message)
    #expect(HMACSHA256(key: longer).authenticate(message) == viaHash)
    #expect(HMACSHA256(key: block).authenticate(message) != viaHash)
  }

  @Test func reusableAndKeyHidden() {
    let mac = HMACSHA256(key: Array("secret-key-material".utf8))
    let first = mac.authenticate(Array("case-1".utf8))
    #expect(mac.authenticate(Array("case-2".utf8)) != first)
    #expect(mac.authenticate(Array("case-1".utf8)) == first)
    #expect(!String(describing: mac).contains("secret"))
    #expect(!String(reflecting: mac).contains("secret"))
  }
}
