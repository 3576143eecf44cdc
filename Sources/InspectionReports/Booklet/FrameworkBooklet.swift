import InspectionSchema

/// A framework as a booklet for readers: sections, criteria with their standards, questions
/// with their scales and applicability in plain words, themes, how scores are calculated and
/// banded, and the sources and assumptions recorded in the declaration.
///
/// The booklet says what `inspect show` says, in the same words (``FrameworkWording``), laid
/// out as headings and tables, in Markdown or as a self-contained HTML page for print.
///
/// ```swift
/// let html = FrameworkBooklet.html(document, fingerprint: fingerprint,
///                                  provenance: ReportProvenance(inspectionKitVersion: "0.1.0"))
/// ```
public enum FrameworkBooklet {
  /// The booklet as Markdown, ending in a newline.
  public static func markdown(
    _ document: FrameworkDocument, fingerprint: String, provenance: ReportProvenance
  ) -> String {
    BookletBlock.markdown(blocks(document, fingerprint: fingerprint, provenance: provenance))
  }

  /// The booklet as one self-contained HTML page.
  public static func html(
    _ document: FrameworkDocument, fingerprint: String, provenance: ReportProvenance
  ) -> String {
    let blocks = blocks(document, fingerprint: fingerprint, provenance: provenance)
    return HTMLPage.render(
      title: "\(document.title) — framework booklet",
      generator: "InspectionKit \(provenance.inspectionKitVersion)",
      body: BookletBlock.html(blocks))
  }

  static func blocks(
    _ document: FrameworkDocument, fingerprint: String, provenance: ReportProvenance
  ) -> [BookletBlock] {
    var blocks: [BookletBlock] = [
      .paragraph("Framework booklet · \(document.id)@\(document.version)", muted: true),
      .heading(1, document.title),
    ]
    var facts = ["Id \(document.id), version \(document.version)"]
    if let period = document.period { facts.append("in use \(period)") }
    let questions = document.allQuestions.count
    facts.append(
      "\(document.sections.count) sections, \(document.allCriteria.count) criteria, \(questions) questions"
    )
    blocks.append(.paragraph(facts.joined(separator: "; ") + "."))
    if let summary = document.summary { blocks.append(.paragraph(summary)) }
    if let base = document.base {
      blocks.append(.heading(2, "Based on \(base.id)@\(base.version)"))
      blocks.append(.paragraph("Base fingerprint: \(base.fingerprint)"))
      if !base.changes.isEmpty { blocks.append(.list(base.changes)) }
    }
    if let bank = document.subsetOf {
      blocks.append(.heading(2, "Questions from \(bank.label)"))
      var words =
        "This framework asks a subset of the \(bank.label) question bank, word for word: "
        + "it takes " + bank.select.joined(separator: ", ")
      if !bank.exclude.isEmpty { words += ", without " + bank.exclude.joined(separator: ", ") }
      blocks.append(.paragraph(words + ". Bank fingerprint: \(bank.fingerprint)."))
      if FrameworkWording.citesSources(document) {
        blocks.append(
          .paragraph(
            "From: " + FrameworkWording.citation(bank.provenance, in: document), muted: true))
      }
    }

    blocks += calculation(document)
    blocks += provenanceLegend(document)

    if !document.attributes.isEmpty || !document.themes.isEmpty {
      blocks.append(.heading(2, "What is recorded about each case"))
      if !document.attributes.isEmpty {
        blocks.append(
          .table(
            caption: "Case attributes: facts that decide which questions are relevant",
            columns: ["attribute", "what it records", "values"],
            rows: document.attributes.map { [$0.id, $0.title, $0.values.joined(separator: ", ")] }))
      }
      if !document.themes.isEmpty {
        let counts = Dictionary(grouping: document.allQuestions.flatMap(\.themes), by: { $0 })
        blocks.append(
          .table(
            caption: "Themes (threads) that tag questions across criteria",
            columns: ["theme", "title", "questions"],
            rows: document.themes.map { [$0.id, $0.title, String(counts[$0.id]?.count ?? 0)] },
            numeric: [2]))
      }
    }

    for (index, section) in document.sections.enumerated() {
      blocks += sectionBlocks(section, at: index, document: document)
    }

    if !document.headlines.isEmpty {
      blocks.append(.heading(2, "Headlines"))
      let cites = FrameworkWording.citesSources(document)
      blocks.append(
        .table(
          caption: "Headline scores cut across criteria by theme",
          columns: ["headline", "title", "how it is scored", "banded or judged on"]
            + (cites ? ["where it comes from"] : []),
          rows: document.headlines.map {
            [
              $0.id, $0.title, FrameworkWording.headline($0),
              scaleNames(grade: $0.gradeScale, judgement: $0.judgementScale, document: document),
            ]
              + (cites
                ? [
                  [
                    "headline " + cited($0.provenance, document),
                    "rule " + cited($0.ruleProvenance, document),
                    "membership " + cited($0.membershipProvenance, document),
                  ].joined(separator: " · ")
                ] : [])
          }))
    }
    if !document.overall.isEmpty {
      blocks.append(.heading(2, "Overall ratings"))
      let cites = FrameworkWording.citesSources(document)
      blocks.append(
        .table(
          caption: "Overall ratings sum the points of other items' bands or judgements",
          columns: ["rating", "title", "how it is scored"] + (cites ? ["where it comes from"] : []),
          rows: document.overall.map {
            [$0.id, $0.title, FrameworkWording.overall($0)]
              + (cites
                ? [
                  "rating " + cited($0.provenance, document) + " · rule "
                    + cited($0.ruleProvenance, document)
                ] : [])
          }))
    }

    blocks += scaleBlocks(document)

    blocks.append(.heading(2, "Sources and assumptions"))
    if document.sources.isEmpty {
      blocks.append(.paragraph("The declaration records no sources.", muted: true))
    } else {
      blocks.append(
        .table(
          caption: "The published sources the declaration follows",
          columns: ["source", "where to find it", "what the declaration takes from it"],
          rows: document.sources.map {
            [
              ($0.id.map { "\($0): " } ?? "") + $0.citation,
              [$0.reference, $0.url].compactMap { $0 }.joined(separator: "; "), $0.note ?? "",
            ]
          }))
    }
    if document.assumptions.isEmpty {
      blocks.append(.paragraph("The declaration records no assumptions.", muted: true))
    } else {
      blocks.append(.paragraph("Where the sources are silent, the declaration assumes:"))
      blocks.append(.list(document.assumptions))
    }
    blocks.append(.heading(2, "About this booklet"))
    blocks.append(
      .table(
        caption: "Provenance", columns: ["", ""],
        rows: [
          ["Framework", "\(document.id) version \(document.version): \(document.title)"],
          ["Framework fingerprint", fingerprint],
          ["Produced by", "InspectionKit \(provenance.inspectionKitVersion)"],
        ]))
    return blocks
  }

