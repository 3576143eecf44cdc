import InspectionComparison
import InspectionSchema
import InspectionSupport

/// Renders a ``Reconciliation`` as text, Markdown or canonical JSON: every printed figure as
/// reproduced, divergent or not checkable (with the reason), and every question finding as used
/// by a check or not (with the reason).
///
/// ```swift
/// print(ReconciliationReport.render(reconciliation, as: .text))
/// ```
public enum ReconciliationReport {
  /// The comparison rule, in the words the reports and `docs/published-files.md` use.
  public static let rule =
    "A printed figure is reproduced when a value the framework's rule gives from the printed "
    + "figures below it rounds half away from zero to it (a printed whole percentage p stands "
    + "for [p - 0.5, p + 0.5)). When an input is a bound or approximate (± its tolerance, 5 "
    + "points unless the file says), the rule gives a range and the check is a bound check: "
    + "reproduced when some value of the range rounds to the printed figure."

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
    let divergences = r.divergences
    let used = r.findings.filter { !$0.usedBy.isEmpty }.count
    report.paragraph(
      "Checks: " + (checked.isEmpty ? "none" : checked.joined(separator: ", ")) + ": "
        + "\(r.reproduced.count) reproduced, \(divergences.count) divergent ("
        + "\(divergences.filter { $0.status == .new }.count) new, "
        + "\(divergences.filter { $0.status == .known }.count) known, "
        + "\(divergences.filter { $0.status == .override }.count) kept as published).\n"
        + "Not checkable: \(r.notCheckable.count) printed figures, each with the reason below.\n"
        + "Question findings: \(r.findings.count), \(used) read by a check, "
        + "\(r.findings.count - used) not (with the reason below).")
    report.heading("Divergences")
    report.table(
      [
        .left("INSPECTION"), .left("KIND"), .left("ID"), .left("CHECK"), .left("PUBLISHED"),
        .left("EXPECTED"), .right("SIZE"), .left("ROUNDING?"), .left("STATUS"),
      ],
      rows: divergences.map(row))
    if !divergences.isEmpty {
      report.paragraph(
        divergences.map { "- \(name($0)): \($0.detail)" }.joined(separator: "\n"))
    }
    report.heading("Reproduced")
    report.table(
      [
        .left("INSPECTION"), .left("KIND"), .left("ID"), .left("CHECK"), .left("INPUTS"),
        .left("PUBLISHED"), .left("EXPECTED"),
      ],
      rows: r.reproduced.map {
        [
          $0.inspection, $0.kind.rawValue, $0.id, $0.check.rawValue,
          $0.comparison?.rawValue ?? "label", $0.published, $0.expected,
        ]
      })
    if !r.notCheckable.isEmpty {
      report.heading("Not checkable")
      report.paragraph(
        grouped(r.notCheckable.map { ("\($0.inspection) \($0.kind.rawValue)", $0.id, $0.detail) })
          .map { "- \($0.names): \($0.reason)" }.joined(separator: "\n"))
    }
    if !r.unreproduced.isEmpty {
      report.heading("Recorded in the file, not found divergent here")
      report.paragraph(
        r.unreproduced.map { "- \(name($0)) (published \($0.published)): \($0.detail)" }
          .joined(separator: "\n"))
    }
    let unused = r.findings.filter { $0.usedBy.isEmpty }
    if !unused.isEmpty {
      report.heading("Question findings no check read")
      report.paragraph(
        grouped(
          unused.map { finding in
            (
              finding.inspection, finding.id + (finding.stratum.map { " [\($0)]" } ?? ""),
              finding.reason ?? ""
            )
          }
        ).map { "- \($0.names): \($0.reason)" }.joined(separator: "\n"))
    }
    report.paragraph(
      rule + " PUBLISHED is the figure as printed, with the report's words where it gives "
        + "words; EXPECTED is what the rule gives (a range when INPUTS is 'bounds'). SIZE is "
        + "how far the printed figure lies from the nearest value the rule gives, in points "
        + "(for a label, how far the printed percentage lies outside the printed band). "
        + "ROUNDING? says whether rounding the printed whole numbers could explain a "
        + "divergence. See docs/published-files.md.")
    return report.render(format)
  }

  private static func name(_ entry: Reconciliation.Entry) -> String {
    "\(entry.inspection) \(entry.kind.rawValue) \(entry.id)"
  }

  /// Items sharing a reason, in first-seen order, each group's names run together where they
  /// share a prefix: `Bedfordshire section 1, 2, 3; Kent section 1: reason`.
  private static func grouped(_ items: [(prefix: String, id: String, reason: String)])
    -> [(names: String, reason: String)]
  {
    var order: [String] = []
    var names: [String: [(prefix: String, id: String)]] = [:]
    for item in items {
      if names[item.reason] == nil { order.append(item.reason) }
      names[item.reason, default: []].append((item.prefix, item.id))
    }
    return order.map { reason in
      var runs: [(prefix: String, ids: [String])] = []
      for (prefix, id) in names[reason] ?? [] {
        if let last = runs.last, last.prefix == prefix {
          runs[runs.count - 1].ids.append(id)
        } else {
          runs.append((prefix, [id]))
        }
      }
      let text = runs.map { "\($0.prefix) \($0.ids.joined(separator: ", "))" }
        .joined(separator: "; ")
      return (text, reason)
    }
  }

  private static func row(_ d: Reconciliation.Entry) -> [String] {
    [
      d.inspection, d.kind.rawValue, d.id, d.check.rawValue, d.published, d.expected,
      Figures.change(d.size), d.beyondRounding ? "no" : "possible", status(d.status),
    ]
  }

  private static func status(_ status: Reconciliation.Status?) -> String {
    switch status {
    case .known?: "known"
    case .override?: "kept as published"
    case .new?: "NEW"
    case .recorded?: "recorded"
    case nil: ""
    }
  }

  /// The reconciliation as a JSON value.
  public static func json(_ r: Reconciliation) -> JSONValue {
    func entry(_ d: Reconciliation.Entry) -> JSONValue {
      var members: [String: JSONValue] = [
        "inspection": .string(d.inspection), "id": .string(d.id), "kind": .string(d.kind.rawValue),
        "check": .string(d.check.rawValue), "outcome": .string(d.outcome.rawValue),
        "published": .string(d.published), "expected": .string(d.expected),
        "size": Figures.json(d.size), "beyondRounding": .bool(d.beyondRounding),
        "detail": .string(d.detail), "inputs": .array(d.inputs.map { .string($0) }),
      ]
      members["comparison"] = d.comparison.map { .string($0.rawValue) } ?? .null
      members["status"] = d.status.map { .string($0.rawValue) } ?? .null
      return .object(members)
    }
    let divergences = r.divergences
    return .object([
      "schemaVersion": 2,
      "kind": "reconcile",
      "framework": .object([
        "id": .string(r.framework.id), "version": .string(r.framework.version),
        "fingerprint": .string(r.framework.fingerprint),
      ]),
      "publishedUnder": .string(r.publishedUnder),
      "rule": .string(rule),
      "checks": .object(
        Dictionary(
          r.checks.map { ($0.key.rawValue, JSONValue.number(Double($0.value))) },
          uniquingKeysWith: { first, _ in first })),
      "counts": .object([
        "reproduced": .number(Double(r.reproduced.count)),
        "divergent": .number(Double(divergences.count)),
        "new": .number(Double(divergences.filter { $0.status == .new }.count)),
        "notCheckable": .number(Double(r.notCheckable.count)),
        "findings": .number(Double(r.findings.count)),
        "findingsUsed": .number(Double(r.findings.filter { !$0.usedBy.isEmpty }.count)),
      ]),
      "entries": .array(r.entries.map(entry)),
      "divergences": .array(divergences.map(entry)),
      "notCheckable": .array(r.notCheckable.map(entry)),
      "unreproduced": .array(r.unreproduced.map(entry)),
      "findings": .array(
        r.findings.map { finding in
          .object([
            "inspection": .string(finding.inspection), "id": .string(finding.id),
            "stratum": finding.stratum.map { .string($0) } ?? .null,
            "usedBy": .array(finding.usedBy.map { .string($0) }),
            "reason": finding.reason.map { .string($0) } ?? .null,
          ])
        }),
    ])
  }
}
