import InspectionSupport

/// A published source the declaration follows.
///
/// ```swift
/// Source("Hertfordshire OMI2 inspection report (2010)", reference: "seeds/001", note: "Appendix 6")
/// ```
public struct Source: FrameworkComponent, Sendable {
  /// The source's title.
  public let title: String
  /// Where to find it.
  public let reference: String?
  /// What the declaration takes from it.
  public let note: String?
  /// Where the source was declared.
  public let location: SourceLocation

  /// Declares a source.
  public init(
    _ title: String, reference: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.title = title
    self.reference = reference
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.source(self)] }
}
