/// HMAC-SHA-256 (RFC 2104, with SHA-256 as the hash; test vectors in RFC 4231), on the
/// toolbox's ``SHA256``.
///
/// A key longer than SHA-256's 64-byte block is hashed first; a shorter one is padded with
/// zeros. The message authentication code is `H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ message))`.
///
/// The key is held only in memory, in the inner and outer hash states already primed with it:
/// the value has no description that prints the key.
///
/// ```swift
/// let mac = HMACSHA256(key: Array("key".utf8))
/// mac.authenticate(Array("The quick brown fox jumps over the lazy dog".utf8)).hexString
/// // f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
/// ```
public struct HMACSHA256: Sendable, CustomStringConvertible, CustomReflectable {
  /// SHA-256's block size in bytes: the length keys are padded (or hashed down) to.
  public static let blockSize = 64

  /// The inner hash, already fed `K ⊕ ipad`.
  private let inner: SHA256
  /// The outer hash, already fed `K ⊕ opad`.
  private let outer: SHA256

  /// Prepares the keyed hashes for `key` (any length, including empty).
  public init(key: [UInt8]) {
    var block = key.count > Self.blockSize ? SHA256.hash(key).bytes : key
    block += [UInt8](repeating: 0, count: Self.blockSize - block.count)
    var inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    var outer = SHA256()
    outer.update(block.map { $0 ^ 0x5c })
    self.inner = inner
    self.outer = outer
  }

  /// The 32-byte message authentication code of `message` under the key.
  public func authenticate(_ message: some Sequence<UInt8>) -> SHA256.Digest {
    var inner = self.inner
    inner.update(message)
    var outer = self.outer
    outer.update(inner.finalize().bytes)
    return outer.finalize()
  }

  /// Names the type only: a keyed hash never prints its key or any state derived from it.
  public var description: String { "HMACSHA256(key: hidden)" }

  /// No children: `dump` and debuggers show nothing derived from the key.
  public var customMirror: Mirror { Mirror(self, children: [:]) }
}