  private static func calculation(_ document: FrameworkDocument) -> [BookletBlock] {
    let presentation = document.presentation
    var items = [
      "A question's score is the share of its relevant cases where the work was sufficient: "
        + "cases answered above the line ÷ cases for which the question is relevant.",
      "A question no case is relevant to has no score (it is undefined, not 0%) and is left out "
        + "of every score above it. Not relevant is not the same as not answered.",
    ]
    let criterionRules = orderedUnique(
      document.allCriteria.filter { !$0.questions.isEmpty }.map(\.rule.explanation))
    if !criterionRules.isEmpty {
      items.append(
        "A criterion's score is the " + criterionRules.joined(separator: "; or the ")
          + " (each criterion below says which).")
    }
    let sectionRules = orderedUnique(
      document.sections.filter { !$0.isGrouping }.map(\.rule.explanation))
    if !sectionRules.isEmpty {
      items.append(
        "A section's score is the " + sectionRules.joined(separator: "; or the ") + ".")
    }
    if document.sections.contains(where: \.isGrouping) {
      items.append(
        "A section marked as a grouping only holds criteria under a heading: it has no score, "
          + "band or judgement of its own.")
    }
    if document.sections.contains(where: { $0.applicability != nil })
      || document.allCriteria.contains(where: { $0.applicability != nil })
    {
      items.append(
        "A section's or criterion's condition (\"relevant only when …\") applies to every "
          + "question in it, on top of the question's own: a question is relevant to a case only "
          + "when all of them hold.")
    }
    items.append(
      "Scores are shown to \(presentation.displayDecimals) decimal place"
        + (presentation.displayDecimals == 1 ? "" : "s")
        + ", rounded half away from zero; a score resting on fewer than "
        + "\(presentation.minimumRelevantCases) relevant cases is marked † and read with care.")
    if !document.gradeScales.isEmpty {
      items.append(
        "Grade scales turn a score into a band with declared bounds; each scale says whether it "
          + "bands the raw score or the displayed (rounded) one, so a report never shows a score "
          + "beside a band it does not fit.")
    }
    if !document.judgementScales.isEmpty {
      items.append(
        "Judgements are labels inspectors record with a rationale. Where a judgement scale names "
          + "an advisory grade scale, the computed band is shown beside the judgement; the "
          + "judgement is the one that counts.")
    }
    if document.sections.contains(where: { $0.override != nil })
      || document.allCriteria.contains(where: { $0.override != nil })
    {
      items.append(
        "Where an item is overridable, inspectors may replace its computed band with another "
          + "band of its grade scale, recording why; reports show the computed band, the "
          + "override and the rationale side by side, and the override is the rating that "
          + "counts.")
    }
    if !document.overall.isEmpty {
      items.append(
        "An overall rating sums the points of its items: a judged item's judgement (never its "
          + "band in the judgement's place), an overridden item's override, any other item's "
          + "band. While any item has no points (undefined, or not yet judged) the overall "
          + "rating is undefined.")
    }
    return [.heading(2, "How scores are calculated"), .list(items)]
  }

