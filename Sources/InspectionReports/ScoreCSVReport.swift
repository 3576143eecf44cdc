import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as CSV: one row per question and per item, for spreadsheets.
///
/// Columns: `level,id,parent,title,relevant,sufficient,insufficient,not_relevant,unanswered,
/// percent,lower,upper,band,judgement,override,override_rationale`. Percentages are unrounded;
/// undefined is empty. `band` is the computed band; `override` is the band inspectors recorded
/// in its place, if any. A grouping's row (level `grouping`) has no score or band. An item's
/// `lower` and `upper` are its bootstrap interval (`--intervals`), and its band ends in
/// `(band not secure)` when the interval crosses a band bound.
///
/// Text from the framework or the judgements (ids, titles, band and judgement labels, override
/// rationales) goes through ``CSVWriter/reportCell(_:)``: a cell a spreadsheet would take for a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`,
/// and control characters are shown as escapes (`docs/limits.md`).
///
/// With breakdowns (`--by`), two columns come first, `by` and `group`, empty on the whole
/// sample's rows; then every row again for each group that is shown, and for each group that
/// is not one row of level `group` with `suppressed` as its band and no number.
public enum ScoreCSVReport {
  static let header = [
    "level", "id", "parent", "title", "relevant", "sufficient", "insufficient", "not_relevant",
    "unanswered", "percent", "lower", "upper", "band", "judgement", "override",
    "override_rationale",
  ]

  /// The CSV text.
  public static func render(_ result: ScoreResult) -> String {
    guard !result.breakdowns.isEmpty else {
      return ([header] + rows(result)).map { CSVWriter.line($0) }.joined()
    }
    let safe = CSVWriter.reportCell
    var text = CSVWriter.line(["by", "group"] + header)
    for row in rows(result) { text += CSVWriter.line(["", ""] + row) }
    for breakdown in result.breakdowns {
      for group in breakdown.groups {
        let prefix = [safe(breakdown.column), safe(group.label)]
        guard let scores = group.scores else {
          var row = Array(repeating: "", count: header.count)
          row[0] = "group"
          row[12] = "suppressed"
          text += CSVWriter.line(prefix + row)
          continue
        }
        for row in rows(scores) { text += CSVWriter.line(prefix + row) }
      }
    }
    return text
  }

  /// The rows of `result`'s questions and items, without the header.
  static func rows(_ result: ScoreResult) -> [[String]] {
    let safe = CSVWriter.reportCell
    var rows: [[String]] = []
    func number(_ value: Double?) -> String { value.map(CanonicalJSON.format) ?? "" }
    for question in result.questions {
      let tally = question.tally
      rows.append([
        "question", safe(question.id), safe(question.criterion), safe(question.text),
        String(tally.relevant),
        String(tally.sufficient), String(tally.insufficient), String(tally.notRelevant),
        String(tally.unanswered), number(question.percent), number(question.interval?.lower),
        number(question.interval?.upper), "", "", "", "",
      ])
    }
    for item in result.criteria + result.sections + result.headlines + result.overall {
      guard !item.isGrouping else {
        rows.append(
          ["grouping", safe(item.id), "", safe(item.title)] + Array(repeating: "", count: 12))
        continue
      }
      let override = item.override?.band
      let notSecure = item.interval?.bandNotSecure == true
      rows.append([
        item.kind.rawValue, safe(item.id), safe(item.parent ?? ""), safe(item.title), "", "", "",
        "", "", number(item.value), number(item.interval?.lower), number(item.interval?.upper),
        safe((item.band?.label ?? "") + (notSecure ? " (\(ScoreWording.bandNotSecure))" : "")),
        safe(item.judgement?.labelText ?? ""), safe(override?.label ?? ""),
        override == nil ? "" : safe(item.override?.rationale ?? ""),
      ])
    }
    return rows
  }
}
