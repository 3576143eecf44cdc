import InspectionSchema

/// An applicability expression with its references resolved to positions.
///
/// Evaluating it for a case reads attribute values and earlier answers by index, with no
/// dictionary look-ups on the hot path.
public indirect enum CompiledCondition: Sendable {
  case attribute(Int, [String])
  case answer(Int, [String])
  case all([CompiledCondition])
  case any([CompiledCondition])
  case not(CompiledCondition)

  init(
    _ condition: Applicability, attributes: [String: Int], questions: [String: Int],
    owner: String
  ) throws(EvaluationError) {
    switch condition {
    case .attribute(let id, let values):
      guard let index = attributes[id] else {
        throw EvaluationError("question '\(owner)' is relevant on undeclared attribute '\(id)'")
      }
      self = .attribute(index, values)
    case .answer(let id, let codes):
      guard let index = questions[id] else {
        throw EvaluationError(
          "question '\(owner)' depends on '\(id)', which is not an earlier question")
      }
      self = .answer(index, codes)
    case .all(let terms):
      var compiled: [CompiledCondition] = []
      for term in terms {
        compiled.append(
          try CompiledCondition(term, attributes: attributes, questions: questions, owner: owner))
      }
      self = .all(compiled)
    case .any(let terms):
      var compiled: [CompiledCondition] = []
      for term in terms {
        compiled.append(
          try CompiledCondition(term, attributes: attributes, questions: questions, owner: owner))
      }
      self = .any(compiled)
    case .not(let term):
      self = .not(
        try CompiledCondition(term, attributes: attributes, questions: questions, owner: owner))
    }
  }

  /// Whether the condition holds for a case with these attribute values and answers, given
  /// the decisions already made for the earlier questions (``ScoringPlan/decide(_:)``): an
  /// answer test holds only when the earlier question's answer counts (it applied and the
  /// code is on its scale) and is one of the test's codes. An attribute test holds only for
  /// one of its values; an empty value satisfies none.
  func holds(attributes: [String?], answers: [String?], effects: [CaseEffect]) -> Bool {
    switch self {
    case .attribute(let index, let values):
      guard index < attributes.count, let value = attributes[index] else { return false }
      return values.contains(value)
    case .answer(let index, let codes):
      guard index < answers.count, index < effects.count, effects[index].answerCounts,
        let answer = answers[index]
      else { return false }
      return codes.contains(answer)
    case .all(let terms):
      return terms.allSatisfy {
        $0.holds(attributes: attributes, answers: answers, effects: effects)
      }
    case .any(let terms):
      return terms.contains { $0.holds(attributes: attributes, answers: answers, effects: effects) }
    case .not(let term):
      return !term.holds(attributes: attributes, answers: answers, effects: effects)
    }
  }
}
