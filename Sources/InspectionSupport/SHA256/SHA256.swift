internal import CSHA256

/// SHA-256 (FIPS 180-4), streaming, on the CPU's SHA instructions where it has them.
///
/// Feed bytes with ``update(_:)`` as often as needed, then call ``finalize()``. Contiguous
/// inputs (`[UInt8]`, `ArraySlice`, `Data`, `String.UTF8View` of native strings) are
/// hashed straight from their storage; other sequences are buffered in chunks.
///
/// Whole 64-byte blocks go to the package's C target `CSHA256` when the CPU has SHA
/// instructions (x86-64 SHA extensions, ARMv8 SHA2; checked once at run time), and to the
/// Swift block function below otherwise. Both give the same digests; only speed differs.
///
/// ```swift
/// SHA256.hash(Array("abc".utf8)).hexString
/// // ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
///
/// var hasher = SHA256()
/// hasher.update(header)
/// hasher.update(body)
/// let digest = hasher.finalize()
/// ```
public struct SHA256: Sendable {
  /// A SHA-256 digest: 32 bytes.
  public struct Digest: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes.
    public let bytes: [UInt8]

    /// Creates a digest from exactly 32 bytes; returns `nil` for any other count.
    public init?(bytes: [UInt8]) {
      guard bytes.count == 32 else { return nil }
      self.bytes = bytes
    }

    init(validBytes: [UInt8]) {
      self.bytes = validBytes
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public var hexString: String {
      let digits = Array("0123456789abcdef".utf8)
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count * 2)
      for byte in bytes {
        result.append(digits[Int(byte >> 4)])
        result.append(digits[Int(byte & 0x0F)])
      }
      return String(decoding: result, as: UTF8.self)
    }

    /// Same as ``hexString``.
    public var description: String { hexString }
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Which block function compresses whole blocks. Internal: tests force each in turn.
  enum Implementation: Sendable, Hashable, CaseIterable {
    /// The CPU's SHA instructions, through `CSHA256`; only where ``hardwareAvailable``.
    case hardware
    /// The portable Swift block function.
    case software

    /// Whether this CPU has the instructions ``hardware`` needs (asked once per process).
    static let hardwareAvailable = ik_sha256_hardware_available() != 0

    /// ``hardware`` where available, ``software`` otherwise: what the public API uses.
    static let preferred: Implementation = hardwareAvailable ? .hardware : .software
  }

  /// The eight working words H₀…H₇, kept out of an array so that compressing a block
  /// neither allocates nor checks uniqueness. A homogeneous tuple, so its words are laid out
  /// contiguously and can be handed to C as `uint32_t[8]`.
  private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  private let implementation: Implementation

