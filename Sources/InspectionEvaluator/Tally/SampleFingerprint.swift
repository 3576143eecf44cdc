import InspectionSchema
import InspectionSupport

/// The fingerprint of a sample: identifies the set of cases, not their order or file layout.
///
/// Each case is written as canonical JSON by ``CanonicalCaseJSON`` —
/// `{"answers":{…},"attributes":{…},"case":"…"}`
/// (plus `"excluded":"…"` when the sample excludes it), keys sorted, empty cells omitted — and
/// hashed with SHA-256. The 256-bit digests are added modulo 2²⁵⁶, so the sum does not depend
/// on order and partial sums merge by addition. The fingerprint is
/// `sha256:` + SHA-256 of `"InspectionKit sample v1\n<cases>\n<sum as 64 hex digits>"`.
/// The same cases as CSV or JSON, in any order, have the same fingerprint.
public enum SampleFingerprint {
  /// The mergeable state: the number of cases and the sum of their digests.
  public struct State: Hashable, Sendable, Codable {
    /// Cases added.
    public var cases: Int = 0
    /// The sum of case digests modulo 2²⁵⁶, as 64 lowercase hex digits.
    public var sum: String = String(repeating: "0", count: 64)

    /// Creates an empty state.
    public init() {}

    /// The state of two samples together.
    public static func + (lhs: State, rhs: State) -> State {
      var total = Accumulator(lhs)
      total.add(Accumulator(rhs))
      return total.state
    }

    /// The fingerprint of the cases added.
    public var fingerprint: String {
      let text = "InspectionKit sample v1\n\(cases)\n\(sum)"
      return Fingerprint(of: Array(text.utf8)).description
    }
  }

  /// Adds case digests as they are read.
  public struct Accumulator: Sendable {
    private var limbs: [UInt64] = [0, 0, 0, 0]  // big-endian 64-bit limbs
    private var cases = 0
    private var writer: CanonicalCaseJSON?
    private var buffer: [UInt8] = []

    /// Creates an empty accumulator.
    public init() {}

    init(_ state: State) {
      cases = state.cases
      let hex = Array(state.sum.utf8)
      for limb in 0..<4 where hex.count == 64 {
        var value: UInt64 = 0
        for digit in hex[(limb * 16)..<(limb * 16 + 16)] {
          value = value << 4 | UInt64(Self.hexValue(digit))
        }
        limbs[limb] = value
      }
    }

    /// Adds one case, read against `plan`: the digest of its canonical JSON, written by
    /// ``CanonicalCaseJSON`` into a reused buffer.
    public mutating func add(_ item: SampleCase, plan: ScoringPlan) {
      if writer == nil { writer = CanonicalCaseJSON(plan: plan) }
      guard let writer else { return }
      let count = writer.write(item, into: &buffer)
      let digest = buffer.withUnsafeBufferPointer { bytes in
        SHA256.hash(UnsafeBufferPointer(rebasing: bytes[0..<min(count, bytes.count)]))
      }
      addDigest(digest.bytes)
    }

    /// Adds one case given the SHA-256 digest of its canonical JSON, written by the caller
    /// through ``CanonicalCaseJSON``.
    mutating func add(digest: SHA256.Digest) {
      addDigest(digest.bytes)
    }

    mutating func add(_ other: Accumulator) {
      cases += other.cases
      addLimbs(other.limbs)
    }

    private mutating func addDigest(_ bytes: [UInt8]) {
      var other: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      for index in 0..<min(bytes.count, 32) {
        let byte = UInt64(bytes[index])
        switch index / 8 {
        case 0: other.0 = other.0 << 8 | byte
        case 1: other.1 = other.1 << 8 | byte
        case 2: other.2 = other.2 << 8 | byte
        default: other.3 = other.3 << 8 | byte
        }
      }
      cases += 1
      addLimbs(other.0, other.1, other.2, other.3)
    }

    /// Adds one case from its digest as eight big-endian words, as ``SHA256Lanes`` hands
    /// them back: no array on the byte path.
    mutating func add(digestWords words: UnsafePointer<UInt32>) {
      cases += 1
      addLimbs(
        UInt64(words[0]) << 32 | UInt64(words[1]), UInt64(words[2]) << 32 | UInt64(words[3]),
        UInt64(words[4]) << 32 | UInt64(words[5]), UInt64(words[6]) << 32 | UInt64(words[7]))
    }

    private mutating func addLimbs(_ other: [UInt64]) {
      addLimbs(other[0], other[1], other[2], other[3])
    }

    /// Adds the 256-bit number `l0 l1 l2 l3` (most significant first), modulo 2^256.
    private mutating func addLimbs(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64) {
      limbs.withUnsafeMutableBufferPointer { limbs in
        var carry: UInt64 = 0
        func add(_ other: UInt64, to limb: Int) {
          let (partial, overflow1) = limbs[limb].addingReportingOverflow(other)
          let (total, overflow2) = partial.addingReportingOverflow(carry)
          limbs[limb] = total
          carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        add(l3, to: 3)
        add(l2, to: 2)
        add(l1, to: 1)
        add(l0, to: 0)
      }
    }

    /// The state so far.
    public var state: State {
      var state = State()
      state.cases = cases
      state.sum = limbs.map { limb in
        let hex = String(limb, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
      }.joined()
      return state
    }

    /// The fingerprint of the cases added so far.
    public var fingerprint: String { state.fingerprint }

    private static func hexValue(_ digit: UInt8) -> UInt8 {
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
      default: 0
      }
    }

  }

  /// A 64-bit hash of a case id (FNV-1a), for duplicate detection in constant space per case.
  public static func idHash(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
