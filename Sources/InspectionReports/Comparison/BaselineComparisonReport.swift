import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionStatistics
import InspectionSupport

/// Renders a ``BaselineComparison`` as text, Markdown or canonical JSON.
///
/// Every question shows both samples' counts with their 95% Wilson intervals, the change with
/// Newcombe's 95% interval, the raw p-value of Fisher's exact test and the Holm and
/// Benjamini–Hochberg adjusted values; `*` follows the adjusted value the comparison names
/// (the legend says which), and a question with no test says "no test". Items whose coverage
/// is below the threshold read "not comparable (n of m)" with no score, change or band.
///
/// ```swift
/// print(BaselineComparisonReport.render(comparison, as: .markdown))
/// ```
public enum BaselineComparisonReport {
  /// The comparison in `format`, newline-terminated and deterministic.
  public static func render(
    _ c: BaselineComparison, as format: ReportDocument.Format,
    names: (baseline: String, followUp: String) = ("baseline", "follow-up"),
    carried: String? = nil
  ) -> String {
    if format == .json {
      return CanonicalJSON.pretty(json(c, names: names, carried: carried)) + "\n"
    }
    return document(c, names: names, carried: carried).render(format)
  }

  /// The report as headings, paragraphs and tables: what the text and Markdown forms
  /// print and a workbook (``ReportWorkbook``) lays out as sheets.
  public static func document(
    _ c: BaselineComparison,
    names: (baseline: String, followUp: String) = ("baseline", "follow-up"),
    carried: String? = nil
  ) -> ReportDocument {

    let decimals = c.baseline.displayDecimals
    var report = ReportDocument(
      title: "Compare \(c.framework.id)@\(c.framework.version): \(names.baseline) → "
        + "\(names.followUp)")
    let common = c.questions.filter { $0.change != nil }.count
    var lines = [
      "Baseline \(c.baseline.sample.scored) cases, follow-up \(c.followUp.sample.scored) cases."
    ]
    if let carried { lines.append(carried) }
    lines.append(
      "Questions defined in both: \(common) of \(c.questions.count). The adjusted scores use only "
        + "these (as the 2005 ESI follow-up re-scored its baseline).")
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
    lines.append(
      "Coverage: an item's questions defined in both samples, of its questions; below "
        + "\(c.threshold)% the item is not comparable and shows no change.")
    report.paragraph(lines.joined(separator: "\n"))

    report.heading("Criteria, sections, headlines and overall ratings")
    report.table(
      [
        .left("ID"), .left("KIND"), .right("BASELINE"), .right("ADJUSTED"), .right("FOLLOW-UP"),
        .right("CHANGE"), .left("95% INTERVAL"), .left("SIG"), .left("BAND"), .left("COVERAGE"),
      ],
      rows: c.items.map { item in
        let coverage =
          "\(item.coverage.fraction) questions, \(item.baselineCases) + "
          + "\(item.coverage.cases) cases"
        guard item.comparable else {
          return [
            item.id, item.kind.rawValue,
            item.coverage.questions == 0
              ? "– (no questions)" : "not comparable (\(item.coverage.fraction))", "", "", "",
            "", "", "", coverage,
          ]
        }
        let followUp = c.droppedFromFollowUp.isEmpty ? item.followUp : item.adjustedFollowUp
        return [
          item.id, item.kind.rawValue,
          Figures.percent(item.baseline, decimals: decimals, kind: item.kind),
          Figures.percent(item.adjustedBaseline, decimals: decimals, kind: item.kind),
          Figures.percent(followUp, decimals: decimals, kind: item.kind),
          Figures.change(item.change),
          item.interval.map {
            "\(Figures.change($0.lowerBound)) to \(Figures.change($0.upperBound))"
          } ?? "no test",
          item.significant ? "*" : "",
          band(item.baselineBand, item.followUpBand),
          coverage,
        ]
      })

    report.heading("Questions")
    report.table(
      [
        .left("ID"), .right("BASELINE"), .left("95% CI"), .right("FOLLOW-UP"), .left("95% CI"),
        .right("CHANGE"), .left("95% CI"), .right("P"), .right("HOLM"), .right("BH"),
        .left("SIG"),
      ],
      rows: c.questions.map { q in
        [
          q.id, tally(q.baseline, decimals), wilson(q.baseline), tally(q.followUp, decimals),
          wilson(q.followUp), Figures.change(q.change),
          q.changeInterval.map {
            "\(Figures.change($0.lowerBound)) to \(Figures.change($0.upperBound))"
          } ?? "",
          q.tested ? Figures.pValue(q.pValue) : "no test",
          q.tested ? Figures.pValue(q.holm) : "",
          q.tested ? Figures.pValue(q.benjaminiHochberg) : "",
          q.significant ? "*" : "",
        ]
      })
    report.paragraph(summary(c) + "\n" + legend(c))
    return report
  }

