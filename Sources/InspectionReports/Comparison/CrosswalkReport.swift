import InspectionComparison
import InspectionSchema
import InspectionSupport

/// `inspect crosswalk show A B`: every question of the target framework with the source
/// question it corresponds to and how, or `none` with the reason; the criteria, sections and
/// headlines set on one row; and the coverage per criterion, section and headline.
///
/// Every question of B appears once, in B's order, with its strongest mapping's relation
/// (`equal`, then `broader` or `narrower`, then `overlapping`) or `none`, and a reason; all
/// its mappings follow with their basis (derived from a concept, declared, or refined) and
/// the citations of both reports. Text, Markdown and JSON carry the same content.
///
/// ```swift
/// print(CrosswalkReport.render(document, from: omi2008, to: omi2, carried: [.equal], as: .text))
/// ```
public enum CrosswalkReport {
  /// One target question's line: its strongest relation (or `none`) and reason.
  public struct Line: Sendable {
    /// The target question.
    public var question: FrameworkDocument.Question
    /// Its criterion's id.
    public var criterion: String
    /// The mappings reaching it, strongest first.
    public var mappings: [CrosswalkDocument.Mapping]
    /// The unmapped entry, when no mapping reaches it.
    public var unmapped: CrosswalkDocument.Unmapped?

    /// The strongest relation, or `none`.
    public var relation: CrosswalkRelation { mappings.first?.relation ?? .none }
    /// The strongest mapping's reason, or the unmapped reason.
    public var reason: String { mappings.first?.reason ?? unmapped?.reason ?? "" }
  }

  /// Coverage of one criterion, section or headline of the target framework.
  public struct ItemCoverage: Sendable {
    public var kind: String
    public var id: String
    public var title: String
    /// Questions of the item.
    public var questions: Int
    /// Questions some mapping reaches (any relation but `none`).
    public var mapped: Int
    /// Questions a carrying mapping reaches.
    public var carried: Int
  }

  /// Every target question's line, in target order.
  public static func lines(_ crosswalk: CrosswalkDocument, to target: FrameworkDocument) -> [Line] {
    func rank(_ relation: CrosswalkRelation) -> Int {
      switch relation {
      case .equal: 0
      case .broader, .narrower: 1
      case .overlapping: 2
      case .none: 3
      }
    }
    let unmapped = Dictionary(
      crosswalk.unmapped.map { ($0.to, $0) }, uniquingKeysWith: { first, _ in first })
    return target.allCriteria.flatMap { criterion in
      criterion.questions.map { question in
        let reaching = crosswalk.mappings.enumerated()
          .filter { $0.element.to == question.id && $0.element.relation != .none }
          .sorted {
            (rank($0.element.relation), $0.offset) < (rank($1.element.relation), $1.offset)
          }
          .map(\.element)
        return Line(
          question: question, criterion: criterion.id, mappings: reaching,
          unmapped: reaching.isEmpty ? unmapped[question.id] : nil)
      }
    }
  }

  /// Coverage per criterion, section and headline of the target, then the whole framework.
  public static func coverage(
    _ lines: [Line], target: FrameworkDocument, carried: Set<CrosswalkRelation>
  ) -> [ItemCoverage] {
    let byID = Dictionary(lines.map { ($0.question.id, $0) }, uniquingKeysWith: { a, _ in a })
    func count(_ kind: String, _ id: String, _ title: String, _ ids: [String]) -> ItemCoverage {
      let found = ids.compactMap { byID[$0] }
      return ItemCoverage(
        kind: kind, id: id, title: title, questions: found.count,
        mapped: found.filter { !$0.mappings.isEmpty }.count,
        carried: found.filter { line in
          line.mappings.contains { carried.contains($0.relation) }
        }.count)
    }
    var rows: [ItemCoverage] = target.allCriteria.map {
      count("criterion", $0.id, $0.title, $0.questions.map(\.id))
    }
    rows += target.sections.map {
      count("section", $0.id, $0.title, $0.criteria.flatMap(\.questions).map(\.id))
    }
    rows += target.headlines.map { headline in
      let ids = target.sections
        .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
        .flatMap { $0.criteria.flatMap(\.questions) }
        .filter { $0.themes.contains(headline.theme) }.map(\.id)
      return count("headline", headline.id, headline.title, ids)
    }
    rows.append(count("framework", target.label, target.title, target.allQuestions.map(\.id)))
    return rows
  }

