import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a ``BaselineComparison`` as text, Markdown or canonical JSON.
///
/// Significant changes carry `*` in the SIG column; the legend says which test made them so.
///
/// ```swift
/// print(BaselineComparisonReport.render(comparison, as: .markdown))
/// ```
public enum BaselineComparisonReport {
  /// The comparison in `format`, newline-terminated and deterministic.
  public static func render(
    _ c: BaselineComparison, as format: ReportDocument.Format,
    names: (baseline: String, followUp: String) = ("baseline", "follow-up")
  ) -> String {
    if format == .json { return CanonicalJSON.pretty(json(c, names: names)) + "\n" }
    let decimals = c.baseline.displayDecimals
    var report = ReportDocument(
      title: "Compare \(c.framework.id)@\(c.framework.version): \(names.baseline) → "
        + "\(names.followUp)")
    let common = c.questions.filter { $0.change != nil }.count
    var lines = [
      "Baseline \(c.baseline.sample.scored) cases, follow-up \(c.followUp.sample.scored) cases.",
      "Questions defined in both: \(common) of \(c.questions.count). The adjusted scores use only "
        + "these (as the 2005 ESI follow-up re-scored its baseline).",
    ]
    if !c.droppedFromBaseline.isEmpty {
      lines.append(
        "Left out of the adjusted baseline (not in the follow-up): "
          + c.droppedFromBaseline.joined(separator: ", ") + ".")
    }
    if !c.droppedFromFollowUp.isEmpty {
      lines.append(
        "Left out of the adjusted follow-up (not in the baseline): "
          + c.droppedFromFollowUp.joined(separator: ", ") + ".")
    }
    if let skipped = c.bootstrap.skipped {
      lines.append("Bootstrap not run: \(skipped).")
    } else {
      lines.append(
        "Intervals: case bootstrap, \(c.bootstrap.replicates) replicates, seed "
          + "\(c.bootstrap.seed) (baseline) and \(c.bootstrap.seed &+ 1) (follow-up).")
    }
    report.paragraph(lines.joined(separator: "\n"))

    report.heading("Criteria, sections, headlines and overall ratings")
    report.table(
      [
        .left("ID"), .left("KIND"), .right("BASELINE"), .right("ADJUSTED"), .right("FOLLOW-UP"),
        .right("CHANGE"), .left("95% INTERVAL"), .left("SIG"), .left("BAND"),
      ],
      rows: c.items.map { item in
        let followUp = c.droppedFromFollowUp.isEmpty ? item.followUp : item.adjustedFollowUp
        return [
          item.id, item.kind.rawValue,
          Figures.percent(item.baseline, decimals: decimals, kind: item.kind),
          Figures.percent(item.adjustedBaseline, decimals: decimals, kind: item.kind),
          Figures.percent(followUp, decimals: decimals, kind: item.kind),
          Figures.change(item.change),
          item.interval.map {
            "\(Figures.change($0.lowerBound)) to \(Figures.change($0.upperBound))"
          }
            ?? "–",
          item.significant ? "*" : "",
          band(item.baselineBand, item.followUpBand),
        ]
      })

    report.heading("Questions")
    report.table(
      [
        .left("ID"), .right("BASELINE"), .right("FOLLOW-UP"), .right("CHANGE"), .right("P"),
        .left("SIG"),
      ],
      rows: c.questions.map { q in
        [
          q.id, tally(q.baseline, decimals), tally(q.followUp, decimals), Figures.change(q.change),
          Figures.pValue(q.pValue), q.significant ? "*" : "",
        ]
      })
    let improved = c.questions.filter { ($0.change ?? 0) > 0 }.count
    let declined = c.questions.filter { ($0.change ?? 0) < 0 }.count
    report.paragraph(
      "\(improved) questions improved, \(declined) declined, "
        + "\(c.questions.filter(\.significant).count) significantly; "
        + "\(c.items.filter(\.significant).count) items changed significantly.\n"
        + "* significant at the 5% level: Fisher's exact test (two-sided) for questions; a 95% "
        + "case-bootstrap interval of the change excluding 0 above questions. CHANGE is the "
        + "adjusted follow-up minus the adjusted baseline, in points.")
    return report.render(format)
  }

  private static func band(_ before: String?, _ after: String?) -> String {
    switch (before, after) {
    case (nil, nil): ""
    case (let b?, let a?) where a == b: a
    default: "\(before ?? "–") → \(after ?? "–")"
    }
  }

  private static func tally(_ tally: QuestionTally, _ decimals: Int) -> String {
    guard let percent = tally.percent else { return "–" }
    return "\(tally.sufficient)/\(tally.relevant) "
      + DisplayRounding.format(percent, decimals: decimals) + "%"
  }

  /// The comparison as a JSON value.
  public static func json(
    _ c: BaselineComparison, names: (baseline: String, followUp: String) = ("baseline", "follow-up")
  ) -> JSONValue {
    func counts(_ t: QuestionTally) -> JSONValue {
      .object([
        "sufficient": .number(Double(t.sufficient)), "relevant": .number(Double(t.relevant)),
      ])
    }
    return .object([
      "schemaVersion": 1,
      "kind": "compare-baseline",
      "framework": .object([
        "id": .string(c.framework.id), "version": .string(c.framework.version),
        "fingerprint": .string(c.framework.fingerprint),
      ]),
      "baseline": .object([
        "name": .string(names.baseline), "fingerprint": .string(c.baseline.sample.fingerprint),
        "cases": .number(Double(c.baseline.sample.scored)),
      ]),
      "followUp": .object([
        "name": .string(names.followUp), "fingerprint": .string(c.followUp.sample.fingerprint),
        "cases": .number(Double(c.followUp.sample.scored)),
      ]),
      "adjusted": .object([
        "droppedFromBaseline": .array(c.droppedFromBaseline.map { .string($0) }),
        "droppedFromFollowUp": .array(c.droppedFromFollowUp.map { .string($0) }),
      ]),
      "bootstrap": .object([
        "replicates": .number(Double(c.bootstrap.replicates)),
        "seed": .number(Double(c.bootstrap.seed)),
        "skipped": c.bootstrap.skipped.map { .string($0) } ?? .null,
      ]),
      "items": .array(
        c.items.map { item in
          .object([
            "id": .string(item.id), "kind": .string(item.kind.rawValue),
            "baseline": Figures.json(item.baseline),
            "adjustedBaseline": Figures.json(item.adjustedBaseline),
            "followUp": Figures.json(item.followUp),
            "adjustedFollowUp": Figures.json(item.adjustedFollowUp),
            "change": Figures.json(item.change),
            "interval": item.interval.map {
              .array([.number($0.lowerBound), .number($0.upperBound)])
            } ?? .null,
            "undefinedReplicates": .number(Double(item.undefinedReplicates)),
            "significant": .bool(item.significant),
          ])
        }),
      "questions": .array(
        c.questions.map { q in
          .object([
            "id": .string(q.id), "criterion": .string(q.criterion),
            "baseline": counts(q.baseline), "followUp": counts(q.followUp),
            "change": Figures.json(q.change), "pValue": Figures.json(q.pValue),
            "significant": .bool(q.significant),
          ])
        }),
    ])
  }
}
