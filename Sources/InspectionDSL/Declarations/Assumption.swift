import InspectionSupport

/// What the declaration assumes where the sources are silent.
///
/// ```swift
/// Assumption("The seeds do not give question texts; these are neutral restatements.")
/// ```
public struct Assumption: FrameworkComponent, Sendable {
  /// The assumption, stated plainly.
  public let text: String
  /// Where the assumption was declared.
  public let location: SourceLocation

  /// Declares an assumption.
  public init(_ text: String, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
    self.text = text
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.assumption(self)] }
}
