import InspectionDSL

/// A criterion without its questions: id, title, standard and how it is scored.
///
/// Where two reports print the same criteria and each records its own findings, the heading is
/// declared once and each framework's ``InspectionDSL/Criterion`` takes it with that report's
/// questions.
///
/// ```swift
/// let planning = CriterionHeading("1.5", "Sentence planning", standard: "The offender manager …")
/// Criterion(planning, in: .cheshire) { Question("1.5.a", "Was there a sentence plan?") }
/// ```
struct CriterionHeading: Sendable {
  /// The criterion id, e.g. `1.5`.
  let id: String
  /// The criterion's title as printed.
  let title: String
  /// The one-line standard, if one is printed.
  let standard: String?
  /// How the criterion aggregates its questions.
  let rule: AggregationRule
  /// The grade scale its score is banded on, if any.
  let grade: String?

  /// Declares a heading; the parameters are those of ``InspectionDSL/Criterion``.
  init(
    _ id: String, _ title: String, standard: String? = nil,
    rule: AggregationRule = .meanOfQuestions, grade: String? = nil
  ) {
    self.id = id
    self.title = title
    self.standard = standard
    self.rule = rule
    self.grade = grade
  }
}

extension Criterion {
  /// Declares a criterion with a shared heading and this framework's questions; its rule cites
  /// the scoring appendix of `report`, which states it.
  ///
  /// The criterion itself (its heading in the report, and what the report prints for it) is
  /// cited by the framework with `.from(…)`, since each report prints its own score.
  init(
    _ heading: CriterionHeading, in report: OffenderManagementInspection.Report,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CriterionBuilder questions: () -> [Question]
  ) {
    self.init(
      heading.id, heading.title, standard: heading.standard, rule: heading.rule,
      grade: heading.grade, fileID: fileID, line: line, column: column, questions: questions)
    self = self.rule(
      from: report.source, at: report.scoringAppendix, basis: .statedRule,
      quote: "the results for the individual questions and for the summary question are weighted "
        + "80/20", fileID: fileID, line: line, column: column)
    if let concept = OffenderManagementInspection.criterionConcepts[heading.id] {
      self = self.measures(concept, .exact, fileID: fileID, line: line, column: column)
    }
  }
}
