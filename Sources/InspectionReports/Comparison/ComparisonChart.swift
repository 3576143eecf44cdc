import InspectionComparison
import InspectionEvaluator
import InspectionSchema

/// `inspect compare --format html`: the comparisons as paired bars, on one self-contained page.
public enum ComparisonChart {
  /// Baseline and follow-up side by side: adjusted scores (on the questions both samples
  /// have), the change in points, and a mark where the change is significant.
  public static func baseline(
    _ comparison: BaselineComparison, document: FrameworkDocument, names: (String, String),
    provenance: ReportProvenance
  ) -> String {
    let decimals = document.presentation.displayDecimals
    func text(_ value: Double?) -> String {
      value.map { DisplayRounding.format($0, decimals: decimals) + "%" } ?? "undefined"
    }
    func row(_ change: BaselineComparison.ItemChange) -> PairedBarChart.Row {
      let delta = change.change.map {
        ($0 >= 0 ? "+" : "−") + DisplayRounding.format(abs($0), decimals: decimals) + " points"
      }
      return PairedBarChart.Row(
        id: change.id, title: change.title,
        values: [change.adjustedBaseline, change.adjustedFollowUp],
        valueTexts: [text(change.adjustedBaseline), text(change.adjustedFollowUp)],
        note: delta ?? "no change can be computed", significant: change.significant)
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
        + "replicates, seed \(comparison.bootstrap.seed)) for criteria and above.")
    return chart.htmlPage(
      heading: "Baseline and follow-up: \(document.title)",
      lede: "Scores on the questions present in both samples (the “adjusted” scores), with the "
        + "change in points. Bars are labelled with their values; a missing bar is written out.",
      facts: [
        ("Framework", "\(document.label) (\(comparison.framework.fingerprint))"),
        ("Baseline sample", "\(names.0) (\(comparison.baseline.sample.fingerprint))"),
        ("Follow-up sample", "\(names.1) (\(comparison.followUp.sample.fingerprint))"),
      ],
      provenance: provenance)
  }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// One sample under several frameworks: one bar per framework for every section and
  /// headline id, written out where a framework has no such item.
  public static func frameworks(
    _ columns: [FrameworkComparison.Column], sample: String, provenance: ReportProvenance
  ) -> String {
    var ids: [(id: String, title: String, kind: ItemKind)] = []
    for column in columns {
      // Groupings have no score to compare.
      for item in column.result.sections + column.result.headlines
      where !item.isGrouping && !ids.contains(where: { $0.id == item.id && $0.kind == item.kind }) {
        ids.append((item.id, item.title, item.kind))
      }
    }
    func rows(_ kind: ItemKind) -> [PairedBarChart.Row] {
      ids.filter { $0.kind == kind }.map { entry in
        let values = columns.map { column in
          (column.result.sections + column.result.headlines)
            .first { $0.id == entry.id && $0.kind == entry.kind && !$0.isGrouping }?.value
        }
        let texts = zip(columns, values).map { column, value in
          value.map { DisplayRounding.format($0, decimals: column.result.displayDecimals) + "%" }
            ?? "—"
        }
        return PairedBarChart.Row(
          id: entry.id, title: entry.title, values: values, valueTexts: texts)
      }
    }
    let chart = PairedBarChart(
      id: "frameworks", title: "One sample under several frameworks",
      series: columns.map { "\($0.result.framework.id)@\($0.result.framework.version)" },
      groups: [
        PairedBarChart.Group(title: "Sections", rows: rows(.section)),
        PairedBarChart.Group(title: "Headlines", rows: rows(.headline)),
      ].filter { !$0.rows.isEmpty },
      significanceNote: "No significance is tested across frameworks: the evidence is the same.")
    return chart.htmlPage(
      heading: "One sample under several frameworks",
      lede: "The same cases scored under each framework's own rules, evidence carried across the "
        + "crosswalks. Sections and headlines with the same id are set side by side; — marks an "
        + "item the framework does not have, or one with no relevant cases.",
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
