import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// A report as headings, paragraphs and tables, rendered as plain text or Markdown.
///
/// Comparison reports build one of these and render it in the format asked for, so text
/// and Markdown always carry the same content. JSON reports are built separately, as data.
///
/// ```swift
/// var report = ReportDocument(title: "Compare OMI2")
/// report.table([.left("ID"), .right("CHANGE")], rows: [["1.1", "+4.0"]])
/// print(report.render(.markdown))
/// ```
public struct ReportDocument: Sendable {
  /// The output formats every comparison command offers.
  public enum Format: String, Sendable, CaseIterable {
    case text, json, markdown
  }

  enum Block: Sendable {
    case heading(String)
    case paragraph(String)
    case table([TextTable.Column], [[String]])
  }

  private(set) var blocks: [Block] = []

  /// Starts a report with a title.
  public init(title: String) { blocks.append(.heading(title)) }

  /// Adds a section heading.
  public mutating func heading(_ text: String) { blocks.append(.heading(text)) }

  /// Adds a paragraph (one or more lines).
  public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

  /// Adds a table; an empty table is rendered as "(none)".
  public mutating func table(_ columns: [TextTable.Column], rows: [[String]]) {
    blocks.append(.table(columns, rows))
  }

  /// The report as text or Markdown (JSON is not rendered from here), newline-terminated.
  public func render(_ format: Format) -> String {
    var parts: [String] = []
    for (index, block) in blocks.enumerated() {
      switch (block, format) {
      case (.heading(let text), .markdown):
        parts.append((index == 0 ? "# " : "## ") + MarkdownText.escape(text))
      case (.heading(let text), _):
        let shown = VisibleText.inert(text)
        parts.append(
          index == 0 ? shown : shown + "\n" + String(repeating: "-", count: shown.count))
      case (.paragraph(let text), .markdown):
        // Each line is literal; a line starting "- " is a list item of the report's own.
        parts.append(
          text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("- ")
              ? "- " + MarkdownText.escape(String(line.dropFirst(2)))
              : MarkdownText.block(String(line))
          }.joined(separator: "\n"))
      case (.paragraph(let text), _):
        parts.append(
          text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleText.inert($0) }.joined(separator: "\n"))
      case (.table(_, let rows), _) where rows.isEmpty:
        parts.append(format == .markdown ? "_(none)_" : "  (none)")
      case (.table(let columns, let rows), .markdown):
        var lines = [
          "| " + columns.map { MarkdownText.cell(Self.heading($0)) }.joined(separator: " | ") + " |"
        ]
        lines.append(
          "|"
            + columns.map { column -> String in
              if case .right = column { return "---:" }
              return "---"
            }.joined(separator: "|") + "|")
        for row in rows {
          let cells = columns.indices.map { $0 < row.count ? MarkdownText.cell(row[$0]) : "" }
          lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        parts.append(lines.joined(separator: "\n"))
      case (.table(let columns, let rows), _):
        var table = TextTable(columns: columns)
        for row in rows { table.add(row) }
        parts.append(table.render(indent: 2))
      }
    }
    return parts.joined(separator: "\n\n") + "\n"
  }

  private static func heading(_ column: TextTable.Column) -> String {
    switch column {
    case .left(let text), .right(let text): text
    }
  }

}
