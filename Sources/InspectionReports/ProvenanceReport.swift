import InspectionSchema
import InspectionSupport

/// A framework's provenance as a report: its sources, how many parts rest on each basis (the
/// question counts add up to the number of questions), and every placeholder, inferred rule and
/// uncited part. What `inspect provenance` prints, as text, Markdown or canonical JSON.
///
/// ```swift
/// print(ProvenanceReport.text(document, fingerprint: fingerprint))
/// // … Questions by basis (204): printed figure 172, printed in words 32 …
/// ```
public enum ProvenanceReport {
  /// The report as plain text, ending in a newline.
  public static func text(_ document: FrameworkDocument, fingerprint: String) -> String {
    let summary = ProvenanceSummary(document)
    var lines = [
      "\(document.id) \(document.version): \(document.title) — where each part comes from",
      "Fingerprint: \(fingerprint)",
      historicalSentence(summary),
    ]
    lines += ["", "Sources"]
    lines +=
      document.sources.isEmpty
      ? ["  none declared"] : document.sources.map { "  " + FrameworkWording.source($0) }

    lines += ["", "Questions by basis (\(summary.questionTotal))"]
    var table = TextTable(columns: [.left("MARK"), .left("BASIS"), .right("QUESTIONS")])
    for basis in ProvenanceBasis.allCases {
      table.add(["[\(basis.marker)]", basis.title, String(summary.questions[basis])])
    }
    table.add(["[-]", "not cited", String(summary.questions.notCited)])
    table.add(["", "all questions", String(summary.questionTotal)])
    lines.append(table.render(indent: 2))

    lines += ["", "Every part by basis"]
    var parts = TextTable(
      columns: [.left("PART")] + ProvenanceBasis.allCases.map { .right($0.marker) }
        + [.right("-"), .right("ALL")])
    for counts in summary.counts {
      parts.add(
        [counts.label] + ProvenanceBasis.allCases.map { String(counts[$0]) }
          + [String(counts.notCited), String(counts.total)])
    }
    lines.append(parts.render(indent: 2))
    lines.append(
      "  "
        + ProvenanceBasis.allCases.map { "\($0.marker) \($0.title)" }.joined(separator: ", ")
        + ", - not cited")

    lines += listing("Placeholders (our wording)", summary.placeholders, document)
    lines += listing("Inferred rules", summary.inferredRules, document)
    lines += listing("Not cited", summary.notCited, document)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as Markdown, ending in a newline.
  public static func markdown(_ document: FrameworkDocument, fingerprint: String) -> String {
    let summary = ProvenanceSummary(document)
    func cell(_ text: String) -> String { MarkdownText.cell(text) }
    var lines = [
      "# \(MarkdownText.escape(document.title)): where each part comes from", "",
      "`\(document.id)@\(document.version)` · `\(fingerprint)`", "",
      MarkdownText.escape(historicalSentence(summary)), "", "## Sources", "",
    ]
    if document.sources.isEmpty {
      lines.append("None declared.")
    } else {
      lines += ["| id | source | where to find it |", "|---|---|---|"]
      lines += document.sources.map {
        "| \(cell($0.id ?? "")) | \(cell($0.citation)) | "
          + "\(cell([$0.reference, $0.url].compactMap { $0 }.joined(separator: "; "))) |"
      }
    }
    lines += [
      "", "## Questions by basis", "", "| mark | basis | what it means | questions |",
      "|---|---|---|---:|",
    ]
    for basis in ProvenanceBasis.allCases {
      lines.append(
        "| [\(basis.marker)] | \(basis.title) | \(cell(basis.meaning)) | \(summary.questions[basis]) |"
      )
    }
    lines.append("| [-] | not cited | no provenance recorded | \(summary.questions.notCited) |")
    lines.append("| | **all questions** | | **\(summary.questionTotal)** |")
    lines += [
      "", "## Every part by basis", "",
      "| part | " + ProvenanceBasis.allCases.map { "[\($0.marker)]" }.joined(separator: " | ")
        + " | [-] | all |",
      "|---|" + String(repeating: "---:|", count: ProvenanceBasis.allCases.count + 2),
    ]
    for counts in summary.counts {
      lines.append(
        "| \(counts.label) | "
          + ProvenanceBasis.allCases.map { String(counts[$0]) }.joined(separator: " | ")
          + " | \(counts.notCited) | \(counts.total) |")
    }
    for (title, items) in [
      ("Placeholders (our wording)", summary.placeholders),
      ("Inferred rules", summary.inferredRules), ("Not cited", summary.notCited),
    ] {
      lines += ["", "## \(title) (\(items.count))", ""]
      if items.isEmpty {
        lines.append("None.")
      } else {
        lines += ["| part | where it comes from |", "|---|---|"]
        lines += items.map {
          "| \(cell($0.description)) | \(cell(FrameworkWording.citation($0.provenance, in: document)))"
            + (($0.provenance?.note).map { " — " + cell($0) } ?? "") + " |"
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as a JSON value: counts per basis, and the listed parts with their paths.
  public static func value(_ document: FrameworkDocument, fingerprint: String) -> JSONValue {
    let summary = ProvenanceSummary(document)
    func counts(_ counts: ProvenanceSummary.Counts) -> JSONValue {
      var members: [String: JSONValue] = [
        "notCited": .number(Double(counts.notCited)), "total": .number(Double(counts.total)),
      ]
      for basis in ProvenanceBasis.allCases {
        members[basis.rawValue] = .number(Double(counts[basis]))
      }
      return .object(members)
    }
    func item(_ item: ProvenanceItem) -> JSONValue {
      var members: [String: JSONValue] = [
        "kind": .string(item.kind.rawValue), "aspect": .string(item.aspect.rawValue),
        "id": .string(item.id), "path": .string(item.path),
      ]
      if let provenance = item.provenance,
        let value = try? JSONValueEncoder().encode(provenance)
      {
        members["provenance"] = value
      }
      return .object(members)
    }
    let sources = (try? JSONValueEncoder().encode(document.sources)) ?? .array([])
    return .object([
      "schemaVersion": 1,
      "kind": "provenance",
      "framework": .object([
        "id": .string(document.id), "version": .string(document.version),
        "title": .string(document.title), "fingerprint": .string(fingerprint),
      ]),
      "historical": .bool(summary.historical),
      "sources": sources,
      "questions": counts(summary.questions),
      "parts": .array(
        summary.counts.map {
          guard case .object(var members) = counts($0) else { return counts($0) }
          members["part"] = .string($0.label)
          return .object(members)
        }),
      "placeholders": .array(summary.placeholders.map(item)),
      "inferredRules": .array(summary.inferredRules.map(item)),
      "notCited": .array(summary.notCited.map(item)),
    ])
  }

  /// The report as pretty canonical JSON, ending in a newline.
  public static func json(_ document: FrameworkDocument, fingerprint: String) -> String {
    CanonicalJSON.pretty(value(document, fingerprint: fingerprint))
  }

  private static func historicalSentence(_ summary: ProvenanceSummary) -> String {
    summary.historical
      ? "Historical: every part must cite a declared source (the compiler checks)."
      : "Not declared historical: citing sources is optional."
  }

  private static func listing(
    _ title: String, _ items: [ProvenanceItem], _ document: FrameworkDocument
  ) -> [String] {
    var lines = ["", "\(title) (\(items.count))"]
    if items.isEmpty { return lines + ["  none"] }
    for item in items {
      lines.append(
        "  \(item.description): \(FrameworkWording.citation(item.provenance, in: document))")
      if let note = item.provenance?.note { lines.append("      \(note)") }
    }
    return lines
  }
}
