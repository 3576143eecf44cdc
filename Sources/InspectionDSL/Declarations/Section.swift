import InspectionSupport

/// A section of a framework: criteria scored together.
///
/// ```swift
/// Section("1", "Assessment and sentence planning", grade: "conclusion") {
///   Criterion("1.1", "Preparing for sentence") { … }
/// }
/// ```
public struct Section: FrameworkComponent, Sendable {
  /// The section id, e.g. `1` or `B`.
  public let id: String
  /// The section title as published.
  public let title: String
  /// The section's standard in the report's words.
  public let standard: String?
  /// How criterion scores combine; the mean of criteria unless stated.
  public let rule: AggregationRule
  /// The section's weight where an enclosing rule weights sections.
  public let weight: Double?
  /// The grade scale id that bands the section score.
  public let grade: String?
  /// The judgement scale id inspectors grade the section on.
  public let judgement: String?
  /// The criteria, in published order.
  public let criteria: [Criterion]
  /// Where the section was declared.
  public let location: SourceLocation

  /// Declares a section.
  public init(
    _ id: String, _ title: String, standard: String? = nil,
    rule: AggregationRule = .meanOfCriteria, weight: Double? = nil,
    grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @SectionBuilder criteria: () -> [Criterion]
  ) {
    self.id = id
    self.title = title
    self.standard = standard
    self.rule = rule
    self.weight = weight
    self.grade = grade
    self.judgement = judgement
    self.criteria = criteria()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.section(self)] }
}
