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
