import InspectionSchema

/// A question ready for scoring: its scale's effects by code and its compiled condition.
public struct PlannedQuestion: Sendable {
  /// The question as declared.
  public let question: FrameworkDocument.Question
  /// Its position among all questions.
  public let position: Int
  /// The index of its section.
  public let section: Int
  /// The index of its criterion within the section.
  public let criterion: Int
  /// Its answer scale.
  public let scale: FrameworkDocument.AnswerScale
  /// When it is relevant, its section's and criterion's conditions included; `nil` means always.
  public let condition: CompiledCondition?
  /// ``condition`` as declared, for words (`applicabilityInEffect?.explanation`): the question's
  /// own condition with those it inherits, the one rule every path and every form uses
  /// (``FrameworkDocument/applicabilityInEffect(section:criterion:question:)``).
  public let applicabilityInEffect: Applicability?
  /// The effect of each answer code.
  public let effects: [String: AnswerEffect]

  init(
    question: FrameworkDocument.Question, position: Int, section: Int, criterion: Int,
    scale: FrameworkDocument.AnswerScale, condition: CompiledCondition?,
    applicabilityInEffect: Applicability?
  ) {
    self.question = question
    self.position = position
    self.section = section
    self.criterion = criterion
    self.scale = scale
    self.condition = condition
    self.applicabilityInEffect = applicabilityInEffect
    self.effects = Dictionary(
      scale.options.map { ($0.code, $0.effect) }, uniquingKeysWith: { first, _ in first })
  }
}
