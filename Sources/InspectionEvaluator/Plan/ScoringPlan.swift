import InspectionSchema

/// A framework document indexed for scoring: questions, attributes and answer codes by
/// position, applicability compiled, built once and shared by every case.
///
/// The plan never trusts the document: a reference that does not resolve is an
/// ``EvaluationError`` rather than a crash, so an unvalidated document cannot bring the
/// evaluator down.
///
/// ```swift
/// let plan = try ScoringPlan(document)
/// var tally = SampleTally(plan: plan)
/// ```
public struct ScoringPlan: Sendable {
  /// The framework being scored.
  public let document: FrameworkDocument
  /// The framework's fingerprint, `sha256:…`, carried into every result.
  public let fingerprint: String
  /// The questions in document order.
  public let questions: [PlannedQuestion]
  /// The case attributes in document order.
  public let attributes: [FrameworkDocument.CaseAttribute]
  /// Question index by id.
  public let questionIndex: [String: Int]
  /// Attribute index by id.
  public let attributeIndex: [String: Int]
  /// Each question's applicability in effect (its own condition with its section's and
  /// criterion's, ``FrameworkDocument/applicabilityInEffect(section:criterion:question:)``),
  /// by position: the hot path reads these, not the structs.
  let conditions: [CompiledCondition?]
  /// Each question's answer codes and their effects, by position, in scale order.
  let answerTable: [[(code: String, effect: AnswerEffect)]]

  /// Indexes `document`, whose canonical fingerprint is `fingerprint`.
  public init(_ document: FrameworkDocument, fingerprint: String) throws(EvaluationError) {
    self.document = document
    self.fingerprint = fingerprint
    self.attributes = document.attributes
    var attributeIndex: [String: Int] = [:]
    for (index, attribute) in document.attributes.enumerated() {
      guard attributeIndex[attribute.id] == nil else {
        throw EvaluationError("the framework declares attribute '\(attribute.id)' twice")
      }
      attributeIndex[attribute.id] = index
    }
    let scales = Dictionary(
      document.scales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var questionIndex: [String: Int] = [:]
    var planned: [PlannedQuestion] = []
    for (sectionIndex, section) in document.sections.enumerated() {
      for (criterionIndex, criterion) in section.criteria.enumerated() {
        for (questionOffset, question) in criterion.questions.enumerated() {
          guard questionIndex[question.id] == nil else {
            throw EvaluationError("the framework declares question '\(question.id)' twice")
          }
          guard let scale = scales[question.scale] else {
            throw EvaluationError(
              "question '\(question.id)' uses answer scale '\(question.scale)', which the "
                + "framework does not declare")
          }
          // The question's own condition with those it inherits from its section and
          // criterion: every path that counts cases reads this one compiled condition.
          let inEffect = document.applicabilityInEffect(
            section: sectionIndex, criterion: criterionIndex, question: questionOffset)
          let condition = try inEffect.map { (condition) throws(EvaluationError) in
            try CompiledCondition(
              condition, attributes: attributeIndex, questions: questionIndex,
              owner: question.id)
          }
          questionIndex[question.id] = planned.count
          planned.append(
            PlannedQuestion(
              question: question, position: planned.count, section: sectionIndex,
              criterion: criterionIndex, scale: scale, condition: condition,
              applicabilityInEffect: inEffect))
        }
      }
    }
    self.questions = planned
    self.questionIndex = questionIndex
    self.attributeIndex = attributeIndex
    self.conditions = planned.map(\.condition)
    self.answerTable = planned.map { $0.scale.options.map { ($0.code, $0.effect) } }
  }

  /// The effect of answering question `position` with `code`, or `nil` if it is not on the
  /// question's scale. A linear scan: scales have a handful of options, and comparing short
  /// strings beats hashing them.
  @inline(__always)
  func effect(of code: String, question position: Int) -> AnswerEffect? {
    for entry in answerTable[position] where entry.code == code { return entry.effect }
    return nil
  }
}
