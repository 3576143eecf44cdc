import InspectionSupport

/// A plain-text table with aligned columns, for terminal reports.
///
/// ```swift
/// var table = TextTable(columns: [.left("ID"), .right("%")])
/// table.add(["1.1", "65%"])
/// print(table.render(indent: 2))
/// ```
public struct TextTable: Sendable {
  /// A column: its heading and alignment.
  public enum Column: Sendable {
    case left(String)
    case right(String)

    var heading: String {
      switch self {
      case .left(let heading), .right(let heading): heading
      }
    }
  }

  private let columns: [Column]
  private var rows: [[String]] = []

  /// Creates a table with these columns.
  public init(columns: [Column]) { self.columns = columns }

  /// Adds a row; missing cells are blank. Control, bidirectional and invisible characters in
  /// a cell, and a `<` opening an HTML tag, are shown as escapes (``VisibleText/inert(_:)``),
  /// so a cell is one line of the table and holds no markup.
  public mutating func add(_ cells: [String]) { rows.append(cells.map { VisibleText.inert($0) }) }

  /// Whether the table has no rows.
  public var isEmpty: Bool { rows.isEmpty }

  /// The table with a heading row, columns two spaces apart, no trailing spaces.
  public func render(indent: Int = 0) -> String {
    let all = [columns.map(\.heading)] + rows
    let widths = columns.indices.map { index in
      all.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
    }
    let margin = String(repeating: " ", count: indent)
    return all.map { row in
      let cells = columns.indices.map { index -> String in
        let cell = index < row.count ? row[index] : ""
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        switch columns[index] {
        case .left: return cell + pad
        case .right: return pad + cell
        }
      }
      let line = margin + cells.joined(separator: "  ")
      return String(line.reversed().drop { $0 == " " }.reversed())
    }.joined(separator: "\n")
  }
}
