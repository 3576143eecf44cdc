import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as Markdown: the HTML report's content, as tables.
///
/// Headline scores with their bands and judgements, the summary of scores (the chart's
/// figures, with the grade scales' band boundaries in words when the framework document is
/// given), judgements with their rationales and advisory bands, every question's counts,
/// percentage and 95% interval, exclusions, warnings and provenance.
///
/// ```swift
/// let markdown = ScoreMarkdownReport.render(result, document: document, inspectionKitVersion: "0.1.0")
/// ```
public enum ScoreMarkdownReport {
  /// The Markdown text, ending in a newline.
  ///
  /// - Parameters:
  ///   - result: the scores.
  ///   - document: the framework, for its band boundaries; without it they are left out.
  ///   - inspectionKitVersion: recorded under provenance when given.
  public static func render(
    _ result: ScoreResult, document: FrameworkDocument? = nil,
    inspectionKitVersion: String? = nil
  ) -> String {
    let wording = ScoreWording(result)
    func cell(_ text: String) -> String { MarkdownText.cell(text) }
    func judged(_ item: ItemScore) -> String {
      item.judgement.map { cell($0.labelText ?? "not recorded") } ?? ""
    }
    let framework = result.framework
    var lines = [
      "# \(MarkdownText.escape(framework.title))", "",
      "Summary of scores · \(MarkdownText.code("\(framework.id)@\(framework.version)")) · "
        + ScoreHTMLReport.sampleSentence(result.sample),
    ]
    if !result.headlines.isEmpty || !result.overall.isEmpty {
      lines += [
        "", "## Headline scores", "", "| id | title | score | band | judgement |",
        "|---|---|---:|---|---|",
      ]
      for item in result.headlines {
        let score =
          item.value == nil ? "no relevant cases" : wording.percent(item.exact, item.smallSample)
        lines.append(
          "| \(cell(wording.id(item.id))) | \(cell(item.title)) | \(score) | \(cell(item.band.map(wording.band) ?? "")) | \(judged(item)) |"
        )
      }
      for item in result.overall {
        let points = wording.points(item.exact)
        lines.append(
          "| \(cell(wording.id(item.id))) | \(cell(item.title)) | \(points) | \(cell(item.band.map(wording.band) ?? "")) | \(judged(item)) |"
        )
      }
    }
    lines += [
      "", "## Summary of scores", "", "| id | title | score | band or judgement |",
      "|---|---|---:|---|",
    ]
    for section in result.sections {
      let score =
        section.isGrouping
        ? ""
        : section.value == nil ? "—" : "**\(wording.percent(section.exact, section.smallSample))**"
      lines.append(
        "| **\(cell(wording.id(section.id)))** | **\(cell(section.title))** | \(score) | \(cell(wording.note(section))) |"
      )
      for criterion in result.criteria where criterion.parent == section.id {
        let judgedOnly =
          document?.allCriteria.first { $0.id == criterion.id }?.questions.isEmpty ?? false
        let score =
          criterion.value == nil
          ? (judgedOnly ? "judged, not scored" : "no relevant cases")
          : wording.percent(criterion.exact, criterion.smallSample)
        lines.append(
          "| \(cell(wording.id(criterion.id))) | \(cell(criterion.title)) | \(score) | \(cell(wording.note(criterion))) |"
        )
      }
    }
    if let document {
      let used = Set(document.allCriteria.compactMap(\.gradeScale))
      let scales = document.gradeScales.filter { used.contains($0.id) && $0.range == .percent }
      if !scales.isEmpty {
        lines += ["", "Band boundaries (drawn as lines on the chart):", ""]
        for scale in scales {
          let thresholds = SummaryChart.thresholds(of: scale).map(\.label)
          lines.append("- \(cell(scale.title)): \(cell(thresholds.joined(separator: "; ")))")
        }
      }
    }
    if !result.judgements.isEmpty {
      lines += [
        "", "## Judgements", "",
        "Labels recorded by inspectors, with their reasons. Where the framework also computes an "
          + "advisory band, it is shown beside the judgement; the judgement is the one that counts.",
        "", "| item | judgement | advisory band | rationale |", "|---|---|---|---|",
      ]
      for judgement in result.judgements {
        let item = result.items.first { $0.id == judgement.item }
        let advisory =
          judgement.advisory.map { band in
            wording.band(band)
              + (item?.exact.map { " at \(wording.percent($0, item?.smallSample ?? false))" } ?? "")
          } ?? ""
        let title = item.map { " \($0.title)" } ?? ""
        lines.append(
          "| **\(cell(judgement.item))**\(cell(title)) | \(cell(judgement.labelText ?? "not recorded")) | \(cell(advisory)) | \(cell(judgement.rationale ?? "")) |"
        )
      }
    }
    let overrides = result.overrides.filter(\.isOverridden)
    if !overrides.isEmpty {
      lines += [
        "", "## Overrides", "", ScoreWording.overridesExplanation, "",
        "| item | computed band | override | rationale |", "|---|---|---|---|",
      ]
      for override in overrides {
        let item = result.items.first { $0.id == override.item }
        let computed =
          override.computed.map { band in
            wording.band(band)
              + (item?.exact.map { " at \(wording.percent($0, item?.smallSample ?? false))" } ?? "")
          } ?? "none"
        let title = item.map { " \($0.title)" } ?? ""
        lines.append(
          "| **\(cell(override.item))**\(cell(title)) | \(cell(computed)) | \(cell(override.band.map(wording.band) ?? "")) | \(cell(override.rationale ?? "")) |"
        )
      }
    }
    lines += [
      "", "## Questions", "",
      "A question's score is the share of relevant cases where the work was sufficient; the 95% "
        + "interval (Wilson) shows how far it could move by chance in a sample this size.",
      "",
      "| id | question | relevant | sufficient | score | 95% interval | not relevant | unanswered |",
      "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for question in result.questions {
      let score =
        question.percent == nil
        ? "no relevant cases" : wording.percent(question.exactPercent, question.smallSample)
      lines.append(
        "| \(cell(wording.id(question.id))) | \(cell(question.text)) | \(question.tally.relevant) | \(question.tally.sufficient) | \(score) | \(wording.interval(question.interval)) | \(question.tally.notRelevant) | \(question.tally.unanswered) |"
      )
    }
    for breakdown in result.breakdowns {
      let table = BreakdownTable(breakdown, in: result)
      lines += [
        "", "## Breakdown by \(cell(breakdown.column))", "",
        "Every score computed from each group's cases alone; a group of fewer than "
          + "\(breakdown.minimumGroupSize) scored cases is suppressed.", "",
        "| " + table.header.map(cell).joined(separator: " | ") + " |",
        "|---|" + String(repeating: "---:|", count: table.header.count - 1),
      ]
      for row in table.rows {
        lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
      }
    }
    if !result.sample.excluded.isEmpty {
      lines += ["", "## Excluded cases", "", "| case | row | reason |", "|---|---:|---|"]
      for excluded in result.sample.excluded {
        lines.append("| \(cell(excluded.id)) | \(excluded.row) | \(cell(excluded.reason)) |")
      }
    }
    if !result.sample.incomplete.isEmpty {
      lines += [
        "", "## Unanswered questions left out", "",
        "Relevant questions these cases did not answer (scored with --allow-incomplete): each "
          + "case leaves only that question's denominator.", "",
      ]
      lines += result.sample.incomplete.map {
        "- case \(cell($0.case)): question \(cell($0.question))"
      }
    }
    if !result.warnings.isEmpty {
      lines += ["", "## Warnings", ""]
      lines += result.warnings.map {
        "- \($0.severity.rawValue): \(cell($0.message)) \(MarkdownText.code($0.code))"
      }
    }
    if !wording.smallSampleNote.isEmpty {
      lines += ["", wording.smallSampleNote]
    }
    for note in wording.provenanceNotes {
      lines += ["", cell(note)]
    }
    lines += [
      "", "## About this report", "",
      "| | |", "|---|---|",
      "| Framework | \(cell(framework.id)) version \(cell(framework.version)): \(cell(framework.title)) |",
      "| Framework fingerprint | \(MarkdownText.code(framework.fingerprint)) |",
      "| Sample | \(ScoreHTMLReport.sampleSentence(result.sample)) |",
      "| Sample fingerprint | \(MarkdownText.code(result.sample.fingerprint)) |",
      "| Rounding | percentages to \(result.displayDecimals) decimal place"
        + (result.displayDecimals == 1 ? "" : "s")
        + ", half away from zero; † marks scores on fewer than \(result.minimumRelevantCases) relevant cases |",
    ]
    if let inspectionKitVersion {
      lines.append("| Produced by | InspectionKit \(cell(inspectionKitVersion)) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
