/// Applicability conditions on value and code positions, for rows scored from bytes.
///
/// ``CompiledCondition`` compares strings; on the hot path a case's attribute values and
/// answers are already positions in their lists (value 2 of attribute `roh`, code 0 of a
/// question's scale), so each test is one bit of a 64-bit mask, a ``Literal``.
///
/// Most conditions are a conjunction of tests, each perhaps negated ("case type is custody",
/// "transferred, and risk of harm high", "not custody": every OMI2 condition). Those are kept
/// as a plain list of literals, checked in one loop. The rest (an `any`, a negated `all`) are
/// flattened into one postfix program, run with a small stack on the machine stack; either
/// way, evaluating a condition touches no reference-counted storage.
///
/// ```swift
/// // "attribute 0 is its value 1 or 3, and question 4 was answered with code 0":
/// // [.test(attribute 0, 0b1010), .test(answer 4, 0b1), .all(2)]
/// // and as literals: [(attribute 0, 0b1010), (answer 4, 0b1)]
/// ```
struct PositionConditions: Sendable {
  /// One test of a conjunction: the position at `index` (of an attribute or an answer) is in
  /// `mask`, or, when `inverted`, is not.
  private struct Literal: Sendable {
    var mask: UInt64
    var index: Int32
    var isAnswer: Bool
    var inverted: Bool

    /// The literal for a test of an attribute or an answer, `nil` for any other condition.
    init?(_ condition: CompiledCondition, plan: ScoringPlan) {
      switch condition {
      case .attribute(let index, let values):
        let declared = index < plan.attributes.count ? plan.attributes[index].values : []
        self.init(mask: Self.mask(declared, values), index: index, isAnswer: false)
      case .answer(let index, let codes):
        let scale = index < plan.questions.count ? plan.questions[index].scale.options : []
        self.init(mask: Self.mask(scale.map(\.code), codes), index: index, isAnswer: true)
      case .all, .any, .not:
        return nil
      }
    }

    private init(mask: UInt64, index: Int, isAnswer: Bool) {
      self.mask = mask
      self.index = Int32(truncatingIfNeeded: index)
      self.isAnswer = isAnswer
      inverted = false
    }

    /// The positions of `entries` (at most the first 64) that `accepted` holds, as bits.
    private static func mask(_ entries: [String], _ accepted: [String]) -> UInt64 {
      var mask: UInt64 = 0
      for (position, entry) in entries.prefix(64).enumerated() where accepted.contains(entry) {
        mask |= 1 << UInt64(position)
      }
      return mask
    }

    /// Whether the literal holds for a case at these value and code positions (0xFF: none).
    @inline(__always)
    func holds(attributes: UnsafeBufferPointer<UInt8>, answers: UnsafeBufferPointer<UInt8>) -> Bool
    {
      let positions = isAnswer ? answers : attributes
      let at = Int(index)
      let position = at < positions.count ? positions[at] : 0xFF
      return (position < 64 && mask >> UInt64(position) & 1 == 1) != inverted
    }
  }

  /// Question `q`'s condition as the conjunction `literals[first..<first + count]`; a negative
  /// count: run the program instead.
  private struct Form: Sendable {
    var first: Int32
    var count: Int32
  }

  private enum Operation: Sendable {
    case test(Literal)
    case all(Int)
    case any(Int)
    case not
  }

  private var program: [Operation] = []
  /// Question `q`'s condition, when it is not a conjunction of literals, is
  /// `program[starts[q]..<starts[q + 1]]`; otherwise that range is empty.
  private var starts: [Int] = [0]
  /// The most entries the stack holds for any one question.
  private var depth = 0
  private var literals: [Literal] = []
  private var forms: [Form] = []

