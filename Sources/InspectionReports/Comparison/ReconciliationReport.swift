import InspectionComparison
import InspectionSchema
import InspectionSupport

/// Renders a ``Reconciliation`` as text, Markdown or canonical JSON.
///
/// ```swift
/// print(ReconciliationReport.render(reconciliation, as: .text))
/// ```
public enum ReconciliationReport {
  /// The reconciliation in `format`, newline-terminated and deterministic.
  public static func render(_ reconciliation: Reconciliation, as format: ReportDocument.Format)
    -> String
  {
    if format == .json { return CanonicalJSON.pretty(json(reconciliation)) + "\n" }
    let r = reconciliation
    var report = ReportDocument(
      title: "Reconcile published figures (\(r.publishedUnder)) with \(r.framework.id)@"
        + "\(r.framework.version)")
    let checked = Reconciliation.Check.allCases.compactMap { check in
      r.checks[check].map { "\($0) \(check.rawValue)" }
    }
    let new = r.divergences.filter { $0.status == .new }.count
    report.paragraph(
      "Checks: " + (checked.isEmpty ? "none" : checked.joined(separator: ", ")) + ".\n"
        + "Divergences: \(r.divergences.count) (\(new) new, "
        + "\(r.divergences.filter { $0.status == .known }.count) known, "
        + "\(r.divergences.filter { $0.status == .override }.count) kept as published).")
    report.heading("Divergences")
    report.table(
      [
        .left("INSPECTION"), .left("KIND"), .left("ID"), .left("CHECK"), .left("PUBLISHED"),
        .left("EXPECTED"), .right("SIZE"), .left("ROUNDING?"), .left("STATUS"),
      ],
      rows: r.divergences.map(row))
    if !r.divergences.isEmpty {
      report.paragraph(
        r.divergences.map { "- \($0.inspection) \($0.kind.rawValue) \($0.id): \($0.detail)" }
          .joined(separator: "\n"))
    }
    if !r.unreproduced.isEmpty {
      report.heading("Recorded in the file, not reproduced here")
      report.table(
        [
          .left("INSPECTION"), .left("KIND"), .left("ID"), .left("PUBLISHED"),
          .left("EXPECTED"), .right("SIZE"),
        ],
        rows: r.unreproduced.map {
          [
            $0.inspection, $0.kind.rawValue, $0.id, $0.published, $0.expected,
            Figures.change($0.size),
          ]
        })
    }
    if !r.notCheckable.isEmpty {
      report.heading("Not checkable")
      report.paragraph(r.notCheckable.map { "- \($0)" }.joined(separator: "\n"))
    }
    report.paragraph(
      "SIZE is published minus expected, in points (for a label, how far the printed "
        + "percentage lies outside the printed band). ROUNDING? says whether rounding the "
        + "printed whole numbers could explain it.")
    return report.render(format)
  }

  private static func row(_ d: Reconciliation.Divergence) -> [String] {
    [
      d.inspection, d.kind.rawValue, d.id, d.check.rawValue, d.published, d.expected,
      Figures.change(d.size), d.beyondRounding ? "no" : "possible", status(d.status),
    ]
  }

  private static func status(_ status: Reconciliation.Status) -> String {
    switch status {
    case .known: "known"
    case .override: "kept as published"
    case .new: "NEW"
    case .recorded: "recorded"
    }
  }

  /// The reconciliation as a JSON value.
  public static func json(_ r: Reconciliation) -> JSONValue {
    func divergence(_ d: Reconciliation.Divergence) -> JSONValue {
      .object([
        "inspection": .string(d.inspection), "id": .string(d.id), "kind": .string(d.kind.rawValue),
        "check": .string(d.check.rawValue), "published": .string(d.published),
        "expected": .string(d.expected), "size": Figures.json(d.size),
        "beyondRounding": .bool(d.beyondRounding), "status": .string(d.status.rawValue),
        "detail": .string(d.detail),
      ])
    }
    return .object([
      "schemaVersion": 1,
      "kind": "reconcile",
      "framework": .object([
        "id": .string(r.framework.id), "version": .string(r.framework.version),
        "fingerprint": .string(r.framework.fingerprint),
      ]),
      "publishedUnder": .string(r.publishedUnder),
      "checks": .object(
        Dictionary(
          r.checks.map { ($0.key.rawValue, JSONValue.number(Double($0.value))) },
          uniquingKeysWith: { first, _ in first })),
      "divergences": .array(r.divergences.map(divergence)),
      "unreproduced": .array(r.unreproduced.map(divergence)),
      "notCheckable": .array(r.notCheckable.map { .string($0) }),
    ])
  }
}