  /// The crosswalk in `format`, newline-terminated and deterministic.
  public static func render(
    _ crosswalk: CrosswalkDocument, from source: FrameworkDocument, to target: FrameworkDocument,
    carried: Set<CrosswalkRelation>, concepts: ConceptCatalogDocument? = nil,
    as format: ReportDocument.Format
  ) -> String {
    let lines = lines(crosswalk, to: target)
    let coverage = coverage(lines, target: target, carried: carried)
    if format == .json {
      return CanonicalJSON.pretty(
        json(
          crosswalk, from: source, to: target, lines: lines, coverage: coverage, carried: carried))
        + "\n"
    }
    let carriedWords = CrosswalkRelation.allCases.filter(carried.contains).map(\.rawValue)
    var report = ReportDocument(
      title: "Crosswalk \(source.label) → \(target.label)"
        + (crosswalk.title.map { ": \($0)" } ?? ""))
    let total = coverage.last
    report.paragraph(
      [
        "Every question of \(target.label) (\(lines.count)), with the \(source.label) question it "
          + "corresponds to and how (read from \(source.label)'s side), or none with the reason.",
        crosswalk.concepts.map {
          "Derived from the concepts both frameworks measure (catalog \($0.label)), with the "
            + "crosswalk's own entries; basis: concept (derived), declared (an entry), refined "
            + "(derived, then changed by an entry)."
        } ?? "The frameworks share no concept catalog: the crosswalk's entries are all there is.",
        "Mapped: \(total?.mapped ?? 0) of \(lines.count) questions; carried (answers cross over "
          + "\(carriedWords.joined(separator: ", ")) mappings): \(total?.carried ?? 0).",
      ].joined(separator: "\n"))
    report.heading("Coverage per criterion, section and headline")
    report.table(
      [
        .left("KIND"), .left("ID"), .left("TITLE"), .right("QUESTIONS"), .right("MAPPED"),
        .right("CARRIED"),
      ],
      rows: coverage.map {
        [$0.kind, $0.id, $0.title, "\($0.questions)", "\($0.mapped)", "\($0.carried)"]
      })
    report.heading("Questions of \(target.label)")
    if format == .markdown {
      report.table(
        [
          .left("question"), .left("relation"), .left(source.label), .left("basis"),
          .left("reason"), .left("where the reports say so"),
        ],
        rows: lines.flatMap { line -> [[String]] in
          guard !line.mappings.isEmpty else {
            return [
              [
                line.question.id, "none", "", line.unmapped?.basis.rawValue ?? "",
                line.reason.isEmpty ? "(no reason recorded)" : line.reason,
                cites(line.unmapped?.citations, source: source, target: target),
              ]
            ]
          }
          return line.mappings.enumerated().map { index, mapping in
            [
              index == 0 ? line.question.id : "", mapping.relation.rawValue, mapping.from,
              mapping.basis?.rawValue ?? "declared", mapping.reason ?? "(no reason recorded)",
              cites(mapping.citations, source: source, target: target),
            ]
          }
        })
    } else {
      var text: [String] = []
      for criterion in target.allCriteria {
        let group = lines.filter { $0.criterion == criterion.id }
        guard !group.isEmpty else { continue }
        text.append("\(criterion.id) \(criterion.title)")
        for line in group {
          text.append("  \(line.question.id)  \(line.question.text)")
          if line.mappings.isEmpty {
            text.append(
              "      none: " + (line.reason.isEmpty ? "(no reason recorded)" : line.reason))
            let where_ = cites(line.unmapped?.citations, source: source, target: target)
            if !where_.isEmpty { text.append("        \(where_)") }
          }
          for mapping in line.mappings {
            text.append(
              "      \(mapping.relation.rawValue) ← \(mapping.from) "
                + "(\(mapping.basis?.rawValue ?? "declared")): "
                + (mapping.reason ?? "(no reason recorded)"))
            let where_ = cites(mapping.citations, source: source, target: target)
            if !where_.isEmpty { text.append("        \(where_)") }
          }
        }
      }
      report.paragraph(text.joined(separator: "\n"))
    }
    let none = crosswalk.mappings.filter { $0.relation == .none }
    if !none.isEmpty {
      report.heading("Questions of \(source.label) declared without a counterpart")
      report.table(
        [.left("QUESTION"), .left("REASON")],
        rows: none.map { [$0.from, $0.reason ?? "(no reason recorded)"] })
    }
    report.heading("Criteria, sections and headlines")
    report.table(
      [
        .left("KIND"), .left(source.label), .left(target.label), .left("RELATION"),
        .left("BASIS"), .left("REASON"),
      ],
      rows: crosswalk.items.map {
        [
          $0.kind.rawValue, $0.from, $0.to,
          $0.relation == .equal ? "same row" : $0.relation.rawValue,
          $0.basis.rawValue, $0.reason,
        ]
      })
    if !crosswalk.vetoed.isEmpty {
      report.heading("Vetoed")
      report.table(
        [.left(source.label), .left(target.label), .left("REASON")],
        rows: crosswalk.vetoed.map { [$0.from, $0.to ?? "", $0.reason ?? ""] })
    }
    report.heading("Sources cited")
    report.table(
      [.left("SIDE"), .left("ID"), .left("SOURCE")],
      rows: sources(source, target).map { [$0.side, $0.id, $0.citation] })
    return report.render(format)
  }

