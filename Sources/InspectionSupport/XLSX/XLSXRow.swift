/// A row of a sheet: its 1-based number and its non-empty cells, left to right.
public struct XLSXRow: Sendable, Hashable {
  /// The row's number, as the spreadsheet shows it.
  public var number: Int
  /// The cells with a value.
  public var cells: [XLSXCell]
}
