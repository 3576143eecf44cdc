/// A workbook that cannot be read, with the part (and cell) where the problem is.
///
/// ``description`` reads like
/// `xl/worksheets/sheet1.xml: cell D17: a formula with no saved value; …`.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The part of the package concerned (`xl/workbook.xml`), if any.
  public var part: String?
  /// The cell concerned (`D17`), if any.
  public var cell: String?
  /// What is wrong and what to do.
  public var message: String

  /// Creates an error.
  public init(part: String? = nil, cell: String? = nil, _ message: String) {
    self.part = part
    self.cell = cell
    self.message = message
  }

  /// `part: cell C: message`, with whichever of the part and cell are known.
  public var description: String {
    (part.map { "\($0): " } ?? "") + (cell.map { "cell \($0): " } ?? "") + message
  }
}