  /// How many questions changed, and how many are significant raw and adjusted each way.
  static func summary(_ c: BaselineComparison) -> String {
    let improved = c.questions.filter { ($0.change ?? 0) > 0 }.count
    let declined = c.questions.filter { ($0.change ?? 0) < 0 }.count
    let tested = c.questions.filter(\.tested)
    func below(_ value: (BaselineComparison.QuestionChange) -> Double?) -> Int {
      tested.filter { (value($0) ?? 1) < BaselineComparison.alpha }.count
    }
    return "\(improved) questions improved, \(declined) declined; of the \(tested.count) tested, "
      + "\(below(\.pValue)) have a raw p-value below 0.05, \(below(\.holm)) after Holm's "
      + "adjustment and \(below(\.benjaminiHochberg)) after Benjamini–Hochberg's; "
      + "\(c.questions.filter(\.significant).count) questions are marked; "
      + "\(c.items.filter(\.significant).count) items changed significantly."
  }

  /// What `*` means for questions and items.
  static func legend(_ c: BaselineComparison) -> String {
    let marker: String =
      switch c.adjustment {
      case .holm?:
        "the p-value adjusted by Holm's method (family-wise error rate) over the questions tested"
      case .benjaminiHochberg?:
        "the p-value adjusted by the Benjamini–Hochberg method (false discovery rate) over the "
          + "questions tested"
      case nil: "the raw p-value, not adjusted for the number of questions tested"
      }
    return "* questions: \(marker) is below 0.05 (Fisher's exact test, two-sided; P is the raw "
      + "value, HOLM and BH the adjusted ones; \"no test\" where a question is not defined in "
      + "both samples). Items: a 95% case-bootstrap interval of the change excludes 0 (not "
      + "adjusted). CHANGE is the adjusted follow-up minus the adjusted baseline, in points; "
      + "question intervals are Wilson's for each sample and Newcombe's for the change."
  }

  private static func band(_ before: String?, _ after: String?) -> String {
    switch (before, after) {
    case (nil, nil): ""
    case (let b?, let a?) where a == b: a
    default: "\(before ?? "–") → \(after ?? "–")"
    }
  }

  static func tally(_ tally: QuestionTally, _ decimals: Int) -> String {
    guard let percent = tally.percent else { return "–" }
    return "\(tally.sufficient)/\(tally.relevant) "
      + DisplayRounding.format(percent, decimals: decimals) + "%"
  }

  /// The Wilson 95% interval of a question's score, in percent, e.g. `57–84`.
  static func wilson(_ tally: QuestionTally) -> String {
    guard let interval = WilsonInterval(successes: tally.sufficient, trials: tally.relevant)
    else { return "" }
    return DisplayRounding.format(interval.lower * 100, decimals: 0) + "–"
      + DisplayRounding.format(interval.upper * 100, decimals: 0)
  }

  /// The comparison as a JSON value.
  public static func json(
    _ c: BaselineComparison,
    names: (baseline: String, followUp: String) = ("baseline", "follow-up"),
    carried: String? = nil
  ) -> JSONValue {
    func counts(_ t: QuestionTally) -> JSONValue {
      var object: [String: JSONValue] = [
        "sufficient": .number(Double(t.sufficient)), "relevant": .number(Double(t.relevant)),
      ]
      if let interval = WilsonInterval(successes: t.sufficient, trials: t.relevant) {
        object["interval"] = .array([.number(interval.lower * 100), .number(interval.upper * 100)])
      }
      return .object(object)
    }
    var root: [String: JSONValue] = [
      "schemaVersion": 2,
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
      "marker": .object([
        "alpha": .number(BaselineComparison.alpha),
        "questions": .string(c.adjustment?.rawValue ?? "raw"),
        "items": "bootstrap interval excludes 0",
      ]),
      "threshold": .number(Double(c.threshold)),
      "items": .array(
        c.items.map { item in
          var object: [String: JSONValue] = [
            "id": .string(item.id), "kind": .string(item.kind.rawValue),
            "comparable": .bool(item.comparable),
            "coverage": .object([
              "questionsInBoth": .number(Double(item.coverage.questionsWithEvidence)),
              "questions": .number(Double(item.coverage.questions)),
              "baselineCases": .number(Double(item.baselineCases)),
              "followUpCases": .number(Double(item.coverage.cases)),
            ]),
            "significant": .bool(item.significant),
          ]
          if item.comparable {
            object["baseline"] = Figures.json(item.baseline)
            object["adjustedBaseline"] = Figures.json(item.adjustedBaseline)
            object["followUp"] = Figures.json(item.followUp)
            object["adjustedFollowUp"] = Figures.json(item.adjustedFollowUp)
            object["change"] = Figures.json(item.change)
            object["interval"] =
              item.interval.map { .array([.number($0.lowerBound), .number($0.upperBound)]) }
              ?? .null
            object["undefinedReplicates"] = .number(Double(item.undefinedReplicates))
          }
          return .object(object)
        }),
      "questions": .array(
        c.questions.map { q in
          .object([
            "id": .string(q.id), "criterion": .string(q.criterion),
            "baseline": counts(q.baseline), "followUp": counts(q.followUp),
            "change": Figures.json(q.change),
            "changeInterval": q.changeInterval.map {
              .array([.number($0.lowerBound), .number($0.upperBound)])
            } ?? .null,
            "tested": .bool(q.tested),
            "pValue": Figures.json(q.pValue), "holm": Figures.json(q.holm),
            "benjaminiHochberg": Figures.json(q.benjaminiHochberg),
            "significant": .bool(q.significant),
          ])
        }),
    ]
    if let carried { root["carried"] = .string(carried) }
    return .object(root)
  }
}
