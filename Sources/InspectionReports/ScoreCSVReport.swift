import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as CSV: one row per question and per item, for spreadsheets.
///
/// Columns: `level,id,parent,title,relevant,sufficient,insufficient,not_relevant,unanswered,
/// percent,lower,upper,band,judgement,override,override_rationale`. Percentages are unrounded;
/// undefined is empty. `band` is the computed band; `override` is the band inspectors recorded
/// in its place, if any. A grouping's row (level `grouping`) has no score or band.
///
/// Text from the framework or the judgements (ids, titles, band and judgement labels, override
/// rationales) goes through ``CSVWriter/reportCell(_:)``: a cell a spreadsheet would take for a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`,
/// and control characters are shown as escapes (`docs/limits.md`).
public enum ScoreCSVReport {
  /// The CSV text.
  public static func render(_ result: ScoreResult) -> String {
    let safe = CSVWriter.reportCell
    var text = CSVWriter.line([
      "level", "id", "parent", "title", "relevant", "sufficient", "insufficient", "not_relevant",
      "unanswered", "percent", "lower", "upper", "band", "judgement", "override",
      "override_rationale",
    ])
    func number(_ value: Double?) -> String { value.map(CanonicalJSON.format) ?? "" }
    for question in result.questions {
      let tally = question.tally
      text += CSVWriter.line([
        "question", safe(question.id), safe(question.criterion), safe(question.text),
        String(tally.relevant),
        String(tally.sufficient), String(tally.insufficient), String(tally.notRelevant),
        String(tally.unanswered), number(question.percent), number(question.interval?.lower),
        number(question.interval?.upper), "", "", "", "",
      ])
    }
    for item in result.criteria + result.sections + result.headlines + result.overall {
      guard !item.isGrouping else {
        text += CSVWriter.line(
          ["grouping", safe(item.id), "", safe(item.title)] + Array(repeating: "", count: 12))
        continue
      }
      let override = item.override?.band
      text += CSVWriter.line([
        item.kind.rawValue, safe(item.id), safe(item.parent ?? ""), safe(item.title), "", "", "",
        "", "", number(item.value), "", "", safe(item.band?.label ?? ""),
        safe(item.judgement?.labelText ?? ""), safe(override?.label ?? ""),
        override == nil ? "" : safe(item.override?.rationale ?? ""),
      ])
    }
    return text
  }
}
