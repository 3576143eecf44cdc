import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders one sample under several frameworks side by side, with coverage.
///
/// Rows are items matched by kind and id (`section 1`, `headline RoH`); a framework without
/// the item shows a blank. Scores show with their band, e.g. `72% Good`.
///
/// ```swift
/// print(FrameworkComparisonReport.render(columns, relations: [.equal], as: .text))
/// ```
public enum FrameworkComparisonReport {
  /// The columns in `format`, newline-terminated and deterministic.
  public static func render(
    _ columns: [FrameworkComparison.Column], relations: Set<CrosswalkRelation>,
    sample: String, as format: ReportDocument.Format
  ) -> String {
    let carried = CrosswalkRelation.allCases.filter { relations.contains($0) }.map(\.rawValue)
    if format == .json {
      return CanonicalJSON.pretty(json(columns, carried: carried, sample: sample)) + "\n"
    }
    var report = ReportDocument(
      title: "One sample under \(columns.count) frameworks: \(sample)")
    report.paragraph(
      "The sample is read under \(label(columns[0])) and carried across crosswalks; answers "
        + "carry over \(carried.joined(separator: ", ")) mappings only, keeping the source "
        + "case's relevance. Each framework scores the carried evidence by its own rules; "
        + "questions with no carried answer stay out of every denominator.")
    report.heading("Coverage")
    report.table(
      [
        .left("FRAMEWORK"), .right("ANSWERED"), .right("QUESTIONS"), .left("VIA"),
        .right("UNMAPPED"),
      ],
      rows: columns.map { column in
        [
          label(column), "\(column.questionsAnswered)", "\(column.questionCount)",
          column.path.isEmpty ? "(sample)" : column.path.joined(separator: ", "),
          column.path.isEmpty ? "" : "\(column.unmappedEvidence.count)",
        ]
      })
    for column in columns.dropFirst() where !column.unmappedEvidence.isEmpty {
      report.paragraph(
        "Evidence that did not reach \(label(column)): "
          + column.unmappedEvidence.joined(separator: ", ") + ".")
    }
    report.heading("Scores side by side")
    let rows = rowKeys(columns)
    report.table(
      [.left("KIND"), .left("ID"), .left("TITLE")] + columns.map { .left(label($0)) },
      rows: rows.map { key in
        [key.kind.rawValue, key.id, key.title]
          + columns.map { column in
            guard
              let item = column.result.items.first(where: { $0.kind == key.kind && $0.id == key.id }
              )
            else { return "" }
            let value = Figures.percent(
              item.value, decimals: column.result.displayDecimals, kind: item.kind)
            return item.band.map { "\(value) \($0.label)" } ?? value
          }
      })
    return report.render(format)
  }

  private static func label(_ column: FrameworkComparison.Column) -> String {
    "\(column.result.framework.id)@\(column.result.framework.version)"
  }

  private static func rowKeys(_ columns: [FrameworkComparison.Column])
    -> [(kind: ItemKind, id: String, title: String)]
  {
    var seen = Set<String>()
    var keys: [(kind: ItemKind, id: String, title: String)] = []
    for kind in [ItemKind.section, .headline, .overall, .criterion] {
      for column in columns {
        for item in column.result.items where item.kind == kind {
          guard seen.insert("\(kind.rawValue) \(item.id)").inserted else { continue }
          keys.append((kind, item.id, item.title))
        }
      }
    }
    return keys
  }

  /// The columns as a JSON value.
  public static func json(
    _ columns: [FrameworkComparison.Column], carried: [String], sample: String
  ) -> JSONValue {
    .object([
      "schemaVersion": 1,
      "kind": "compare-frameworks",
      "sample": .string(sample),
      "carried": .array(carried.map { .string($0) }),
      "frameworks": .array(
        columns.map { column in
          .object([
            "id": .string(column.result.framework.id),
            "version": .string(column.result.framework.version),
            "fingerprint": .string(column.result.framework.fingerprint),
            "via": .array(column.path.map { .string($0) }),
            "questionsAnswered": .number(Double(column.questionsAnswered)),
            "questions": .number(Double(column.questionCount)),
            "unmappedEvidence": .array(column.unmappedEvidence.map { .string($0) }),
            "items": .array(
              column.result.items.map { item in
                .object([
                  "id": .string(item.id), "kind": .string(item.kind.rawValue),
                  "value": Figures.json(item.value),
                  "band": item.band.map { .string($0.label) } ?? .null,
                ])
              }),
          ])
        }),
    ])
  }
}
