import InspectionSupport

/// What the framework is for and how it worked, in plain words.
public struct Summary: FrameworkComponent, Sendable {
  /// The text.
  public let text: String
  /// Where the summary was declared.
  public let location: SourceLocation

  /// Declares the framework's summary.
  public init(_ text: String, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
    self.text = text
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.summary(self)] }
}
