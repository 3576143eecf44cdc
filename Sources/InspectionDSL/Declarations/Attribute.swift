import InspectionSupport

/// A case attribute: a fact recorded for each case, such as case type or RoH level.
///
/// ```swift
/// Attribute("case_type", "Case type", values: "community", "licence", "custody")
/// ```
public struct Attribute: FrameworkComponent, Sendable {
  /// The attribute id; also the sample column.
  public let id: String
  /// What the attribute records.
  public let title: String
  /// The allowed value codes.
  public let values: [String]
  /// Where the attribute was declared.
  public let location: SourceLocation

  /// Declares an attribute.
  public init(
    _ id: String, _ title: String, values: String...,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.values = values
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.attribute(self)] }
}
