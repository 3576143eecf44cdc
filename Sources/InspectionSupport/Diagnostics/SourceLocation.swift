/// Where something was declared or found: a file, a line and a column, all 1-based.
///
/// Swift declarations record `#fileID`, `#line` and `#column`; JSON documents and samples
/// record the position of the offending value. The description is the compiler-style
/// `file:line:column`, which editors make clickable.
///
/// ```swift
/// SourceLocation(file: "FrameworkCatalog/OMI2.swift", line: 42, column: 5).description
/// // "FrameworkCatalog/OMI2.swift:42:5"
/// ```
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The file, as `#fileID` or a path.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }

  /// Orders locations by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
