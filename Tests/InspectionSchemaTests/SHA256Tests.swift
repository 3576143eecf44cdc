import Foundation
import Testing

@testable import InspectionSchema

@Suite("SHA-256")
struct SHA256Tests {
  /// FIPS 180-4 / NIST CSRC example vectors.
  @Test(
    "NIST example vectors",
    arguments: [
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
          + "klmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func nistVectors(message: String, expected: String) {
    #expect(SHA256.hash(Array(message.utf8)).hexString == expected)
    #expect(SHA256.hash(message).hexString == expected)
  }

  @Test("one million 'a', streamed in odd-sized chunks")
  func millionA() {
    var hasher = SHA256()
    var remaining = 1_000_000
    var chunkSize = 1
    while remaining > 0 {
      let count = min(chunkSize, remaining)
      hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: count))
      remaining -= count
      chunkSize = chunkSize % 997 + 7  // 1, 8, 15, ... odd and even sizes up to ~1000
    }
    #expect(
      hasher.finalize().hexString
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("non-contiguous sequences and byte-at-a-time updates agree with one-shot hashing")
  func streamingEquivalence() {
    let bytes = deterministicBytes(count: 10_000, seed: 7)
    let expected = SHA256.hash(bytes)
    var byteByByte = SHA256()
    for byte in bytes { byteByByte.update(CollectionOfOne(byte)) }
    #expect(byteByByte.finalize() == expected)
    // A lazy map is not contiguous, which exercises the chunked path.
    #expect(SHA256.hash(bytes.lazy.map { $0 }) == expected)
    var split = SHA256()
    split.update(bytes[0..<63])
    split.update(bytes[63..<64])
    split.update(bytes[64..<5_000])
    split.update(bytes[5_000...])
    #expect(split.finalize() == expected)
  }

  @Test("finalize does not consume the hasher")
  func finalizeIsRepeatable() {
    var hasher = SHA256()
    hasher.update(Array("ab".utf8))
    let first = hasher.finalize()
    #expect(hasher.finalize() == first)
    hasher.update(Array("c".utf8))
    #expect(hasher.finalize() == SHA256.hash("abc"))
  }

  @Test("agrees with /usr/bin/sha256sum on files around block boundaries and 1 MB")
  func agreesWithSha256sum() throws {
    let tool = URL(fileURLWithPath: "/usr/bin/sha256sum")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
      Issue.record("/usr/bin/sha256sum is not available")
      return
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("sha256-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    for (index, size) in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1_048_576].enumerated() {
      let bytes = deterministicBytes(count: size, seed: UInt64(index + 1))
      let file = directory.appendingPathComponent("file-\(size).bin")
      try Data(bytes).write(to: file)

      let process = Process()
      process.executableURL = tool
      process.arguments = [file.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let expected = String(decoding: output, as: UTF8.self).prefix(64)

      #expect(SHA256.hash(bytes).hexString == expected, "size \(size)")
      #expect(SHA256.hash(try Data(contentsOf: file)).hexString == expected, "size \(size) (Data)")
    }
  }

  @Test("fingerprint string form, parsing and Codable")
  func fingerprint() throws {
    let fingerprint = Fingerprint(of: Array("abc".utf8))
    let text = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    #expect(fingerprint.description == text)
    #expect(Fingerprint(string: text) == fingerprint)
    #expect(Fingerprint(string: text.uppercased()) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "A", count: 64)) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "0", count: 63)) == nil)
    #expect(Fingerprint(string: "sha1:" + String(repeating: "0", count: 64)) == nil)
    #expect(Fingerprint(string: String(text.dropFirst(7))) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "é", count: 32)) == nil)

    let encoded = try JSONValueEncoder().encode(fingerprint)
    #expect(encoded == .string(text))
    #expect(try JSONValueDecoder().decode(Fingerprint.self, from: encoded) == fingerprint)
    let bad = #expect(throws: JSONDecodingError.self) {
      try JSONValueDecoder().decode(Fingerprint.self, from: JSONValue.string("sha256:xyz"))
    }
    #expect(bad?.message.contains("expected a fingerprint") == true)
  }

  @Test("fingerprints of equal JSON values are equal")
  func canonicalFingerprint() throws {
    let first = try JSONParser.parse(#"{"b": [1.0, 2e0], "a": "x"}"#).root
    let second = try JSONParser.parse(#"{"a":"x","b":[1,2]}"#).root
    #expect(Fingerprint(canonicalJSONOf: first) == Fingerprint(canonicalJSONOf: second))
    #expect(
      Fingerprint(canonicalJSONOf: first)
        == Fingerprint(of: Array(#"{"a":"x","b":[1,2]}"#.utf8)))
  }
}

/// Deterministic pseudo-random bytes (64-bit LCG, high bits).
func deterministicBytes(count: Int, seed: UInt64) -> [UInt8] {
  var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
  var bytes: [UInt8] = []
  bytes.reserveCapacity(count)
  for _ in 0..<count {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    bytes.append(UInt8(truncatingIfNeeded: state >> 56))
  }
  return bytes
}
