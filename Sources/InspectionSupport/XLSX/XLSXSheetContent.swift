/// One sheet for ``XLSXWriter``: its cells as text, and how it is shown and checked.
///
/// ```swift
/// var sheet = XLSXSheetContent(name: "Cases", rows: [["case", "roh"]])
/// sheet.frozenRows = 1
/// sheet.validations = [XLSXDataValidation(column: 1, values: ["low", "high"])]
/// ```
public struct XLSXSheetContent: Sendable, Hashable {
  /// The name on the sheet's tab (at most 31 characters, none of `: \ / ? * [ ]`).
  public var name: String
  /// The cells, row by row; `nil` or an empty string is an empty cell.
  public var rows: [[String?]]
  /// Rows shown in bold from the top (a header).
  public var boldRows = 0
  /// Rows kept in view when scrolling down.
  public var frozenRows = 0
  /// Columns kept in view when scrolling right.
  public var frozenColumns = 0
  /// Column widths in characters, by column; `nil` leaves a column at the default width.
  public var columnWidths: [Double?] = []
  /// Whether cells wrap their text and align to the top (for long text).
  public var wrapText = false
  /// Whether cells are formatted as text (`@`), so that what is typed stays as typed: an id
  /// `0012` is not turned into the number 12, nor `1-2` into a date.
  public var textFormat = false
  /// The checks and input messages of ranges of cells.
  public var validations: [XLSXDataValidation] = []
  /// Whether the sheet's tab is hidden.
  public var hidden = false
  /// Columns (0-based) whose cells holding a plain decimal number (``XLSXWriter/isPlainNumber(_:)``,
  /// e.g. `74.71`, `-3`, `1e-5`) are written as numbers, so a spreadsheet can sum and chart
  /// them; every other cell is text. Below the ``boldRows`` only.
  public var numberColumns: Set<Int> = []

  /// A sheet named `name` with `rows`.
  public init(name: String, rows: [[String?]]) {
    self.name = name
    self.rows = rows
  }
}
