import InspectionEvaluator
import InspectionSchema

/// `--explain ID`: how one score was derived, from cases counted to band.
///
/// The derivation is the data the calculator recorded (``ScoreDerivation``), worded by
/// ``ScoreDerivationText``.
///
/// ```swift
/// ScoreExplanation.render("1.1", in: result)   // "Criterion 1.1: …\n  cases counted: …"
/// ```
public enum ScoreExplanation {
  /// The explanation of the question or item `id`, or `nil` when the result has none.
  public static func render(_ id: String, in result: ScoreResult) -> String? {
    let decimals = result.displayDecimals
    if let question = result.questions.first(where: { $0.id == id }) {
      let tally = question.tally
      var lines = [
        "Question \(question.id): \(question.text)",
        "  cases counted: \(tally.cases) — relevant \(tally.relevant) (sufficient "
          + "\(tally.sufficient), insufficient \(tally.insufficient)), not relevant "
          + "\(tally.notRelevant), unanswered \(tally.unanswered)",
      ]
      if let percent = question.exactPercent {
        lines.append(
          "  score = \(tally.sufficient) ÷ \(tally.relevant) = "
            + DisplayRounding.format(percent, decimals: 2) + "% (displayed "
            + DisplayRounding.format(percent, decimals: decimals) + "%)")
        if let interval = question.interval {
          lines.append(
            "  95% Wilson interval: " + DisplayRounding.format(interval.lower, decimals: 1) + "–"
              + DisplayRounding.format(interval.upper, decimals: 1) + "%")
        }
      } else {
        lines.append("  score undefined: no case is relevant (left out of every mean above it)")
      }
      lines.append("  counts towards criterion \(question.criterion)")
      return lines.joined(separator: "\n") + "\n"
    }
    if let grouping = result.sections.first(where: { $0.id == id && $0.isGrouping }) {
      let criteria = result.criteria.filter { $0.parent == id }.map(\.id)
      return "Section \(grouping.id): \(grouping.title)\n"
        + "  a grouping only: it has no score, band or judgement of its own; its criteria ("
        + criteria.joined(separator: ", ") + ") are scored one by one\n"
    }
    guard let item = result.items.first(where: { $0.id == id }) else { return nil }
    var lines = ["\(item.kind.rawValue.capitalized) \(item.id): \(item.title)"]
    if item.kind == .criterion {
      lines.append("  cases counted:")
      for question in result.questions where question.criterion == item.id {
        let tally = question.tally
        let score = ScoreDerivationText.percent(question.exactPercent)
        lines.append(
          "    \(question.id): \(tally.sufficient) sufficient of \(tally.relevant) relevant "
            + "(\(tally.notRelevant) not relevant) → \(score)")
      }
    }
    lines += ScoreDerivationText.lines(item, displayDecimals: decimals).map { "  " + $0 }
    if let judgement = item.judgement {
      lines.append(
        "  judgement: " + (judgement.labelText ?? "not recorded")
          + (judgement.rationale.map { " — \($0)" } ?? ""))
      if let advisory = judgement.advisory { lines.append("  advisory band: \(advisory.label)") }
    }
    if let override = item.override {
      if let band = override.band {
        lines.append(
          "  override: '\(band.label)' in place of the computed "
            + (override.computed.map { "'\($0.label)'" } ?? "band (none: the score is undefined)")
            + (override.rationale.map { " — \($0)" } ?? ""))
        lines.append("  the override is the rating that counts, for points and overall ratings")
      } else {
        lines.append(
          "  overridable (\(override.policy.reach.explanation)); no override recorded, so the "
            + "computed band stands")
      }
    }
    if item.smallSample {
      lines.append(
        "  † rests on fewer than \(result.minimumRelevantCases) relevant cases somewhere below")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
