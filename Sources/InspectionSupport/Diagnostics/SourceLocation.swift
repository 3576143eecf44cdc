/// Where something was declared or found: a file, a line and a column, all 1-based; or, in a
/// workbook, a sheet, a row and a column.
///
/// Swift declarations record `#fileID`, `#line` and `#column`; JSON documents and samples
/// record the position of the offending value. The description is the compiler-style
/// `file:line:column`, which editors make clickable; for a cell of a workbook it is the file
/// and the cell as a spreadsheet writes it, `file:Sheet!D17`.
///
/// ```swift
/// SourceLocation(file: "FrameworkCatalog/OMI2.swift", line: 42, column: 5).description
/// // "FrameworkCatalog/OMI2.swift:42:5"
/// SourceLocation(file: "sample.xlsx", sheet: "Cases", line: 17, column: 4).description
/// // "sample.xlsx:Cases!D17"
/// ```
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The file, as `#fileID` or a path.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column.
  public var column: Int
  /// The sheet, for a cell of a workbook (``line`` is then its row).
  public var sheet: String?

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// A cell of a workbook: the sheet, the 1-based row (as `line`) and the 1-based column.
  public init(file: String, sheet: String?, line: Int, column: Int) {
    self.init(file: file, line: line, column: column)
    self.sheet = sheet
  }

  /// `file:line:column`, or `file:Sheet!D17` for a cell (the sheet in single quotes when its
  /// name is not one word).
  public var description: String {
    guard let sheet else { return "\(file):\(line):\(column)" }
    let plain = !sheet.isEmpty && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    let name = plain ? sheet : "'" + String(sheet.flatMap { $0 == "'" ? "''" : String($0) }) + "'"
    let cell = XLSXCellReference(column: max(0, column - 1), row: line)
    return "\(file):\(name)!\(cell)"
  }

  /// Orders locations by file, then sheet, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (
      rhs.file, rhs.sheet ?? "", rhs.line, rhs.column
    )
  }
}
