/// A content fingerprint: the SHA-256 digest of some bytes, written
/// `sha256:<64 lowercase hex digits>`.
///
/// Fingerprints of JSON values are taken over their compact canonical form
/// (``CanonicalJSON/compactBytes(_:)``), so equal values always have equal fingerprints.
/// `Codable` as its string form.
///
/// ```swift
/// let fingerprint = Fingerprint(of: Array("abc".utf8))
/// fingerprint.description
/// // sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
/// Fingerprint(string: fingerprint.description) == fingerprint  // true
/// ```
public struct Fingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The SHA-256 digest.
  public let digest: SHA256.Digest

  /// The prefix naming the algorithm in the string form.
  public static let prefix = "sha256:"

  /// The fingerprint of `bytes`.
  public init(of bytes: some Sequence<UInt8>) {
    self.digest = SHA256.hash(bytes)
  }

  /// The fingerprint of a JSON value's compact canonical serialisation.
  public init(canonicalJSONOf value: JSONValue) {
    self.init(of: CanonicalJSON.compactBytes(value))
  }

  /// Wraps an existing digest.
  public init(digest: SHA256.Digest) {
    self.digest = digest
  }

  /// Parses `sha256:` followed by exactly 64 lowercase hexadecimal digits; returns `nil`
  /// for anything else (including uppercase digits, so each fingerprint has one spelling).
  public init?(string: String) {
    let utf8 = Array(string.utf8)
    let prefix = Array(Fingerprint.prefix.utf8)
    guard utf8.count == prefix.count + 64, utf8.starts(with: prefix) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    var index = prefix.count
    while index + 1 < utf8.count {
      guard let high = Fingerprint.hexValue(utf8[index]),
        let low = Fingerprint.hexValue(utf8[index + 1])
      else { return nil }
      bytes.append(high << 4 | low)
      index += 2
    }
    guard let digest = SHA256.Digest(bytes: bytes) else { return nil }
    self.digest = digest
  }

  /// `sha256:` followed by the digest in lowercase hexadecimal.
  public var description: String { Fingerprint.prefix + digest.hexString }

  /// Decodes the string form; anything else is a `DecodingError.dataCorrupted`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let string = try container.decode(String.self)
    guard let parsed = Fingerprint(string: string) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "expected a fingerprint 'sha256:' followed by 64 lowercase"
            + " hexadecimal digits, found \(JSONValue.string(string).foundDescription)"))
    }
    self = parsed
  }

  /// Encodes the string form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
