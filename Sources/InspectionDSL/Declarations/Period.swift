import InspectionSupport

/// When the framework was in use.
///
/// ```swift
/// Period("2009", to: "2012")
/// ```
public struct Period: FrameworkComponent, Sendable {
  /// The first year or date.
  public let from: String
  /// The last year or date, if the framework is no longer used.
  public let to: String?
  /// Where the period was declared.
  public let location: SourceLocation

  /// Declares the period of use.
  public init(
    _ from: String, to: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = to
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.period(self)] }
}
