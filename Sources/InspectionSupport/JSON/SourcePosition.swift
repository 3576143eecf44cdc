/// A position in a JSON source text: a 1-based line and column.
///
/// Lines are separated by `\n`, `\r\n` or a lone `\r`. Columns count **Unicode scalars**
/// (not bytes and not grapheme clusters) from the start of the line, so `é` encoded as
/// two UTF-8 bytes advances the column by one. A UTF-8 byte order mark at the start of
/// the input is not counted. The description is `line:column`, e.g. `12:5`.
///
/// ```swift
/// let position = SourcePosition(line: 12, column: 5)
/// print(position)  // 12:5
/// ```
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars from the start of the line.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders positions by line, then column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The position as `line:column`.
  public var description: String { "\(line):\(column)" }
}
