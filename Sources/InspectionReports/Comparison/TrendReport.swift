import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a ``Trend`` as text, Markdown or canonical JSON (``TrendChart`` draws it as HTML).
///
/// Every point names its framework, the item the construct is found as there, its value as
/// the figures give it (a printed bound keeps its words), its band or label on that
/// framework's own scale, and its coverage. A framework change between two inspections is a
/// row of its own, so no reader takes two scales for one.
///
/// ```swift
/// print(TrendReport.render(trend, as: .text))
/// ```
public enum TrendReport {
  /// The trend in `format`, newline-terminated and deterministic.
  public static func render(_ trend: Trend, as format: ReportDocument.Format) -> String {
    if format == .json { return CanonicalJSON.pretty(json(trend)) + "\n" }
    var report = ReportDocument(
      title: "Trend over \(trend.inspections.count) inspections: "
        + trend.series.map(\.title).joined(separator: "; "))
    report.paragraph(
      "Each point is on its own framework's scale: its value as the figures give it (a sample's "
        + "score, or a report's printed figure, a bound given in words kept as a bound) and its "
        + "band or label on that framework. A construct is found in each framework by the "
        + "concept its item measures, never by id alone. Where the framework changes, the "
        + "scales change: points on either side are not the same measurement. A sample's score "
        + "resting on fewer than \(trend.threshold)% of its item's questions is not comparable.")
    report.heading("Inspections")
    report.table(
      [.left("DATE"), .left("INSPECTION"), .left("FRAMEWORK"), .left("FIGURES")],
      rows: trend.inspections.map { inspection in
        [inspection.date, inspection.name, inspection.framework.label, source(inspection)]
      })
    report.paragraph(changesSentence(trend))
    for series in trend.series {
      report.heading(
        "\(series.title) (\(series.construct.description)"
          + (series.concepts.isEmpty || series.construct == .concept(series.concepts[0])
            ? "" : "; concept \(series.concepts.joined(separator: ", "))")
          + ")")
      var rows: [[String]] = []
      for point in series.points {
        let inspection = trend.inspections[point.inspection]
        rows.append([
          inspection.date, inspection.name, inspection.framework.label,
          point.item.map { "\($0.kind) \($0.id)" } ?? "–", text(point.value),
          point.label ?? "", point.coverage,
        ])
        if let change = trend.changes.first(where: { $0.after == point.inspection }) {
          rows.append(["", "framework changes", "\(change.from) → \(change.to)", "", "", "", ""])
        }
      }
      report.table(
        [
          .left("DATE"), .left("INSPECTION"), .left("FRAMEWORK"), .left("ITEM"), .right("VALUE"),
          .left("ON ITS SCALE"), .left("EVIDENCE"),
        ], rows: rows)
    }
    return report.render(format)
  }

  /// "Framework changes: after Cheshire (2006-08), OMI@2006 → OMI@2008; …".
  static func changesSentence(_ trend: Trend) -> String {
    guard !trend.changes.isEmpty else {
      return "Every inspection is under one framework."
    }
    return "Framework changes: "
      + trend.changes.map { change in
        let inspection = trend.inspections[change.after]
        return "after \(inspection.name) (\(inspection.date)), \(change.from) → \(change.to)"
      }.joined(separator: "; ") + "."
  }

  static func source(_ inspection: TrendInspection) -> String {
    switch inspection.figures {
    case .sample(let file, let result, _): "sample \(file) (\(result.sample.scored) cases)"
    case .published(let file, _): "published \(file)"
    }
  }

  /// A value in words: `65%`, `≈ 25% ('around one-quarter')`, `below 50% ('less than half')`.
  static func text(_ value: Trend.Value) -> String {
    switch value {
    case .exact(let percent): return DisplayRounding.format(percent, decimals: 0) + "%"
    case .approximate(let percent, _, let words):
      return "≈ " + DisplayRounding.format(percent, decimals: 0) + "%"
        + (words.map { " ('\($0)')" } ?? "")
    case .bounded(let range, let words):
      return rangeText(range) + (words.map { " ('\($0)')" } ?? "")
    case .labelOnly: return "label only"
    case .notComparable(let coverage): return "not comparable (\(coverage.fraction))"
    case .undefined(let why): return "– (\(why))"
    case .absent(let why): return "no counterpart (\(why))"
    }
  }

  /// A bound in words: `below 50%`, `at least 83%`, `20% to 30%`.
  static func rangeText(_ range: PercentRange) -> String {
    let lower = DisplayRounding.format(range.lower, decimals: 0) + "%"
    let upper = DisplayRounding.format(range.upper, decimals: 0) + "%"
    if range.lower <= PercentRange.epsilon {
      return (range.upperOpen ? "below " : "at most ") + upper
    }
    if range.upper >= 100 - PercentRange.epsilon {
      return (range.lowerOpen ? "above " : "at least ") + lower
    }
    return "\(lower) to \(upper)"
  }

  /// The trend as a JSON value.
  public static func json(_ trend: Trend) -> JSONValue {
    func value(_ value: Trend.Value) -> [String: JSONValue] {
      switch value {
      case .exact(let percent): return ["form": "exact", "value": .number(percent)]
      case .approximate(let percent, let range, let words):
        return [
          "form": "approximate", "value": .number(percent),
          "range": .array([.number(range.lower), .number(range.upper)]),
          "words": words.map { .string($0) } ?? .null,
        ]
      case .bounded(let range, let words):
        return [
          "form": "bound", "range": .array([.number(range.lower), .number(range.upper)]),
          "lowerOpen": .bool(range.lowerOpen), "upperOpen": .bool(range.upperOpen),
          "words": words.map { .string($0) } ?? .null,
        ]
      case .labelOnly: return ["form": "label"]
      case .notComparable(let coverage):
        return [
          "form": "notComparable",
          "coverage": .array([
            .number(Double(coverage.questionsWithEvidence)), .number(Double(coverage.questions)),
          ]),
        ]
      case .undefined(let why): return ["form": "undefined", "reason": .string(why)]
      case .absent(let why): return ["form": "absent", "reason": .string(why)]
      }
    }
    return .object([
      "schemaVersion": 1,
      "kind": "trend",
      "threshold": .number(Double(trend.threshold)),
      "inspections": .array(
        trend.inspections.map { inspection in
          .object([
            "name": .string(inspection.name), "date": .string(inspection.date),
            "framework": .string(inspection.framework.label),
            "fingerprint": .string(inspection.fingerprint),
            "figures": .string(source(inspection)),
          ])
        }),
      "frameworkChanges": .array(
        trend.changes.map { change in
          .object([
            "after": .string(trend.inspections[change.after].name),
            "before": .string(trend.inspections[change.after + 1].name),
            "from": .string(change.from), "to": .string(change.to),
          ])
        }),
      "series": .array(
        trend.series.map { series in
          .object([
            "construct": .string(series.construct.description),
            "title": .string(series.title),
            "concepts": .array(series.concepts.map { .string($0) }),
            "points": .array(
              series.points.map { point in
                var object = value(point.value)
                let inspection = trend.inspections[point.inspection]
                object["inspection"] = .string(inspection.name)
                object["date"] = .string(inspection.date)
                object["framework"] = .string(inspection.framework.label)
                object["item"] =
                  point.item.map {
                    .object([
                      "kind": .string($0.kind), "id": .string($0.id), "title": .string($0.title),
                    ])
                  } ?? .null
                object["label"] = point.label.map { .string($0) } ?? .null
                object["evidence"] = .string(point.coverage)
                return .object(object)
              }),
          ])
        }),
    ])
  }
}