  /// "from westmercia-2008: General criterion 1.2, Strengths (a); to …".
  static func cites(
    _ citations: [CrosswalkDocument.Citation]?, source: FrameworkDocument,
    target: FrameworkDocument
  ) -> String {
    (citations ?? []).map { citation in
      let label = citation.side == .from ? source.label : target.label
      return "\(label) [\(citation.source)] \(citation.location)"
    }.joined(separator: "; ")
  }

  private static func sources(_ source: FrameworkDocument, _ target: FrameworkDocument)
    -> [(side: String, id: String, citation: String)]
  {
    source.sources.compactMap { reference in
      reference.id.map { (source.label, $0, reference.citation) }
    }
      + target.sources.compactMap { reference in
        reference.id.map { (target.label, $0, reference.citation) }
      }
  }

  /// The crosswalk as a JSON value.
  public static func json(
    _ crosswalk: CrosswalkDocument, from source: FrameworkDocument, to target: FrameworkDocument,
    lines: [Line], coverage: [ItemCoverage], carried: Set<CrosswalkRelation>
  ) -> JSONValue {
    func citations(_ list: [CrosswalkDocument.Citation]?) -> JSONValue {
      .array(
        (list ?? []).map { citation in
          var object: [String: JSONValue] = [
            "side": .string(citation.side.rawValue), "source": .string(citation.source),
            "location": .string(citation.location),
          ]
          if let quote = citation.quote { object["quote"] = .string(quote) }
          return .object(object)
        })
    }
    func mapping(_ mapping: CrosswalkDocument.Mapping) -> JSONValue {
      .object([
        "from": .string(mapping.from), "to": mapping.to.map { .string($0) } ?? .null,
        "relation": .string(mapping.relation.rawValue),
        "reason": .string(mapping.reason ?? ""),
        "basis": .string(mapping.basis?.rawValue ?? "declared"),
        "concept": mapping.concept.map { .string($0) } ?? .null,
        "carries": .bool(carried.contains(mapping.relation)),
        "citations": citations(mapping.citations),
      ])
    }
    func framework(_ document: FrameworkDocument, _ reference: CrosswalkDocument.FrameworkReference)
      -> JSONValue
    {
      .object([
        "id": .string(document.id), "version": .string(document.version),
        "title": .string(document.title), "fingerprint": .string(reference.fingerprint),
        "questions": .number(Double(document.allQuestions.count)),
      ])
    }
    return .object([
      "schemaVersion": 1,
      "kind": "crosswalk",
      "from": framework(source, crosswalk.from),
      "to": framework(target, crosswalk.to),
      "title": crosswalk.title.map { .string($0) } ?? .null,
      "concepts": crosswalk.concepts.map {
        .object([
          "id": .string($0.id), "version": .string($0.version),
          "fingerprint": .string($0.fingerprint),
        ])
      } ?? .null,
      "carried": .array(
        CrosswalkRelation.allCases.filter(carried.contains).map { .string($0.rawValue) }),
      "questions": .array(
        lines.map { line in
          var object: [String: JSONValue] = [
            "id": .string(line.question.id), "text": .string(line.question.text),
            "criterion": .string(line.criterion),
            "relation": .string(line.relation.rawValue), "reason": .string(line.reason),
            "mappings": .array(line.mappings.map(mapping)),
          ]
          if let unmapped = line.unmapped {
            object["basis"] = .string(unmapped.basis.rawValue)
            object["citations"] = citations(unmapped.citations)
          }
          return .object(object)
        }),
      "withoutCounterpart": .array(
        crosswalk.mappings.filter { $0.relation == .none }.map(mapping)),
      "items": .array(
        crosswalk.items.map { item in
          .object([
            "kind": .string(item.kind.rawValue), "from": .string(item.from),
            "to": .string(item.to), "relation": .string(item.relation.rawValue),
            "sameRow": .bool(item.relation == .equal), "reason": .string(item.reason),
            "basis": .string(item.basis.rawValue),
            "concept": item.concept.map { .string($0) } ?? .null,
            "citations": citations(item.citations),
          ])
        }),
      "vetoed": .array(crosswalk.vetoed.map(mapping)),
      "coverage": .array(
        coverage.map { row in
          .object([
            "kind": .string(row.kind), "id": .string(row.id), "title": .string(row.title),
            "questions": .number(Double(row.questions)), "mapped": .number(Double(row.mapped)),
            "carried": .number(Double(row.carried)),
          ])
        }),
    ])
  }
}
