import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as a readable plain-text report, like the published
/// "Summary of scores".
///
/// Percentages use the framework's display rounding; undefined scores show as `—`; scores on
/// fewer relevant cases than the framework's minimum are marked `†`.
///
/// ```swift
/// print(ScoreTextReport.render(result))
/// ```
public enum ScoreTextReport {
  /// The report text, ending in a newline.
  public static func render(_ result: ScoreResult) -> String {
    let wording = ScoreWording(result)
    // `—†` for an undefined score on a small sample, as before (`ScoreWording.percent` drops the †).
    func percent(_ value: Rational?, _ small: Bool) -> String {
      wording.percent(value) + (small ? "†" : "")
    }

    // Text from the inputs, shown with control and invisible characters escaped.
    func v(_ text: String) -> String { VisibleText.inert(text) }
    var lines: [String] = []
    let framework = result.framework
    lines.append("\(v(framework.id)) \(v(framework.version)): \(v(framework.title))")
    lines.append("Framework  \(framework.id)@\(framework.version)  \(framework.fingerprint)")
    let sample = result.sample
    lines.append(
      "Sample     \(sample.cases) cases: \(sample.scored) scored, \(sample.excluded.count) "
        + "excluded  \(sample.fingerprint)")

    lines.append("")
    lines.append("Summary of scores")
    var summary = TextTable(columns: [.left("ID"), .left("TITLE"), .right("SCORE"), .left("BAND")])
    for section in result.sections {
      summary.add([
        wording.id(section.id), section.title,
        section.isGrouping ? "" : percent(section.exact, section.smallSample),
        wording.note(section),
      ])
      for criterion in result.criteria where criterion.parent == section.id {
        summary.add([
          "  " + wording.id(criterion.id), "  " + criterion.title,
          percent(criterion.exact, criterion.smallSample), wording.note(criterion),
        ])
      }
    }
    lines.append(summary.render(indent: 2))

    if !result.headlines.isEmpty {
      lines.append("")
      lines.append("Headlines")
      var table = TextTable(columns: [.left("ID"), .left("TITLE"), .right("SCORE"), .left("BAND")])
      for headline in result.headlines {
        table.add([
          wording.id(headline.id), headline.title, percent(headline.exact, headline.smallSample),
          wording.note(headline),
        ])
      }
      lines.append(table.render(indent: 2))
    }
    if !result.overall.isEmpty {
      lines.append("")
      lines.append("Overall")
      var table = TextTable(columns: [.left("ID"), .left("TITLE"), .right("POINTS"), .left("BAND")])
      for rating in result.overall {
        table.add([
          wording.id(rating.id), rating.title, rating.exact.map(DisplayRounding.plain) ?? "—",
          wording.note(rating),
        ])
      }
      lines.append(table.render(indent: 2))
    }
    let judgements = result.judgements
    if !judgements.isEmpty {
      lines.append("")
      lines.append("Judgements")
      for judgement in judgements {
        let advisory = judgement.advisory.map { " (advisory band: \(v(wording.band($0))))" } ?? ""
        let label = judgement.labelText ?? "not recorded"
        lines.append("  \(v(judgement.item)): \(v(label))\(advisory)")
        if let rationale = judgement.rationale, !rationale.isEmpty {
          lines.append("    \(v(rationale))")
        }
      }
    }

    let overrides = result.overrides.filter(\.isOverridden)
    if !overrides.isEmpty {
      lines.append("")
      lines.append("Overrides (professional discretion)")
      for override in overrides {
        let item = result.items.first { $0.id == override.item }
        lines.append("  \(override.item): " + wording.override(override, of: item))
        if let rationale = override.rationale, !rationale.isEmpty {
          lines.append("    \(rationale)")
        }
      }
    }

    lines.append("")
    lines.append("Questions")
    var questions = TextTable(columns: [
      .left("ID"), .right("RELEVANT"), .right("SUFFICIENT"), .right("SCORE"), .right("95% CI"),
      .right("N/A"), .right("UNANSWERED"),
    ])
    for question in result.questions {
      questions.add([
        wording.id(question.id), String(question.tally.relevant),
        String(question.tally.sufficient),
        percent(question.exactPercent, question.smallSample), wording.interval(question.interval),
        String(question.tally.notRelevant), String(question.tally.unanswered),
      ])
    }
    lines.append(questions.render(indent: 2))

    for breakdown in result.breakdowns {
      let table = BreakdownTable(breakdown, in: result)
      lines.append("")
      lines.append(
        "Breakdown by \(v(breakdown.column)) (groups of fewer than "
          + "\(breakdown.minimumGroupSize) scored cases suppressed)")
      var text = TextTable(
        columns: [.left(table.header[0])] + table.header.dropFirst().map { .right(v($0)) })
      for row in table.rows { text.add(row) }
      lines.append(text.render(indent: 2))
    }

    if !sample.excluded.isEmpty {
      lines.append("")
      lines.append("Excluded cases")
      for excluded in sample.excluded {
        lines.append("  \(v(excluded.id)) (row \(excluded.row)): \(v(excluded.reason))")
      }
    }
    if !sample.incomplete.isEmpty {
      lines.append("")
      lines.append("Left out of a question's denominator (--allow-incomplete)")
      for entry in sample.incomplete {
        lines.append("  \(v(entry.case)): \(v(entry.question))")
      }
    }
    if !result.warnings.isEmpty {
      lines.append("")
      lines.append("Warnings")
      for warning in result.warnings { lines.append("  " + warning.rendered) }
    }
    if wording.anySmallSample {
      lines.append("")
      lines.append(wording.smallSampleNote)
    }
    let notes = wording.provenanceNotes
    if !notes.isEmpty {
      lines.append("")
      lines += notes
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
