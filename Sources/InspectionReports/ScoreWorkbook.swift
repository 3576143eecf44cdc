import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// A score result as an Excel workbook (`inspect score … --format xlsx`): a Summary sheet
/// (every criterion, section, headline and overall rating with its score, interval, band and
/// judgement), a Questions sheet (every question's counts, score and 95% interval), a Sample
/// sheet (framework, fingerprints, cases) and a sheet per breakdown (`--by`), each row of a
/// group as in the CSV report, a suppressed group one row without numbers.
///
/// Scores, counts and bounds are numbers (unrounded), ids and labels text, so the workbook can
/// be sorted, summed and charted; headers are bold and frozen. Text from inputs is neutralised
/// as in the CSV report (``CSVWriter/reportCell(_:)``). The bytes are deterministic
/// (``XLSXWriter``).
///
/// ```swift
/// let bytes = ScoreWorkbook.render(result)
/// ```
public enum ScoreWorkbook {
  /// The workbook's bytes.
  public static func render(_ result: ScoreResult) -> [UInt8] {
    XLSXWriter.write(sheets(result))
  }

  static func sheets(_ result: ScoreResult) -> [XLSXSheetContent] {
    let safe = CSVWriter.reportCell
    func number(_ value: Double?) -> String? { value.map(CanonicalJSON.format) }
    let framework = result.framework
    var summaryRows: [[String?]] = [
      [
        "level", "id", "parent", "title", "score", "lower", "upper", "band", "band not secure",
        "judgement",
      ]
    ]
    for item in result.items {
      summaryRows.append([
        item.kind.rawValue, safe(item.id), item.parent.map(safe), safe(item.title),
        number(item.value), number(item.interval?.lower), number(item.interval?.upper),
        item.band.map { safe($0.label) },
        item.interval?.bandSecure.map { $0 ? "no" : "yes" },
        item.judgement?.labelText.map(safe),
      ])
    }
    var summary = XLSXSheetContent(name: "Summary", rows: summaryRows)
    summary.boldRows = 1
    summary.frozenRows = 1
    summary.numberColumns = [4, 5, 6]
    summary.columnWidths = [10, 10, 8, 48, 10, 10, 10, 24, 10, 18]

    var about = XLSXSheetContent(
      name: "Sample",
      rows: [
        ["Framework", safe("\(framework.id)@\(framework.version)")],
        ["Title", safe(framework.title)],
        ["Framework fingerprint", framework.fingerprint],
        ["Sample fingerprint", result.sample.fingerprint],
        ["Cases", String(result.sample.cases)],
        ["Scored", String(result.sample.scored)],
        ["Excluded", String(result.sample.excluded.count)],
      ])
    about.numberColumns = [1]
    about.columnWidths = [24, 60]

    let questionHeader = [
      "id", "criterion", "question", "relevant", "sufficient", "insufficient", "not relevant",
      "unanswered", "score", "lower", "upper",
    ]
    var questions = XLSXSheetContent(
      name: "Questions",
      rows: [questionHeader]
        + result.questions.map { question in
          let tally = question.tally
          return [
            safe(question.id), safe(question.criterion), safe(question.text),
            String(tally.relevant), String(tally.sufficient), String(tally.insufficient),
            String(tally.notRelevant), String(tally.unanswered), number(question.percent),
            number(question.interval?.lower), number(question.interval?.upper),
          ]
        })
    questions.boldRows = 1
    questions.frozenRows = 1
    questions.frozenColumns = 1
    questions.numberColumns = Set(3...10)
    questions.columnWidths = [10, 10, 60, 9, 9, 9, 9, 9, 10, 10, 10]
    questions.wrapText = true

    var sheets = [summary, questions, about]
    var names: Set<String> = ["Summary", "Questions", "Sample"]
    for breakdown in result.breakdowns {
      var rows: [[String?]] = [["group", "scored"] + ScoreCSVReport.header]
      for group in breakdown.groups {
        guard let scores = group.scores, let scored = group.scored else {
          rows.append([safe(group.label), "suppressed"])
          continue
        }
        for row in ScoreCSVReport.rows(scores) {
          rows.append([safe(group.label), String(scored)] + row.map { Optional($0) })
        }
      }
      var sheet = XLSXSheetContent(
        name: sheetName("By " + breakdown.column, taken: &names), rows: rows)
      sheet.boldRows = 1
      sheet.frozenRows = 1
      sheet.numberColumns = [1, 6, 7, 8, 9, 10, 11, 12, 13]
      sheets.append(sheet)
    }
    return sheets
  }

  /// A sheet name Excel accepts (at most 31 characters, none of `[]:*?/\`), unique.
  static func sheetName(_ wanted: String, taken: inout Set<String>) -> String {
    let cleaned = String(
      wanted.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 }.prefix(31))
    var name = cleaned
    var number = 2
    while taken.contains(name) {
      let suffix = " \(number)"
      name = String(cleaned.prefix(31 - suffix.count)) + suffix
      number += 1
    }
    taken.insert(name)
    return name
  }
}
