import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a ``ProgrammeAggregate``: one column per inspection, then the mean of inspection
/// scores, the pooled score and their difference.
///
/// ```swift
/// print(ProgrammeAggregateReport.render(aggregate, as: .text))
/// ```
public enum ProgrammeAggregateReport {
  /// The aggregate in `format`, newline-terminated and deterministic.
  public static func render(_ a: ProgrammeAggregate, as format: ReportDocument.Format) -> String {
    if format == .json { return CanonicalJSON.pretty(json(a)) + "\n" }
    return document(a).render(format)
  }

  /// The report as headings, paragraphs and tables: what the text and Markdown forms
  /// print and a workbook (``ReportWorkbook``) lays out as sheets.
  public static func document(_ a: ProgrammeAggregate) -> ReportDocument {

    let decimals = a.pooled.displayDecimals
    var report = ReportDocument(
      title: "Aggregate \(a.framework.id)@\(a.framework.version) over "
        + "\(a.inspections.count) inspections")
    report.heading("Inspections")
    report.table(
      [.left("#"), .left("INSPECTION"), .right("CASES"), .left("SAMPLE")],
      rows: a.inspections.enumerated().map { index, inspection in
        [
          "\(index + 1)", inspection.name, "\(inspection.result.sample.scored)",
          String(inspection.result.sample.fingerprint.prefix(19)),
        ]
      } + [["", "pooled", "\(a.pooled.sample.scored)", ""]])
    report.heading("Scores")
    let columns: [TextTable.Column] =
      [.left("ID"), .left("KIND")] + a.inspections.indices.map { .right("#\($0 + 1)") }
      + [.right("MEAN"), .right("POOLED"), .right("POOLED−MEAN"), .left("POOLED BAND")]
    report.table(
      columns,
      rows: a.rows.map { row in
        [row.id, row.kind.rawValue]
          + row.values.map { Figures.percent($0, decimals: decimals, kind: row.kind) }
          + [
            Figures.percent(row.mean, decimals: decimals, kind: row.kind),
            Figures.percent(row.pooled, decimals: decimals, kind: row.kind),
            Figures.change(row.difference), row.pooledBand ?? "",
          ]
      })
    report.paragraph(
      "MEAN weighs every inspection the same; POOLED adds the inspections' case counts and "
        + "scores them as one sample, so larger inspections weigh more. Published programme "
        + "aggregates (e.g. the 2013–14 IAOW sets) are not always the mean of inspection scores.")
    return report
  }

  /// The aggregate as a JSON value.
  public static func json(_ a: ProgrammeAggregate) -> JSONValue {
    .object([
      "schemaVersion": 1,
      "kind": "aggregate",
      "framework": .object([
        "id": .string(a.framework.id), "version": .string(a.framework.version),
        "fingerprint": .string(a.framework.fingerprint),
      ]),
      "inspections": .array(
        a.inspections.map {
          .object([
            "name": .string($0.name), "fingerprint": .string($0.result.sample.fingerprint),
            "cases": .number(Double($0.result.sample.scored)),
          ])
        }),
      "pooledCases": .number(Double(a.pooled.sample.scored)),
      "items": .array(
        a.rows.map { row in
          .object([
            "id": .string(row.id), "kind": .string(row.kind.rawValue),
            "values": .array(row.values.map(Figures.json)), "mean": Figures.json(row.mean),
            "pooled": Figures.json(row.pooled),
            "pooledBand": row.pooledBand.map { .string($0) } ?? .null,
          ])
        }),
    ])
  }
}
