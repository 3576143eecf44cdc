import InspectionSchema

/// The fingerprint of a sample: identifies the set of cases, not their order or file layout.
///
/// Each case is written as canonical JSON — `{"answers":{…},"attributes":{…},"case":"…"}`
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
    private var keys: Keys?
    private var buffer: [UInt8] = []

    /// Ids in canonical (UTF-16) order, with their keys rendered once.
    private struct Keys {
      var attributeOrder: [Int]
      var attributeKeys: [[UInt8]]
      var questionOrder: [Int]
      var questionKeys: [[UInt8]]
    }

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

    /// Adds one case, read against `plan`.
    public mutating func add(_ item: SampleCase, plan: ScoringPlan) {
      if keys == nil { prepare(plan) }
      guard let keys else { return }
      buffer.removeAll(keepingCapacity: true)
      Self.append(literal: "{\"answers\":{", to: &buffer)
      var first = true
      for (index, key) in zip(keys.questionOrder, keys.questionKeys) {
        guard index < item.answers.count, let answer = item.answers[index] else { continue }
        if !first { buffer.append(UInt8(ascii: ",")) }
        first = false
        buffer.append(contentsOf: key)
        Self.append(string: answer, to: &buffer)
      }
      Self.append(literal: "},\"attributes\":{", to: &buffer)
      first = true
      for (index, key) in zip(keys.attributeOrder, keys.attributeKeys) {
        guard index < item.attributes.count, let value = item.attributes[index] else { continue }
        if !first { buffer.append(UInt8(ascii: ",")) }
        first = false
        buffer.append(contentsOf: key)
        Self.append(string: value, to: &buffer)
      }
      Self.append(literal: "},\"case\":", to: &buffer)
      Self.append(string: item.id, to: &buffer)
      if let exclusion = item.exclusion {
        Self.append(literal: ",\"excluded\":", to: &buffer)
        Self.append(string: exclusion, to: &buffer)
      }
      buffer.append(UInt8(ascii: "}"))
      addDigest(SHA256.hash(buffer).bytes)
    }

    /// Sorts the ids once and renders each `"id":` key as bytes.
    private mutating func prepare(_ plan: ScoringPlan) {
      func key(_ id: String) -> [UInt8] {
        var bytes: [UInt8] = []
        Self.append(string: id, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        return bytes
      }
      let attributeOrder = plan.attributes.indices.sorted {
        plan.attributes[$0].id.utf16.lexicographicallyPrecedes(plan.attributes[$1].id.utf16)
      }
      let questionOrder = plan.questions.indices.sorted {
        plan.questions[$0].question.id.utf16.lexicographicallyPrecedes(
          plan.questions[$1].question.id.utf16)
      }
      keys = Keys(
        attributeOrder: attributeOrder,
        attributeKeys: attributeOrder.map { key(plan.attributes[$0].id) },
        questionOrder: questionOrder,
        questionKeys: questionOrder.map { key(plan.questions[$0].question.id) })
    }

    mutating func add(_ other: Accumulator) {
      cases += other.cases
      addLimbs(other.limbs)
    }

    private mutating func addDigest(_ bytes: [UInt8]) {
      var other: [UInt64] = [0, 0, 0, 0]
      for (index, byte) in bytes.prefix(32).enumerated() {
        other[index / 8] = other[index / 8] << 8 | UInt64(byte)
      }
      cases += 1
      addLimbs(other)
    }

    private mutating func addLimbs(_ other: [UInt64]) {
      var carry: UInt64 = 0
      for limb in stride(from: 3, through: 0, by: -1) {
        let (partial, overflow1) = limbs[limb].addingReportingOverflow(other[limb])
        let (total, overflow2) = partial.addingReportingOverflow(carry)
        limbs[limb] = total
        carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
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

    /// Appends `string` as a canonical JSON string literal.
    private static func append(string: String, to bytes: inout [UInt8]) {
      let plain = string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
      if plain {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: string.utf8)
        bytes.append(UInt8(ascii: "\""))
      } else {
        bytes.append(contentsOf: CanonicalJSON.compactBytes(.string(string)))
      }
    }

    private static func append(literal: StaticString, to bytes: inout [UInt8]) {
      literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
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
