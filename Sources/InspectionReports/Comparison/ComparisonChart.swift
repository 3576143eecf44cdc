import InspectionComparison
import InspectionEvaluator
import InspectionSchema

/// `inspect compare --format html`: the comparisons as paired bars, on one self-contained page.
public enum ComparisonChart {
  /// Baseline and follow-up side by side: adjusted scores (on the questions both samples
  /// have), the change in points, and a mark where the change is significant; then every
  /// question with its counts, intervals, raw and adjusted p-values.
  public static func baseline(
    _ comparison: BaselineComparison, document: FrameworkDocument, names: (String, String),
    provenance: ReportProvenance, carried: String? = nil
  ) -> String {
    let decimals = document.presentation.displayDecimals
    func text(_ value: Double?) -> String {
      value.map { DisplayRounding.format($0, decimals: decimals) + "%" } ?? "undefined"
    }
    func row(_ change: BaselineComparison.ItemChange) -> PairedBarChart.Row {
      guard change.comparable else {
        let words =
          change.coverage.questions == 0
          ? "– (no questions)" : "not comparable (\(change.coverage.fraction))"
        return PairedBarChart.Row(
          id: change.id, title: change.title, values: [nil, nil], valueTexts: [words, words],
          note: "not comparable: \(change.coverage.fraction) questions in both samples",
          tested: false)
      }
      let delta = change.change.map {
        ($0 >= 0 ? "+" : "−") + DisplayRounding.format(abs($0), decimals: decimals) + " points"
      }
      return PairedBarChart.Row(
        id: change.id, title: change.title,
        values: [change.adjustedBaseline, change.adjustedFollowUp],
        valueTexts: [text(change.adjustedBaseline), text(change.adjustedFollowUp)],
        note: delta ?? "no change can be computed", significant: change.significant,
        tested: change.interval != nil)
    }
    let byID = Dictionary(
      comparison.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var groups: [PairedBarChart.Group] = document.sections.map { section in
      PairedBarChart.Group(
        title: "Section \(section.id): \(section.title)",
        rows: ([section.id] + section.criteria.map(\.id)).compactMap { byID[$0] }.map(row))
    }
    let headlines = document.headlines.compactMap { byID[$0.id] }.map(row)
    if !headlines.isEmpty {
      groups.append(PairedBarChart.Group(title: "Headlines", rows: headlines))
    }
    let scale = document.allCriteria.compactMap(\.gradeScale).first.flatMap { id in
      document.gradeScales.first { $0.id == id }
    }
    let chart = PairedBarChart(
      id: "baseline-followup", title: "Baseline and follow-up, \(document.label)",
      series: ["Baseline (\(fileName(names.0)))", "Follow-up (\(fileName(names.1)))"],
      groups: groups.filter { !$0.rows.isEmpty },
      thresholds: scale.map { SummaryChart.thresholds(of: $0) } ?? [],
      significanceNote:
        "* significant at the 5% level: a case bootstrap (\(comparison.bootstrap.replicates) "
        + "replicates, seed \(comparison.bootstrap.seed)) for criteria and above; \"no test\" "
        + "where no interval could be computed. Items with fewer than \(comparison.threshold)% "
        + "of their questions in both samples are not comparable and have no bar.")
    return chart.htmlPage(
      heading: "Baseline and follow-up: \(document.title)",
      lede: "Scores on the questions present in both samples (the “adjusted” scores), with the "
        + "change in points. Bars are labelled with their values; a missing bar is written out."
        + (carried.map { " " + $0 } ?? ""),
      facts: [
        ("Framework", "\(document.label) (\(comparison.framework.fingerprint))"),
        ("Baseline sample", "\(names.0) (\(comparison.baseline.sample.fingerprint))"),
        ("Follow-up sample", "\(names.1) (\(comparison.followUp.sample.fingerprint))"),
      ],
      provenance: provenance, sections: questionTable(comparison, decimals: decimals))
  }

  /// The per-question table: counts, Wilson intervals, the change with Newcombe's interval,
  /// raw and adjusted p-values, and the marker.
  static func questionTable(_ c: BaselineComparison, decimals: Int) -> [Markup] {
    let header = [
      "id", "question", "baseline", "95% interval", "follow-up", "95% interval", "change",
      "95% interval of the change", "p (raw)", "p (Holm)", "p (BH)", "significant",
    ]
    let rows: [Markup] = c.questions.map { q in
      let cells = [
        BaselineComparisonReport.tally(q.baseline, decimals),
        BaselineComparisonReport.wilson(q.baseline),
        BaselineComparisonReport.tally(q.followUp, decimals),
        BaselineComparisonReport.wilson(q.followUp), Figures.change(q.change),
        q.changeInterval.map {
          "\(Figures.change($0.lowerBound)) to \(Figures.change($0.upperBound))"
        } ?? "",
        q.tested ? Figures.pValue(q.pValue) : "no test",
        q.tested ? Figures.pValue(q.holm) : "",
        q.tested ? Figures.pValue(q.benjaminiHochberg) : "",
        !q.tested ? "no test" : q.significant ? "yes *" : "no",
      ]
      return .element(
        "tr", [:],
        [
          .element("th", ["scope": "row"], [.text(q.id)]),
          .element("td", [:], [.text(q.text)]),
        ] + cells.map { .element("td", ["class": "num"], [.text($0)]) })
    }
    return [
      .element("h2", [:], ["Questions"]),
      .element(
        "table", ["class": "figures"],
        [
          .element("caption", [:], [.text("Every question: counts, intervals and tests")]),
          .element(
            "thead", [:],
            [.element("tr", [:], header.map { .element("th", ["scope": "col"], [.text($0)]) })]),
          .element("tbody", [:], rows),
        ]),
      .element(
        "p", ["class": "small"],
        [.text(BaselineComparisonReport.summary(c) + " " + BaselineComparisonReport.legend(c))]),
    ]
  }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// One sample under several frameworks: one bar per framework for every section,
  /// headline, criterion and overall rating, on rows aligned by mapping, each with its coverage; a score below the
  /// coverage threshold gets no bar and reads "not comparable (n of m)".
  public static func frameworks(
    _ columns: [FrameworkComparison.Column], sample: String, provenance: ReportProvenance
  ) -> String {
    let rows = ComparisonRows(columns).rows
    func chartRows(_ kind: ItemKind) -> [PairedBarChart.Row] {
      rows.filter { $0.kind == kind }.compactMap { row in
        guard let first = row.first else { return nil }
        let values = zip(columns, row.items).map { column, item in
          item.flatMap { column.isComparable($0) ? $0.value : nil }
        }
        let texts = zip(columns, row.items).map { column, item in
          item.map { FrameworkComparisonReport.cell($0, in: column) } ?? "— (no such item)"
        }
        let ids = Set(row.items.compactMap { $0?.id })
        return PairedBarChart.Row(
          id: ids.count == 1 ? first.id : row.items.map { $0?.id ?? "—" }.joined(separator: " / "),
          title: first.title, values: values, valueTexts: texts, tested: false)
      }
    }
    let threshold = columns.first?.threshold ?? Coverage.defaultThreshold
    let chart = PairedBarChart(
      id: "frameworks", title: "One sample under several frameworks",
      series: columns.map { "\($0.result.framework.id)@\($0.result.framework.version)" },
      groups: [
        PairedBarChart.Group(title: "Sections", rows: chartRows(.section)),
        PairedBarChart.Group(title: "Headlines", rows: chartRows(.headline)),
        PairedBarChart.Group(title: "Criteria", rows: chartRows(.criterion)),
        PairedBarChart.Group(title: "Overall ratings", rows: chartRows(.overall)),
      ].filter { !$0.rows.isEmpty },
      significanceNote: "No significance is tested across frameworks (\"no test\"): the "
        + "evidence is the same. A score resting on fewer than \(threshold)% of its item's "
        + "questions is not comparable and has no bar.")
    return chart.htmlPage(
      heading: "One sample under several frameworks",
      lede: "The same cases scored under each framework's own rules, evidence carried across the "
        + "crosswalks. Items share a row only when a mapping says they measure the same thing; "
        + "each value names its framework's item and its coverage (questions with evidence of "
        + "the item's questions, and the cases behind them). — marks a framework with no such "
        + "item.",
      facts: [("Sample", "\(sample) (\(columns.first?.result.sample.fingerprint ?? ""))")]
        + columns.map {
          (
            "\($0.result.framework.id)@\($0.result.framework.version)",
            "\($0.questionsAnswered) of \($0.questionCount) questions answered; \($0.result.framework.fingerprint)"
          )
        },
      provenance: provenance)
  }
}
