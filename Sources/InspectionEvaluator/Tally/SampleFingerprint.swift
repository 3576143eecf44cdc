import InspectionSchema
import InspectionSupport

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
    private var scratch: [UInt8] = []

    /// Ids in canonical (UTF-16) order, with their `"id":` keys rendered once, back to back
    /// (key `i` ends at `…KeyEnds[i]`), so a case copies key bytes without touching an array
    /// per key.
    private struct Keys {
      var attributeOrder: [Int]
      var attributeKeys: [UInt8]
      var attributeKeyEnds: [Int]
      var questionOrder: [Int]
      var questionKeys: [UInt8]
      var questionKeyEnds: [Int]
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
    ///
    /// The case's bytes are written straight into a reused buffer; a value that JSON must
    /// escape (a quote, a backslash, a control or non-ASCII character) sends the case down
    /// the general path, which writes the same bytes through `CanonicalJSON`.
    public mutating func add(_ item: SampleCase, plan: ScoringPlan) {
      if keys == nil { prepare(plan) }
      guard let keys else { return }
      if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 4096) }
      while true {
        let outcome = scratch.withUnsafeMutableBufferPointer { out -> FastWrite in
          guard let base = out.baseAddress else { return .escaped }
          var writer = ByteWriter(base: base, capacity: out.count)
          writer.write(literal: "{\"answers\":{")
          writer.writeMembers(
            item.answers, order: keys.questionOrder, keys: keys.questionKeys,
            ends: keys.questionKeyEnds)
          writer.write(literal: "},\"attributes\":{")
          writer.writeMembers(
            item.attributes, order: keys.attributeOrder, keys: keys.attributeKeys,
            ends: keys.attributeKeyEnds)
          writer.write(literal: "},\"case\":")
          writer.write(string: item.id)
          if let exclusion = item.exclusion {
            writer.write(literal: ",\"excluded\":")
            writer.write(string: exclusion)
          }
          writer.write(byte: UInt8(ascii: "}"))
          if writer.escaped { return .escaped }
          if writer.overflow { return .overflow }
          return .digest(SHA256.hash(UnsafeBufferPointer(start: base, count: writer.count)).bytes)
        }
        switch outcome {
        case .digest(let digest):
          addDigest(digest)
          return
        case .overflow:
          scratch = [UInt8](repeating: 0, count: scratch.count * 2)
        case .escaped:
          addEscaping(item, keys: keys)
          return
        }
      }
    }

    /// Adds one case given the SHA-256 digest of its canonical JSON, written by the caller
    /// exactly as ``add(_:plan:)`` would write it.
    mutating func add(digest: SHA256.Digest) {
      addDigest(digest.bytes)
    }

    private enum FastWrite {
      case digest([UInt8])
      case overflow
      case escaped
    }

    /// Writes bytes into fixed memory, noting (instead of writing) what does not fit and any
    /// string that would need escaping.
    private struct ByteWriter {
      let base: UnsafeMutablePointer<UInt8>
      let capacity: Int
      var count = 0
      var overflow = false
      var escaped = false

      @inline(__always)
      mutating func write(byte: UInt8) {
        guard count < capacity else {
          overflow = true
          return
        }
        base[count] = byte
        count += 1
      }

      @inline(__always)
      mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, capacity - count >= bytes.count else {
          if !bytes.isEmpty { overflow = true }
          return
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
      }

      mutating func write(literal: StaticString) {
        literal.withUTF8Buffer { write($0) }
      }

      /// Writes `"string"` if it needs no escaping; otherwise marks the case as escaped.
      mutating func write(string: String) {
        var string = string
        string.withUTF8 { utf8 in
          for byte in utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C {
            escaped = true
            return
          }
          write(byte: UInt8(ascii: "\""))
          write(utf8)
          write(byte: UInt8(ascii: "\""))
        }
      }

      mutating func writeMembers(_ values: [String?], order: [Int], keys: [UInt8], ends: [Int]) {
        keys.withUnsafeBufferPointer { keyBytes in
          var first = true
          var start = 0
          for position in 0..<min(order.count, ends.count) {
            let end = ends[position]
            defer { start = end }
            let index = order[position]
            guard index < values.count, let value = values[index] else { continue }
            if !first { write(byte: UInt8(ascii: ",")) }
            first = false
            write(UnsafeBufferPointer(rebasing: keyBytes[start..<end]))
            write(string: value)
          }
        }
      }
    }

    /// The general path of ``add(_:plan:)``, for a case with a value JSON must escape.
    private mutating func addEscaping(_ item: SampleCase, keys: Keys) {
      buffer.removeAll(keepingCapacity: true)
      Self.append(literal: "{\"answers\":{", to: &buffer)
      Self.appendMembers(
        item.answers, order: keys.questionOrder, keys: keys.questionKeys,
        ends: keys.questionKeyEnds, to: &buffer)
      Self.append(literal: "},\"attributes\":{", to: &buffer)
      Self.appendMembers(
        item.attributes, order: keys.attributeOrder, keys: keys.attributeKeys,
        ends: keys.attributeKeyEnds, to: &buffer)
      Self.append(literal: "},\"case\":", to: &buffer)
      Self.append(string: item.id, to: &buffer)
      if let exclusion = item.exclusion {
        Self.append(literal: ",\"excluded\":", to: &buffer)
        Self.append(string: exclusion, to: &buffer)
      }
      buffer.append(UInt8(ascii: "}"))
      addDigest(SHA256.hash(buffer).bytes)
    }

    /// Appends `"key":"value"` for each non-empty value, in key order, comma-separated.
    private static func appendMembers(
      _ values: [String?], order: [Int], keys: [UInt8], ends: [Int], to bytes: inout [UInt8]
    ) {
      keys.withUnsafeBufferPointer { keyBytes in
        var first = true
        var start = 0
        for position in 0..<min(order.count, ends.count) {
          let end = ends[position]
          defer { start = end }
          let index = order[position]
          guard index < values.count, let value = values[index] else { continue }
          if !first { bytes.append(UInt8(ascii: ",")) }
          first = false
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: keyBytes[start..<end]))
          append(string: value, to: &bytes)
        }
      }
    }

    /// Sorts the ids once and renders each `"id":` key as bytes.
    private mutating func prepare(_ plan: ScoringPlan) {
      func render(_ ids: [String]) -> (bytes: [UInt8], ends: [Int]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for id in ids {
          Self.append(string: id, to: &bytes)
          bytes.append(UInt8(ascii: ":"))
          ends.append(bytes.count)
        }
        return (bytes, ends)
      }
      let attributeOrder = SampleFingerprint.canonicalOrder(of: plan.attributes.map(\.id))
      let questionOrder = SampleFingerprint.canonicalOrder(of: plan.questions.map(\.question.id))
      let attributeKeys = render(attributeOrder.map { plan.attributes[$0].id })
      let questionKeys = render(questionOrder.map { plan.questions[$0].question.id })
      keys = Keys(
        attributeOrder: attributeOrder, attributeKeys: attributeKeys.bytes,
        attributeKeyEnds: attributeKeys.ends, questionOrder: questionOrder,
        questionKeys: questionKeys.bytes, questionKeyEnds: questionKeys.ends)
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

    /// Appends `string` as a canonical JSON string literal.
    static func append(string: String, to bytes: inout [UInt8]) {
      var string = string
      let plain = string.withUTF8 { utf8 in
        for byte in utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C {
          return false
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
        return true
      }
      if !plain {
        bytes.append(contentsOf: CanonicalJSON.compactBytes(.string(string)))
      }
    }

    private static func append(literal: StaticString, to bytes: inout [UInt8]) {
      literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
  }

  /// The positions of `ids` in canonical JSON key order (by UTF-16 code units).
  static func canonicalOrder(of ids: [String]) -> [Int] {
    ids.indices.sorted { ids[$0].utf16.lexicographicallyPrecedes(ids[$1].utf16) }
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