  private var state: State = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19
  )
  /// Bytes not yet hashed because they do not fill a 64-byte block.
  private var pending: [UInt8] = []
  /// The number of bytes fed so far (modulo 2⁶⁴).
  private var length: UInt64 = 0

  /// Creates a hasher with no input.
  public init() {
    self.init(implementation: .preferred)
  }

  /// Creates a hasher with no input that compresses blocks with `implementation`, which
  /// must be ``Implementation/software`` unless ``Implementation/hardwareAvailable``.
  init(implementation: Implementation) {
    precondition(
      implementation == .software || Implementation.hardwareAvailable,
      "SHA256: this CPU has no SHA instructions")
    self.implementation = implementation
  }

  /// Hashes `bytes` in one go.
  ///
  /// Contiguous input takes a path with no heap allocation besides the digest itself: full
  /// blocks are compressed in place and the padded tail is built on the stack.
  public static func hash(_ bytes: some Sequence<UInt8>) -> Digest {
    hash(bytes, implementation: .preferred)
  }

  /// Hashes `bytes` in one go with `implementation` (see ``init(implementation:)``).
  static func hash(_ bytes: some Sequence<UInt8>, implementation: Implementation) -> Digest {
    let digest = bytes.withContiguousStorageIfAvailable {
      oneShot($0, implementation: implementation)
    }
    if let digest { return digest }
    var hasher = SHA256(implementation: implementation)
    hasher.update(bytes)
    return hasher.finalize()
  }

  private static func oneShot(
    _ buffer: UnsafeBufferPointer<UInt8>, implementation: Implementation
  ) -> Digest {
    var hasher = SHA256(implementation: implementation)
    let full = buffer.count / 64 * 64
    hasher.compress(buffer, at: 0, blocks: full / 64)
    let remainder = buffer.count - full
    let blocks = remainder < 56 ? 1 : 2
    let bitLength = UInt64(buffer.count) &* 8
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
      tail.initialize(repeating: 0)
      for index in 0..<remainder { tail[index] = buffer[full + index] }
      tail[remainder] = 0x80
      let end = blocks * 64
      for index in 0..<8 {
        tail[end - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
      }
      let view = UnsafeBufferPointer(tail)
      hasher.compress(view, at: 0, blocks: blocks)
      return Digest(validBytes: hasher.stateBytes())
    }
  }

  private func stateBytes() -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
      bytes.append(UInt8(truncatingIfNeeded: word >> 24))
      bytes.append(UInt8(truncatingIfNeeded: word >> 16))
      bytes.append(UInt8(truncatingIfNeeded: word >> 8))
      bytes.append(UInt8(truncatingIfNeeded: word))
    }
    return bytes
  }

  /// Hashes the UTF-8 encoding of `string`.
  public static func hash(_ string: String) -> Digest {
    hash(Array(string.utf8))
  }

  /// Feeds more input.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(buffer: buffer)
    }
    guard handled == nil else { return }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(4096)
    for byte in bytes {
      chunk.append(byte)
      if chunk.count == 4096 {
        chunk.withUnsafeBufferPointer { update(buffer: $0) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk.withUnsafeBufferPointer { update(buffer: $0) }
  }

  /// The digest of everything fed so far. The hasher is not changed, so more input can
  /// follow for a digest of the longer message.
  public func finalize() -> Digest {
    var copy = self
    let bitLength = length &* 8
    var padding: [UInt8] = [0x80]
    let afterMarker = Int((length &+ 1) % 64)
    let zeros = afterMarker <= 56 ? 56 - afterMarker : 120 - afterMarker
    padding.append(contentsOf: repeatElement(0, count: zeros))
    for shift in stride(from: 56, through: 0, by: -8) {
      padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    padding.withUnsafeBufferPointer { copy.update(buffer: $0) }
    return Digest(validBytes: copy.stateBytes())
  }

  private mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
    length &+= UInt64(buffer.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, buffer.count)
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<take]))
      offset = take
      guard pending.count == 64 else { return }
      let block = pending
      block.withUnsafeBufferPointer { compress($0, at: 0, blocks: 1) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (buffer.count - offset) / 64
    compress(buffer, at: offset, blocks: whole)
    offset += whole * 64
    if offset < buffer.count {
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[offset...]))
    }
  }

  /// Processes the `count` consecutive 64-byte blocks from `offset` with this hasher's
  /// implementation. The hardware path takes them in one C call.
  private mutating func compress(
    _ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, blocks count: Int
  ) {
    guard count > 0, let base = buffer.baseAddress else { return }
    precondition(offset >= 0 && offset + count * 64 <= buffer.count, "SHA256: blocks overrun")
    switch implementation {
    case .hardware:
      withUnsafeMutablePointer(to: &state) { tuple in
        tuple.withMemoryRebound(to: UInt32.self, capacity: 8) { words in
          ik_sha256_hardware_compress(words, base + offset, count)
        }
      }
    case .software:
      for block in 0..<count { compressInSwift(buffer, at: offset + block * 64) }
    }
  }

  /// Processes the 64-byte block at `offset` in Swift (FIPS 180-4 §6.2.2).
  private mutating func compressInSwift(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) {
    SHA256.roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        for t in 0..<16 {
          let base = offset + t * 4
          schedule[t] =
            UInt32(buffer[base]) << 24 | UInt32(buffer[base + 1]) << 16
            | UInt32(buffer[base + 2]) << 8 | UInt32(buffer[base + 3])
        }
        for t in 16..<64 {
          let w15 = schedule[t - 15]
          let w2 = schedule[t - 2]
          let sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >> 3)
          let sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >> 10)
          schedule[t] = sigma1 &+ schedule[t - 7] &+ sigma0 &+ schedule[t - 16]
        }
        var (a, b, c, d, e, f, g, h) = state
        for t in 0..<64 {
          let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
          let choose = (e & f) ^ (~e & g)
          let temp1 = h &+ bigSigma1 &+ choose &+ constants[t] &+ schedule[t]
          let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
          let majority = (a & b) ^ (a & c) ^ (b & c)
          let temp2 = bigSigma0 &+ majority
          h = g
          g = f
          f = e
          e = d &+ temp1
          d = c
          c = b
          b = a
          a = temp1 &+ temp2
        }
        state = (
          state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f,
          state.6 &+ g, state.7 &+ h
        )
      }
    }
  }

  @inline(__always)
  private func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }
}

extension SHA256 {
  /// The most bytes ``pad(_:count:)`` writes after a message (for ``SHA256Lanes``, which
  /// pads each message in place).
  package static let paddingCapacity = 72

  /// Pads the `count`-byte message at `buffer` in place (FIPS 180-4 §5.1.1: 0x80, zeros,
  /// then the length in bits as a big-endian 64-bit number, to a whole number of blocks),
  /// writing at most ``paddingCapacity`` bytes after it; returns its number of blocks.
  @inline(__always)
  static func pad(_ buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
    let blocks = (count + 9 + 63) / 64
    buffer[count] = 0x80
    (buffer + count + 1).update(repeating: 0, count: blocks * 64 - 8 - count - 1)
    let bits = UInt64(count) &* 8
    for byte in 0..<8 {
      buffer[blocks * 64 - 8 + byte] = UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64(byte)))
    }
    return blocks
  }

  /// Sets H0…H7 to their values before the first block (FIPS 180-4 §5.3.3).
  @inline(__always)
  static func setInitialState(_ state: UnsafeMutablePointer<UInt32>) {
    state[0] = 0x6a09_e667
    state[1] = 0xbb67_ae85
    state[2] = 0x3c6e_f372
    state[3] = 0xa54f_f53a
    state[4] = 0x510e_527f
    state[5] = 0x9b05_688c
    state[6] = 0x1f83_d9ab
    state[7] = 0x5be0_cd19
  }
}
