import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders one sample under several frameworks side by side, with coverage on every cell.
///
/// Rows are aligned by mapping (``ComparisonRows``): items share a row only when the
/// crosswalk says they measure the same thing, never because their ids coincide. Every cell
/// names its framework's item and carries its coverage, e.g. `1.2 70% Good (18 of 18, 110
/// cases)`; below the threshold it reads `1.2 not comparable (2 of 18), 12 cases`, with no
/// score and no band, in every format.
///
/// ```swift
/// print(FrameworkComparisonReport.render(columns, relations: [.equal], sample: "s.csv", as: .text))
/// ```
public enum FrameworkComparisonReport {
  /// The columns in `format`, newline-terminated and deterministic.
  public static func render(
    _ columns: [FrameworkComparison.Column], relations: Set<CrosswalkRelation>,
    sample: String, as format: ReportDocument.Format
  ) -> String {
    let carried = CrosswalkRelation.allCases.filter { relations.contains($0) }.map(\.rawValue)
    let rows = ComparisonRows(columns).rows
    if format == .json {
      return CanonicalJSON.pretty(json(columns, rows: rows, carried: carried, sample: sample))
        + "\n"
    }
    return document(columns, relations: relations, sample: sample).render(format)
  }

  /// The report as headings, paragraphs and tables: what the text and Markdown forms
  /// print and a workbook (``ReportWorkbook``) lays out as sheets.
  public static func document(
    _ columns: [FrameworkComparison.Column], relations: Set<CrosswalkRelation>, sample: String
  ) -> ReportDocument {
    let carried = CrosswalkRelation.allCases.filter { relations.contains($0) }.map(\.rawValue)
    let rows = ComparisonRows(columns).rows

    let threshold = columns.first?.threshold ?? Coverage.defaultThreshold
    var report = ReportDocument(
      title: "One sample under \(columns.count) frameworks: \(sample)")
    report.paragraph(
      "The sample is read under \(label(columns[0])) and carried across crosswalks; answers "
        + "carry over \(carried.joined(separator: ", ")) mappings only, keeping the source "
        + "case's relevance. Each framework scores the carried evidence by its own rules; "
        + "questions with no carried answer stay out of every denominator.\n"
        + "Items share a row only when a mapping says they measure the same thing (a concept "
        + "both measure exactly, or an alignment in the crosswalk), never because their ids "
        + "coincide. Each cell gives the framework's own item, its score and its coverage: "
        + "questions with evidence of the item's questions, and the cases behind them. A "
        + "score resting on fewer than \(threshold)% of its item's questions reads \"not "
        + "comparable (n of m)\", with no score or band.")
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
    report.table(
      [.left("KIND"), .left("TITLE")] + columns.map { .left(label($0)) },
      rows: rows.map { row in
        [row.kind.rawValue, row.first?.title ?? ""]
          + zip(columns, row.items).map { column, item in
            item.map { cell($0, in: column) } ?? ""
          }
      })
    return report
  }

  /// A cell: the item's id, then its score and band with coverage, or "not comparable".
  static func cell(_ item: ItemScore, in column: FrameworkComparison.Column) -> String {
    let coverage = column.coverage(of: item)
    let cases = "\(coverage.cases) case\(coverage.cases == 1 ? "" : "s")"
    guard coverage.questions > 0 else { return "\(item.id) – (no questions)" }
    guard column.isComparable(item) else {
      return "\(item.id) not comparable (\(coverage.fraction)), \(cases)"
    }
    let value = Figures.percent(
      item.value, decimals: column.result.displayDecimals, kind: item.kind)
    let banded = item.band.map { "\(value) \($0.label)" } ?? value
    return "\(item.id) \(banded) (\(coverage.fraction), \(cases))"
  }

  private static func label(_ column: FrameworkComparison.Column) -> String {
    "\(column.result.framework.id)@\(column.result.framework.version)"
  }

  /// A cell as JSON: no `value` or `band` when not comparable.
  static func json(_ item: ItemScore, in column: FrameworkComparison.Column) -> JSONValue {
    let coverage = column.coverage(of: item)
    let comparable = column.isComparable(item)
    var object: [String: JSONValue] = [
      "id": .string(item.id), "kind": .string(item.kind.rawValue), "title": .string(item.title),
      "comparable": .bool(comparable),
      "coverage": .object([
        "questionsWithEvidence": .number(Double(coverage.questionsWithEvidence)),
        "questions": .number(Double(coverage.questions)),
        "cases": .number(Double(coverage.cases)),
      ]),
    ]
    if comparable {
      object["value"] = Figures.json(item.value)
      object["band"] = item.band.map { .string($0.label) } ?? .null
    }
    return .object(object)
  }

  /// The columns as a JSON value.
  public static func json(
    _ columns: [FrameworkComparison.Column], rows: [ComparisonRows.Row], carried: [String],
    sample: String
  ) -> JSONValue {
    .object([
      "schemaVersion": 2,
      "kind": "compare-frameworks",
      "sample": .string(sample),
      "carried": .array(carried.map { .string($0) }),
      "threshold": .number(Double(columns.first?.threshold ?? Coverage.defaultThreshold)),
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
            "items": .array(column.result.items.map { json($0, in: column) }),
          ])
        }),
      "rows": .array(
        rows.map { row in
          .object([
            "kind": .string(row.kind.rawValue),
            "cells": .array(
              zip(columns, row.items).map { column, item in
                item.map { json($0, in: column) } ?? .null
              }),
          ])
        }),
    ])
  }
}