  private static func sectionBlocks(
    _ section: FrameworkDocument.Section, at sectionIndex: Int, document: FrameworkDocument
  ) -> [BookletBlock] {
    var blocks: [BookletBlock] = [
      .heading(2, "Section \(section.id): \(section.title)", anchor: "section-\(section.id)")
    ]
    if let standard = section.standard { blocks.append(.quote(standard)) }
    var how =
      section.isGrouping
      ? "A grouping of criteria only: it has no score, band or judgement of its own."
      : "Scored as the \(section.rule.explanation)."
    let scales = scaleNames(
      grade: section.gradeScale, judgement: section.judgementScale, document: document)
    if !scales.isEmpty { how += " " + scales + "." }
    if let policy = section.override {
      how += " " + FrameworkWording.override(policy, sentence: true)
    }
    if let condition = section.applicability {
      how += " Its questions are relevant only when \(condition.explanation)."
    }
    blocks.append(.paragraph(how))
    let cites = FrameworkWording.citesSources(document)
    if cites {
      var from = ["Section from " + cited(section.provenance, document, detail: true)]
      if !section.isGrouping, section.criteria.contains(where: { !$0.questions.isEmpty }) {
        from.append("rule from " + cited(section.ruleProvenance, document, detail: true))
      }
      blocks.append(.paragraph(from.joined(separator: " · "), muted: true))
    }
    for (criterionIndex, criterion) in section.criteria.enumerated() {
      let inherited = document.inheritedApplicability(
        section: sectionIndex, criterion: criterionIndex)
      blocks.append(.heading(3, "\(criterion.id) \(criterion.title)"))
      if let standard = criterion.standard { blocks.append(.quote("Standard: " + standard)) }
      var sentences: [String] = []
      if criterion.questions.isEmpty {
        sentences.append("Judged by inspectors, not computed from questions.")
      } else {
        sentences.append("Scored as the \(criterion.rule.explanation).")
      }
      if let weight = criterion.weight {
        sentences.append("Weight \(DisplayRounding.plain(weight)) in its section.")
      }
      let scales = scaleNames(
        grade: criterion.gradeScale, judgement: criterion.judgementScale, document: document)
      if !scales.isEmpty { sentences.append(scales + ".") }
      if let policy = criterion.override {
        sentences.append(FrameworkWording.override(policy, sentence: true))
      }
      if let condition = criterion.applicability {
        sentences.append("Its questions are relevant only when \(condition.explanation).")
      }
      blocks.append(.paragraph(sentences.joined(separator: " ")))
      if cites {
        var from = ["Criterion from " + cited(criterion.provenance, document, detail: true)]
        if !criterion.questions.isEmpty {
          from.append("rule from " + cited(criterion.ruleProvenance, document, detail: true))
        }
        blocks.append(.paragraph(from.joined(separator: " · "), muted: true))
      }
      if !criterion.questions.isEmpty {
        blocks.append(
          .table(
            caption: "Questions of criterion \(criterion.id)",
            columns: ["id", "question", "relevant when", "answers", "notes"]
              + (cites ? ["where it comes from"] : []),
            rows: criterion.questions.map { question in
              [
                question.id, question.text,
                FrameworkWording.relevance(question, inherited: inherited),
                document.scales.first { $0.id == question.scale }?.title ?? question.scale,
                FrameworkWording.questionDetails(question).filter { !$0.hasPrefix("scale ") }
                  .joined(separator: "; ")
                  + (question.guidance.map { " Guidance: " + $0 } ?? ""),
              ] + (cites ? [cited(question.provenance, document, detail: true)] : [])
            }))
      }
    }
    return blocks
  }

