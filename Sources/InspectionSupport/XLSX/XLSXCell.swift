/// A cell with a value.
public struct XLSXCell: Sendable, Hashable {
  /// Where the cell is.
  public var reference: XLSXCellReference
  /// The value as text (see ``XLSXWorkbook``).
  public var text: String
}
