/// A place in a CSV file: a 1-based physical line and a 1-based column.
///
/// The column counts Unicode scalars (not bytes) from the start of the physical line, so it
/// matches the column most editors show for UTF-8 text. A byte order mark at the start of the
/// file is not counted. Lines are counted after every line break, including line breaks inside
/// quoted fields and blank lines; CRLF, LF and a lone CR each count as one line break.
///
/// ```swift
/// let position = CSVPosition(line: 7, column: 12)
/// print(position)  // "line 7, column 12"
/// ```
public struct CSVPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based physical line.
  public var line: Int
  /// The 1-based column, in Unicode scalars from the start of the line.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders positions by line, then by column.
  public static func < (lhs: CSVPosition, rhs: CSVPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The position as `line L, column C`.
  public var description: String { "line \(line), column \(column)" }
}