  private static func scaleBlocks(_ document: FrameworkDocument) -> [BookletBlock] {
    var blocks: [BookletBlock] = []
    if !document.gradeScales.isEmpty {
      blocks.append(.heading(2, "Grade scales"))
      for scale in document.gradeScales {
        blocks.append(
          .table(
            caption: "\(scale.title) (\(scale.id); \(FrameworkWording.basis(scale)))",
            columns: ["band", "bounds", "points", "meaning"],
            rows: ScoreWording.bestFirst(scale.bands).map {
              [
                $0.label, $0.boundsDescription, $0.points.map(DisplayRounding.plain) ?? "",
                $0.meaning ?? "",
              ]
            },
            numeric: [2]))
        blocks += scaleFrom(scale.provenance, document)
      }
    }
    if !document.judgementScales.isEmpty {
      blocks.append(.heading(2, "Judgement scales"))
      for scale in document.judgementScales {
        let advisory =
          scale.advisory.map { id in
            "; advisory band from " + (document.gradeScales.first { $0.id == id }?.title ?? id)
          } ?? ""
        blocks.append(
          .table(
            caption: "\(scale.title) (\(scale.id)\(advisory))",
            columns: ["label", "points", "meaning"],
            rows: scale.labels.map {
              [$0.label, $0.points.map(DisplayRounding.plain) ?? "", $0.meaning ?? ""]
            },
            numeric: [1]))
        blocks += scaleFrom(scale.provenance, document)
      }
    }
    blocks.append(.heading(2, "Answer scales"))
    for scale in document.scales {
      blocks.append(
        .table(
          caption: "\(scale.title) (\(scale.id))", columns: ["code", "answer", "counts as"],
          rows: scale.options.map { [$0.code, $0.label, FrameworkWording.effect($0.effect)] }))
      blocks += scaleFrom(scale.provenance, document)
    }
    return blocks
  }

  /// Where the parts come from: the markers, what they mean and how many questions rest on
  /// each; nothing when the framework cites no source.
  private static func provenanceLegend(_ document: FrameworkDocument) -> [BookletBlock] {
    guard FrameworkWording.citesSources(document) else { return [] }
    let summary = ProvenanceSummary(document)
    var blocks: [BookletBlock] = [
      .heading(2, "Where each part comes from"),
      .paragraph(
        "Each section, criterion, question, scale, rule and headline below is marked with what it "
          + "rests on in its published source and where in that source it comes from, as the "
          + "source numbers or heads it. A placeholder is our wording, not the inspectorate's; an "
          + "inferred rule is ours, and says which printed results it reproduces."),
    ]
    func parts(_ basis: ProvenanceBasis?) -> String {
      String(
        summary.counts.reduce(0) { total, counts in
          total + (basis.map { counts[$0] } ?? counts.notCited)
        })
    }
    var rows = ProvenanceBasis.allCases.map { basis in
      [
        "[\(basis.marker)]", basis.title, basis.meaning, String(summary.questions[basis]),
        parts(basis),
      ]
    }
    if !summary.notCited.isEmpty {
      rows.append([
        "[-]", "not cited", "no provenance recorded", String(summary.questions.notCited),
        parts(nil),
      ])
    }
    rows.append([
      "", "all", "", String(summary.questionTotal),
      String(summary.counts.reduce(0) { $0 + $1.total }),
    ])
    blocks.append(
      .table(
        caption: "The markers, and how many questions (and parts of every kind) rest on each basis",
        columns: ["mark", "basis", "what it means", "questions", "all parts"], rows: rows,
        numeric: [3, 4]))
    return blocks
  }

  /// `[W] General criterion 1.1, Strengths (a)`, with the quote or note when `detail` is set.
  private static func cited(
    _ provenance: FrameworkDocument.Provenance?, _ document: FrameworkDocument,
    detail: Bool = false
  ) -> String {
    var text = FrameworkWording.citation(provenance, in: document)
    guard detail, let provenance else { return text }
    if let quote = provenance.quote { text += ": “\(quote)”" }
    if let note = provenance.note { text += " — " + note }
    return text
  }

  /// A muted line under a scale's table saying where the scale comes from, when the framework
  /// cites sources.
  private static func scaleFrom(
    _ provenance: FrameworkDocument.Provenance?, _ document: FrameworkDocument
  ) -> [BookletBlock] {
    guard FrameworkWording.citesSources(document) else { return [] }
    return [.paragraph("Scale from " + cited(provenance, document, detail: true), muted: true)]
  }

  /// `Banded on Criterion conclusions; judged on Standard met`, or empty.
  private static func scaleNames(grade: String?, judgement: String?, document: FrameworkDocument)
    -> String
  {
    var parts: [String] = []
    if let grade {
      parts.append("Banded on " + (document.gradeScales.first { $0.id == grade }?.title ?? grade))
    }
    if let judgement {
      let title = document.judgementScales.first { $0.id == judgement }?.title ?? judgement
      parts.append((parts.isEmpty ? "Judged on " : "judged on ") + title)
    }
    return parts.joined(separator: "; ")
  }

  private static func orderedUnique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
