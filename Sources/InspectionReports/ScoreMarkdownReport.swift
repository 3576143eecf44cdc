import InspectionEvaluator
import InspectionSchema

/// Renders a score result as Markdown tables: the text report's content, for documents.
public enum ScoreMarkdownReport {
  /// The Markdown text.
  public static func render(_ result: ScoreResult) -> String {
    let decimals = result.displayDecimals
    func percent(_ value: Double?, _ small: Bool = false) -> String {
      (value.map { DisplayRounding.format($0, decimals: decimals) + "%" } ?? "—") + (small ? " †" : "")
    }
    func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
    func band(_ item: ItemScore) -> String {
      var parts: [String] = []
      if let band = item.band { parts.append(band.label) }
      if let judgement = item.judgement { parts.append("judged: " + (judgement.labelText ?? "not recorded")) }
      return cell(parts.joined(separator: "; "))
    }
    let framework = result.framework
    var lines = [
      "# \(cell(framework.title))", "",
      "- Framework: `\(framework.id)@\(framework.version)` (`\(framework.fingerprint)`)",
      "- Sample: \(result.sample.cases) cases, \(result.sample.scored) scored, "
        + "\(result.sample.excluded.count) excluded (`\(result.sample.fingerprint)`)",
      "", "## Summary of scores", "",
      "| id | title | score | band |", "|---|---|---:|---|",
    ]
    for section in result.sections {
      lines.append("| **\(section.id)** | **\(cell(section.title))** | **\(percent(section.value, section.smallSample))** | \(band(section)) |")
      for criterion in result.criteria where criterion.parent == section.id {
        lines.append("| \(criterion.id) | \(cell(criterion.title)) | \(percent(criterion.value, criterion.smallSample)) | \(band(criterion)) |")
      }
    }
    if !result.headlines.isEmpty {
      lines += ["", "## Headlines", "", "| id | title | score | band |", "|---|---|---:|---|"]
      for headline in result.headlines {
        lines.append("| \(headline.id) | \(cell(headline.title)) | \(percent(headline.value, headline.smallSample)) | \(band(headline)) |")
      }
    }
    if !result.overall.isEmpty {
      lines += ["", "## Overall", "", "| id | title | points | band |", "|---|---|---:|---|"]
      for rating in result.overall {
        lines.append("| \(rating.id) | \(cell(rating.title)) | \(rating.value.map(DisplayRounding.plain) ?? "—") | \(band(rating)) |")
      }
    }
    if !result.judgements.isEmpty {
      lines += ["", "## Judgements", "", "| item | judgement | advisory band | rationale |", "|---|---|---|---|"]
      for judgement in result.judgements {
        lines.append("| \(judgement.item) | \(cell(judgement.labelText ?? "not recorded")) | \(cell(judgement.advisory?.label ?? "")) | \(cell(judgement.rationale ?? "")) |")
      }
    }
    lines += [
      "", "## Questions", "",
      "| id | relevant | sufficient | score | 95% interval | not relevant | unanswered |",
      "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for question in result.questions {
      let interval = question.interval.map {
        DisplayRounding.format($0.lower, decimals: 0) + "–" + DisplayRounding.format($0.upper, decimals: 0) + "%"
      } ?? "—"
      lines.append("| \(question.id) | \(question.tally.relevant) | \(question.tally.sufficient) | \(percent(question.percent, question.smallSample)) | \(interval) | \(question.tally.notRelevant) | \(question.tally.unanswered) |")
    }
    if !result.sample.excluded.isEmpty {
      lines += ["", "## Excluded cases", "", "| case | row | reason |", "|---|---:|---|"]
      for excluded in result.sample.excluded {
        lines.append("| \(cell(excluded.id)) | \(excluded.row) | \(cell(excluded.reason)) |")
      }
    }
    if !result.warnings.isEmpty {
      lines += ["", "## Warnings", ""]
      lines += result.warnings.map { "- `\($0.code)` \(cell($0.message))" }
    }
    if result.items.contains(where: \.smallSample) || result.questions.contains(where: \.smallSample) {
      lines += ["", "† rests on fewer than \(result.minimumRelevantCases) relevant cases; read with care."]
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
