import InspectionSupport

/// A criterion (general criterion, standard): questions whose scores combine into one.
///
/// A criterion without questions is judged by inspectors and names a judgement scale.
///
/// ```swift
/// Criterion("1.2", "Assessment of Risk of Harm", standard: "RoH is assessed …",
///           rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion") {
///   Question("1.2.a", "Was a RoSH screening completed?", themes: "RoH")
///   Question("1.2.s", "Overall, was the RoH assessment sufficient?", role: .summary)
/// }
/// Criterion("4.1", "Leadership", judgement: "section4")   // judged, no questions
/// ```
public struct Criterion: Sendable {
  /// The criterion id, e.g. `1.2`.
  public let id: String
  /// The criterion title as published.
  public let title: String
  /// The one-line standard in the report's words.
  public let standard: String?
  /// How question scores combine; the mean of questions unless stated.
  public let rule: AggregationRule
  /// The criterion's weight where its section weights criteria.
  public let weight: Double?
  /// The grade scale id that bands the criterion score.
  public let grade: String?
  /// The judgement scale id inspectors grade the criterion on.
  public let judgement: String?
  /// The questions, in tool order.
  public let questions: [Question]
  /// Where the criterion was declared.
  public let location: SourceLocation

  /// Declares a criterion.
  public init(
    _ id: String, _ title: String, standard: String? = nil,
    rule: AggregationRule = .meanOfQuestions, weight: Double? = nil,
    grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CriterionBuilder questions: () -> [Question] = { [] }
  ) {
    self.id = id
    self.title = title
    self.standard = standard
    self.rule = rule
    self.weight = weight
    self.grade = grade
    self.judgement = judgement
    self.questions = questions()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
