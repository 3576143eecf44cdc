/// Applicability conditions on value and code positions, for rows scored from bytes.
///
/// ``CompiledCondition`` compares strings; on the hot path a case's attribute values and
/// answers are already positions in their lists (value 2 of attribute `roh`, code 0 of a
/// question's scale), so each test is one bit of a 64-bit mask. The conditions of all questions
/// are flattened into one postfix program, evaluated with a small stack, so that evaluating
/// one touches no reference-counted storage.
///
/// Most conditions are a conjunction of tests, each perhaps negated ("case type is custody",
/// "transferred, and risk of harm high", "not custody": every OMI2 condition). Those are also
/// kept as a plain list of ``Literal``s, checked in one loop without the stack; the program
/// is run only for the rest (an `any`, a negated `all`).
///
/// ```swift
/// // "attribute 0 is its value 1 or 3, and question 4 was answered with code 0":
/// // [.attribute(0, 0b1010), .answer(4, 0b1), .all(2)]
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
  }

  /// Question `q`'s condition as the conjunction `literals[first..<first + count]`; a negative
  /// count: run the program instead.
  private struct Form: Sendable {
    var first: Int32
    var count: Int32
  }

  private enum Operation: Sendable {
    case attribute(Int, mask: UInt64)
    case answer(Int, mask: UInt64)
    case all(Int)
    case any(Int)
    case not
  }

  private var program: [Operation] = []
  /// Question `q`'s condition is `program[starts[q]..<starts[q + 1]]`, empty when it has none.
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
        depth = max(depth, append(condition, plan: plan))
        if let conjunction = Self.literals(of: condition, plan: plan) {
          literals += conjunction
          forms.append(Form(first: first, count: Int32(conjunction.count)))
        } else {
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
    case .attribute(let index, let values):
      let declared = index < plan.attributes.count ? plan.attributes[index].values : []
      return [
        Literal(mask: mask(declared, values), index: Int32(index), isAnswer: false, inverted: false)
      ]
    case .answer(let index, let codes):
      let scale = index < plan.questions.count ? plan.questions[index].scale.options : []
      return [
        Literal(
          mask: mask(scale.map(\.code), codes), index: Int32(index), isAnswer: true, inverted: false
        )
      ]
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

  /// The positions of `entries` (at most the first 64) that `accepted` holds, as bits.
  private static func mask(_ entries: [String], _ accepted: [String]) -> UInt64 {
    var mask: UInt64 = 0
    for (position, entry) in entries.prefix(64).enumerated() where accepted.contains(entry) {
      mask |= 1 << UInt64(position)
    }
    return mask
  }

  /// Appends `condition` in postfix; returns the stack depth it needs.
  private mutating func append(_ condition: CompiledCondition, plan: ScoringPlan) -> Int {
    let mask = Self.mask
    func terms(_ terms: [CompiledCondition]) -> Int {
      var depth = 0
      for (offset, term) in terms.enumerated() {
        depth = max(depth, offset + append(term, plan: plan))
      }
      return max(depth, 1)
    }
    switch condition {
    case .attribute(let index, let values):
      let declared = index < plan.attributes.count ? plan.attributes[index].values : []
      program.append(.attribute(index, mask: mask(declared, values)))
      return 1
    case .answer(let index, let codes):
      let scale = index < plan.questions.count ? plan.questions[index].scale.options : []
      program.append(.answer(index, mask: mask(scale.map(\.code), codes)))
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
        let literal = literals[index]
        let positions = literal.isAnswer ? answers : attributes
        let at = Int(literal.index)
        let position = at < positions.count ? positions[at] : 0xFF
        let found = position < 64 && literal.mask >> UInt64(position) & 1 == 1
        if found == literal.inverted { return false }
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
    if first == end { return true }
    // The stack lives on the machine stack: nothing stored is written, so a scorer's copy of
    // the conditions never triggers a copy-on-write.
    return program.withUnsafeBufferPointer { program in
      withUnsafeTemporaryAllocation(of: Bool.self, capacity: depth) { stack in
        stack.initialize(repeating: false)
        var top = 0
        for operation in program[first..<end] {
          switch operation {
          case .attribute(let index, let mask):
            let value = index < attributes.count ? attributes[index] : 0xFF
            stack[top] = value < 64 && mask >> UInt64(value) & 1 == 1
            top += 1
          case .answer(let index, let mask):
            let code = index < answers.count ? answers[index] : 0xFF
            stack[top] = code < 64 && mask >> UInt64(code) & 1 == 1
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
