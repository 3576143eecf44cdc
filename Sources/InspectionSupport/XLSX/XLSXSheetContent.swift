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

  /// A sheet named `name` with `rows`.
  public init(name: String, rows: [[String?]]) {
    self.name = name
    self.rows = rows
  }
}

/// A check on the cells of one column below a header, with the message shown when a cell is
/// selected: a drop-down list of allowed values, or no check and only the message.
public struct XLSXDataValidation: Sendable, Hashable {
  /// Where the allowed values come from.
  public enum Source: Sendable, Hashable {
    /// Any value (only the input message is shown).
    case any
    /// A list written into the check itself (at most 255 characters joined by commas, none
    /// holding a comma or a double quote).
    case values([String])
    /// A list in a range of cells, e.g. `Lists!$A$1:$A$3`.
    case range(String)
  }

  /// The 0-based column checked.
  public var column: Int
  /// The first row checked (1-based); the check runs to the sheet's last row.
  public var firstRow: Int
  /// The allowed values.
  public var source: Source
  /// The input message's title (at most 32 characters are shown).
  public var promptTitle: String?
  /// The input message (at most 255 characters are shown).
  public var prompt: String?
  /// The title of the message shown when a value is refused.
  public var errorTitle: String?
  /// The message shown when a value is refused.
  public var error: String?

  /// A check of `column` from `firstRow` down.
  public init(
    column: Int, firstRow: Int = 2, source: Source, promptTitle: String? = nil,
    prompt: String? = nil, errorTitle: String? = nil, error: String? = nil
  ) {
    self.column = column
    self.firstRow = firstRow
    self.source = source
    self.promptTitle = promptTitle
    self.prompt = prompt
    self.errorTitle = errorTitle
    self.error = error
  }

  /// Whether `values` fit a list written into the check itself.
  public static func fitsInline(_ values: [String]) -> Bool {
    !values.isEmpty && values.joined(separator: ",").utf16.count <= 255
      && !values.contains { $0.contains(",") || $0.contains("\"") || $0.isEmpty }
  }
}
