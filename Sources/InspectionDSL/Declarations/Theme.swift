import InspectionSupport

/// A theme (thread) that tags questions across criteria.
///
/// ```swift
/// Theme("RoH", "Risk of Harm to others")
/// ```
public struct Theme: FrameworkComponent, Sendable {
  /// The theme id.
  public let id: String
  /// The theme as published.
  public let title: String
  /// Where the theme was declared.
  public let location: SourceLocation

  /// Declares a theme.
  public init(
    _ id: String, _ title: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.theme(self)] }
}
