import InspectionSupport

/// A comparison or aggregate report (``ReportDocument``) as an Excel workbook (`inspect compare
/// … --format xlsx`, `inspect aggregate … --format xlsx`): a Summary sheet with the report's
/// headings and paragraphs, then one sheet per table, named after the heading above it, with a
/// bold, frozen header row.
///
/// In the columns a table right-aligns (counts, scores, differences), a cell that is a plain
/// number is written as a number and a percentage such as `65%` as the number 65, so it can be
/// sorted and charted; every other cell is text, neutralised as in CSV reports
/// (``CSVWriter/reportCell(_:)``). The bytes are deterministic (``XLSXWriter``).
///
/// ```swift
/// let bytes = ReportWorkbook.render(ProgrammeAggregateReport.document(aggregate))
/// ```
public enum ReportWorkbook {
  /// The workbook's bytes.
  public static func render(_ document: ReportDocument) -> [UInt8] {
    XLSXWriter.write(sheets(document))
  }

  static func sheets(_ document: ReportDocument) -> [XLSXSheetContent] {
    let safe = CSVWriter.reportCell
    var summaryRows: [[String?]] = []
    var tables: [XLSXSheetContent] = []
    var names: Set<String> = ["Summary"]
    var lastHeading = "Table"
    for block in document.blocks {
      switch block {
      case .heading(let text):
        if !summaryRows.isEmpty { summaryRows.append([]) }
        summaryRows.append([safe(text)])
        lastHeading = text
      case .paragraph(let text):
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          summaryRows.append([safe(String(line))])
        }
      case .table(let columns, let rows):
        let numeric = Set(
          columns.indices.filter { if case .right = columns[$0] { true } else { false } })
        let header = columns.map { column -> String? in
          switch column {
          case .left(let title), .right(let title): safe(title)
          }
        }
        let body = rows.map { row in
          row.enumerated().map { index, cell -> String? in
            guard numeric.contains(index) else { return safe(cell) }
            let trimmed =
              cell.hasSuffix("%")
              ? String(cell.dropLast())
              : cell.replacingOccurrences(
                of: "−", with: "-")
            let number = trimmed.replacingOccurrences(of: "−", with: "-")
            return XLSXWriter.isPlainNumber(number) ? number : safe(cell)
          }
        }
        var sheet = XLSXSheetContent(
          name: ScoreWorkbook.sheetName(lastHeading, taken: &names), rows: [header] + body)
        sheet.boldRows = 1
        sheet.frozenRows = 1
        sheet.numberColumns = numeric
        tables.append(sheet)
        summaryRows.append(["(table: sheet '\(sheet.name)')"])
      }
    }
    var summary = XLSXSheetContent(name: "Summary", rows: summaryRows)
    summary.boldRows = 1
    summary.columnWidths = [100]
    return [summary] + tables
  }
}