  /// Flattens the conditions of `plan`'s questions; value and code lists must have at most 64
  /// entries.
  init(plan: ScoringPlan) {
    var depth = 0
    for condition in plan.conditions {
      let first = Int32(literals.count)
      if let condition {
        if let conjunction = Self.literals(of: condition, plan: plan) {
          literals += conjunction
          forms.append(Form(first: first, count: Int32(conjunction.count)))
        } else {
          depth = max(depth, append(condition, plan: plan))
          forms.append(Form(first: first, count: -1))
        }
      } else {
        forms.append(Form(first: first, count: 0))
      }
      starts.append(program.count)
    }
    self.depth = depth
  }

  /// `condition` as a conjunction of literals, or `nil` when it is not one.
  private static func literals(of condition: CompiledCondition, plan: ScoringPlan) -> [Literal]? {
    switch condition {
    case .attribute, .answer:
      return Literal(condition, plan: plan).map { [$0] }
    case .all(let terms):
      var conjunction: [Literal] = []
      for term in terms {
        guard let literals = literals(of: term, plan: plan) else { return nil }
        conjunction += literals
      }
      return conjunction
    case .not(let term):
      // Only a single test can be negated in place: not(all) is a disjunction.
      guard let literals = literals(of: term, plan: plan), literals.count == 1 else { return nil }
      var literal = literals[0]
      literal.inverted.toggle()
      return [literal]
    case .any:
      return nil
    }
  }

  /// Appends `condition` in postfix; returns the stack depth it needs.
  private mutating func append(_ condition: CompiledCondition, plan: ScoringPlan) -> Int {
    func terms(_ terms: [CompiledCondition]) -> Int {
      var depth = 0
      for (offset, term) in terms.enumerated() {
        depth = max(depth, offset + append(term, plan: plan))
      }
      return max(depth, 1)
    }
    switch condition {
    case .attribute, .answer:
      if let literal = Literal(condition, plan: plan) { program.append(.test(literal)) }
      return 1
    case .all(let list):
      let depth = terms(list)
      program.append(.all(list.count))
      return depth
    case .any(let list):
      let depth = terms(list)
      program.append(.any(list.count))
      return depth
    case .not(let term):
      let depth = append(term, plan: plan)
      program.append(.not)
      return depth
    }
  }

  /// Whether question `question` is relevant to a case whose attributes are at value positions
  /// `attributes` and whose earlier answers are at code positions `answers` (0xFF: none).
  @inline(__always)
  func holds(
    question: Int, attributes: UnsafeBufferPointer<UInt8>, answers: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let form = forms[question]
    guard form.count >= 0 else {
      return run(question: question, attributes: attributes, answers: answers)
    }
    return literals.withUnsafeBufferPointer { literals in
      var index = Int(form.first)
      let end = index &+ Int(form.count)
      while index < end {
        guard literals[index].holds(attributes: attributes, answers: answers) else { return false }
        index &+= 1
      }
      return true
    }
  }

  /// Runs question `question`'s condition as a program: the conditions that are not a
  /// conjunction of literals.
  @inline(never)
  private func run(
    question: Int, attributes: UnsafeBufferPointer<UInt8>, answers: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let first = starts[question]
    let end = starts[question + 1]
    // The stack lives on the machine stack: nothing stored is written, so a scorer's copy of
    // the conditions never triggers a copy-on-write.
    return program.withUnsafeBufferPointer { program in
      withUnsafeTemporaryAllocation(of: Bool.self, capacity: depth) { stack in
        stack.initialize(repeating: false)
        var top = 0
        for operation in program[first..<end] {
          switch operation {
          case .test(let literal):
            stack[top] = literal.holds(attributes: attributes, answers: answers)
            top += 1
          case .all(let count):
            var result = true
            for slot in (top - count)..<top where !stack[slot] { result = false }
            top -= count
            stack[top] = result
            top += 1
          case .any(let count):
            var result = false
            for slot in (top - count)..<top where stack[slot] { result = true }
            top -= count
            stack[top] = result
            top += 1
          case .not:
            stack[top - 1].toggle()
          }
        }
        return top > 0 && stack[top - 1]
      }
    }
  }
}
