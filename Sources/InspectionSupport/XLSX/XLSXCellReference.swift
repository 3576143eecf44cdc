/// A cell's A1-style reference (`D17`): a 0-based column and a 1-based row.
///
/// Columns run from `A` (0) to `XFD` (16,383) and rows from 1 to 1,048,576, as in Excel.
///
/// ```swift
/// XLSXCellReference("AB12")?.column   // 27
/// XLSXCellReference(column: 3, row: 17).description   // "D17"
/// XLSXCellReference.columnName(26)     // "AA"
/// ```
public struct XLSXCellReference: Sendable, Hashable, CustomStringConvertible {
  /// The most columns a sheet has.
  public static let maxColumns = 16_384
  /// The most rows a sheet has.
  public static let maxRows = 1_048_576

  /// The 0-based column.
  public var column: Int
  /// The 1-based row.
  public var row: Int

  /// The reference to `column` (0-based) and `row` (1-based).
  public init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  /// Parses `D17`-style text (absolute markers `$D$17` allowed); `nil` if it is not a cell
  /// reference inside a sheet's bounds.
  public init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 where byte != UInt8(ascii: "$") {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default:
        return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, (1...Self.maxColumns).contains(column),
      (1...Self.maxRows).contains(row)
    else { return nil }
    self.column = column - 1
    self.row = row
  }

  /// The column's letters (`A`, `Z`, `AA`, `XFD`) for a 0-based column.
  public static func columnName(_ column: Int) -> String {
    var number = column + 1
    var letters: [UInt8] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(UInt8(ascii: "A") + UInt8(remainder))
      number = (number - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  /// `D17`.
  public var description: String { Self.columnName(column) + String(row) }
}
