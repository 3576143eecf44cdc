import InspectionSupport

/// How scores are displayed, and the fewest relevant cases a score may rest on unflagged.
///
/// ```swift
/// Presentation(displayDecimals: 0, minimumRelevantCases: 10)
/// ```
public struct Presentation: FrameworkComponent, Sendable {
  /// Decimals kept in displayed percentages.
  public let displayDecimals: Int
  /// Scores on fewer relevant cases carry a small-sample warning.
  public let minimumRelevantCases: Int
  /// Where the settings were declared.
  public let location: SourceLocation

  /// Declares presentation settings.
  public init(
    displayDecimals: Int = 0, minimumRelevantCases: Int = 10,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.displayDecimals = displayDecimals
    self.minimumRelevantCases = minimumRelevantCases
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.presentation(self)] }
}
