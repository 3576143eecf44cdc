import InspectionSupport

/// A headline (thread) score: the mean of the questions that carry a theme.
///
/// ```swift
/// Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", "2",
///          judgement: "improvement")
/// ```
public struct Headline: FrameworkComponent, Sendable {
  /// The headline id.
  public let id: String
  /// The headline as published.
  public let title: String
  /// The theme whose questions count.
  public let theme: String
  /// The sections whose questions count; none means all.
  public let sections: [String]
  /// How the questions combine.
  public let rule: AggregationRule
  /// The grade scale id that bands the headline.
  public let grade: String?
  /// The judgement scale id inspectors comment with.
  public let judgement: String?
  /// Where the headline was declared.
  public let location: SourceLocation

  /// Declares a headline.
  public init(
    _ id: String, _ title: String, theme: String, sections: String...,
    rule: AggregationRule = .meanOfQuestions, grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.theme = theme
    self.sections = sections
    self.rule = rule
    self.grade = grade
    self.judgement = judgement
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.headline(self)] }
}
