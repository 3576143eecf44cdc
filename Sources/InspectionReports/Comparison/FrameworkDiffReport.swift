import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a ``FrameworkDiff`` and, with a sample, what the difference does to its scores.
///
/// ```swift
/// print(FrameworkDiffReport.render(diff, impact: nil, as: .text))
/// ```
public enum FrameworkDiffReport {
  /// What a sample scores under both frameworks, item by item.
  public struct Impact: Sendable {
    /// The sample's name.
    public var sample: String
    /// How evidence crossed from the older framework to the newer.
    public var carriedBy: String
    /// The sample's scores under the older framework.
    public var before: ScoreResult
    /// The carried evidence's scores under the newer framework.
    public var after: ScoreResult

    /// Creates an impact.
    public init(sample: String, carriedBy: String, before: ScoreResult, after: ScoreResult) {
      self.sample = sample
      self.carriedBy = carriedBy
      self.before = before
      self.after = after
    }
  }

  /// The diff in `format`, newline-terminated and deterministic.
  public static func render(
    _ diff: FrameworkDiff, impact: Impact?, as format: ReportDocument.Format
  ) -> String {
    if format == .json { return CanonicalJSON.pretty(json(diff, impact: impact)) + "\n" }
    var report = ReportDocument(title: "Diff \(diff.from) → \(diff.to)")
    report.paragraph(
      diff.counts.isEmpty
        ? "No structural difference."
        : diff.counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + ".")
    for element in FrameworkDiff.Element.allCases {
      let changes = diff.changes.filter { $0.element == element }
      guard !changes.isEmpty else { continue }
      report.heading(element.rawValue.capitalized + "s")
      report.table(
        [.left("ID"), .left("CHANGE"), .left("BEFORE"), .left("AFTER")],
        rows: changes.map { [$0.id, $0.change.rawValue, short($0.before), short($0.after)] })
    }
    if let impact {
      report.heading("What it does to \(impact.sample)")
      report.paragraph("Evidence carried by \(impact.carriedBy).")
      report.table(
        [
          .left("KIND"), .left("ID"), .right(diff.from), .right(diff.to), .right("CHANGE"),
          .left("BAND"),
        ],
        rows: rows(impact))
    }
    return report.render(format)
  }

  private static func rows(_ impact: Impact) -> [[String]] {
    let decimals = impact.after.displayDecimals
    var rows: [[String]] = []
    var seen = Set<String>()
    for item in impact.before.items + impact.after.items {
      guard seen.insert("\(item.kind.rawValue) \(item.id)").inserted else { continue }
      let before = impact.before.items.first { $0.kind == item.kind && $0.id == item.id }
      let after = impact.after.items.first { $0.kind == item.kind && $0.id == item.id }
      let change = before?.value.flatMap { b in after?.value.map { $0 - b } }
      let band: String
      switch (before?.band?.label, after?.band?.label) {
      case (let b?, let a?) where a == b: band = a
      case (nil, nil): band = ""
      case (let b, let a): band = "\(b ?? "–") → \(a ?? "–")"
      }
      rows.append([
        item.kind.rawValue, item.id,
        before.map { Figures.percent($0.value, decimals: decimals, kind: $0.kind) } ?? "",
        after.map { Figures.percent($0.value, decimals: decimals, kind: $0.kind) } ?? "",
        Figures.change(change), band,
      ])
    }
    return rows
  }

  private static func short(_ text: String?) -> String {
    guard let text else { return "" }
    let line = text.split(separator: "\n").joined(separator: " ")
    return line.count > 70 ? String(line.prefix(69)) + "…" : line
  }

  /// The diff as a JSON value.
  public static func json(_ diff: FrameworkDiff, impact: Impact?) -> JSONValue {
    var object: [String: JSONValue] = [
      "schemaVersion": 1,
      "kind": "diff",
      "from": .string(diff.from),
      "to": .string(diff.to),
      "changes": .array(
        diff.changes.map { change in
          .object([
            "element": .string(change.element.rawValue), "id": .string(change.id),
            "change": .string(change.change.rawValue),
            "before": change.before.map { .string($0) } ?? .null,
            "after": change.after.map { .string($0) } ?? .null,
          ])
        }),
    ]
    if let impact {
      func items(_ result: ScoreResult) -> JSONValue {
        .array(
          result.items.map {
            .object([
              "id": .string($0.id), "kind": .string($0.kind.rawValue),
              "value": Figures.json($0.value), "band": $0.band.map { .string($0.label) } ?? .null,
            ])
          })
      }
      object["impact"] = .object([
        "sample": .string(impact.sample), "carriedBy": .string(impact.carriedBy),
        "before": items(impact.before), "after": items(impact.after),
      ])
    }
    return .object(object)
  }
}
