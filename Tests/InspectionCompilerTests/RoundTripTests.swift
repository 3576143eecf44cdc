import FrameworkCatalog
import InspectionCompiler
import InspectionSchema
import InspectionSupport
import Testing

/// A named document for the round-trip table.
struct RoundTripCase: Sendable, CustomTestStringConvertible {
  let name: String
  let document: FrameworkDocument
  var testDescription: String { name }
}

enum RoundTripTable {
  /// Every aggregation rule, each at a level that accepts it.
  static let rules = Document(
    id: "RULES", version: "2024.1", title: "Every aggregation rule",
    scales: [.yesNo],
    themes: [.init(id: "RoH", title: "Risk of Harm")],
    gradeScales: [Fixtures.conclusion, Fixtures.points],
    judgementScales: [Fixtures.met],
    sections: [
      .init(
        id: "1", title: "Criterion rules", rule: .meanOfCriteria,
        criteria: [
          .init(
            id: "1.1", title: "Mean", rule: .meanOfQuestions, gradeScale: "conclusion",
            questions: [.init(id: "1.1.a", text: "A?", themes: ["RoH"])]),
          .init(
            id: "1.2", title: "80/20", rule: .individualSummary(individual: 0.8, summary: 0.2),
            questions: [
              .init(id: "1.2.a", text: "A?"),
              .init(id: "1.2.s", text: "Overall?", role: .summary),
            ]),
          .init(
            id: "1.3", title: "Weighted", rule: .weightedQuestions,
            questions: [
              .init(id: "1.3.a", text: "A?", weight: 2),
              .init(id: "1.3.b", text: "B?", weight: 0.1),
            ]),
          .init(
            id: "1.4", title: "Key", rule: .minimumOfKeyQuestions,
            questions: [
              .init(id: "1.4.a", text: "A?", role: .key),
              .init(id: "1.4.b", text: "B?", role: .key),
              .init(id: "1.4.c", text: "C?", role: .supporting),
            ]),
          .init(
            id: "1.5", title: "Pooled", rule: .pooledQuestions,
            questions: [.init(id: "1.5.a", text: "A?"), .init(id: "1.5.b", text: "B?")]),
        ]),
      .init(
        id: "2", title: "Weighted criteria", rule: .weightedCriteria, weight: 1.5,
        criteria: [
          .init(
            id: "2.1", title: "Computed", weight: 3, questions: [.init(id: "2.1.a", text: "A?")]),
          .init(id: "2.2", title: "Judged", weight: 1.25, judgementScale: "met"),
        ]),
      .init(
        id: "3", title: "Pooled section", rule: .pooledQuestions,
        criteria: [
          .init(id: "3.1", title: "C", questions: [.init(id: "3.1.a", text: "A?", themes: ["RoH"])])
        ]),
    ],
    headlines: [
      .init(id: "h-mean", title: "Mean headline", theme: "RoH", rule: .meanOfQuestions),
      .init(
        id: "h-pooled", title: "Pooled headline", theme: "RoH", sections: ["1", "3"],
        rule: .pooledQuestions, gradeScale: "conclusion"),
    ],
    overall: [
      .init(
        id: "overall", title: "Overall", items: ["1.1", "2.2", "h-pooled"], gradeScale: "points",
        rule: .sumOfBandPoints)
    ])

  /// A grouping, conditions on a section and a criterion, overrides of both reaches, a
  /// supporting question, and an overall rating banded on whole points with `atMost` bounds.
  static let ratings = Document(
    id: "RATINGS", version: "1", title: "Ratings constructs",
    attributes: [
      .init(id: "disposal", title: "Disposal", values: ["court", "out-of-court"]),
      .init(id: "review_due", title: "Review due", values: ["yes", "no"]),
    ],
    scales: [.yesNo],
    gradeScales: [
      Fixtures.conclusion,
      .init(
        id: "total", title: "Total", range: ScoreRange(minimum: 0, maximum: 4),
        bands: [
          .init(id: "high", label: "High", lower: .atLeast(3)),
          .init(id: "mid", label: "Mid", lower: .atLeast(2), upper: .atMost(2)),
          .init(id: "low", label: "Low", upper: .atMost(1)),
        ]),
    ],
    sections: [
      .init(
        id: "2", title: "Court work",
        criteria: [
          .init(
            id: "2.1", title: "Assessment", rule: .minimumOfKeyQuestions,
            gradeScale: "conclusion",
            questions: [
              .init(id: "2.1.a", text: "A?", role: .key),
              .init(id: "2.1.b", text: "B?", role: .supporting),
            ], override: OverridePolicy(reach: .oneBand, requiresRationale: true)),
          .init(
            id: "2.2", title: "Reviewing", gradeScale: "conclusion",
            questions: [
              .init(id: "2.2.a", text: "A?", applicability: .answer("2.1.a", in: ["yes"]))
            ],
            applicability: .attribute("review_due", in: ["yes"]),
            override: OverridePolicy(reach: .anyBand, requiresRationale: false)),
        ], scored: false, applicability: .attribute("disposal", in: ["court"]))
    ],
    overall: [.init(id: "overall", title: "Overall", items: ["2.1", "2.2"], gradeScale: "total")])

  /// Every applicability form, alone and nested.
  static let applicability = Document(
    id: "APPLICABILITY", version: "1", title: "Every applicability form",
    attributes: [
      .init(id: "case_type", title: "Case type", values: ["community", "licence", "custody"]),
      .init(id: "roh", title: "RoH level", values: ["low", "medium", "high", "very high"]),
    ],
    scales: [.yesNo],
    sections: [
      .init(
        id: "1", title: "Applicability",
        criteria: [
          .init(
            id: "1.1", title: "Forms",
            questions: [
              .init(id: "1.1.a", text: "Always?"),
              .init(
                id: "1.1.b", text: "Attribute?",
                applicability: .attribute("roh", in: ["high", "very high"])),
              .init(id: "1.1.c", text: "Answer?", applicability: .answer("1.1.a", in: ["yes"])),
              .init(
                id: "1.1.d", text: "All?",
                applicability: .all([
                  .attribute("case_type", in: ["licence"]), .answer("1.1.a", in: ["yes", "na"]),
                ])),
              .init(
                id: "1.1.e", text: "Any?",
                applicability: .any([
                  .attribute("roh", in: ["medium"]), .answer("1.1.b", in: ["no"]),
                ])),
              .init(
                id: "1.1.f", text: "Not?",
                applicability: .not(.attribute("case_type", in: ["custody"]))),
              .init(
                id: "1.1.g", text: "Nested?",
                applicability: .any([
                  .all([
                    .not(.any([.attribute("roh", in: ["low"]), .answer("1.1.c", in: ["no"])])),
                    .attribute("case_type", in: ["community", "licence"]),
                  ]),
                  .not(.not(.answer("1.1.d", in: ["yes"]))),
                ])),
            ])
        ])
    ])

  /// Every bound form, fractional bounds, both bases, a non-percentage range, points and
  /// meanings.
  static let bounds = Document(
    id: "BOUNDS", version: "1", title: "Bounds",
    scales: [.yesNo],
    gradeScales: [
      .init(
        id: "raw", title: "Raw, every bound form", basis: .raw,
        bands: [
          .init(id: "top", label: "Top", lower: .above(69.5), meaning: "Above 69.5"),
          .init(id: "middle", label: "Middle", lower: .atLeast(59.95), upper: .atMost(69.5)),
          .init(id: "bottom", label: "Bottom", upper: .below(59.95)),
        ]),
      .init(
        id: "displayed", title: "Displayed, ascending", basis: .displayed,
        bands: [
          .init(id: "1", label: "*", upper: .below(50), points: 0),
          .init(id: "2", label: "**", lower: .atLeast(50), upper: .below(80), points: 0.5),
          .init(id: "3", label: "***", lower: .atLeast(80), upper: .atMost(100), points: 1.25),
        ]),
      .init(
        id: "points", title: "Points 0–6", range: ScoreRange(minimum: 0, maximum: 6),
        bands: [
          .init(id: "strong", label: "Strong", lower: .atLeast(5)),
          .init(id: "fair", label: "Fair", lower: .atLeast(3), upper: .below(5)),
          .init(id: "weak", label: "Weak", upper: .below(3)),
        ]),
    ],
    sections: [
      .init(
        id: "1", title: "One", gradeScale: "displayed",
        criteria: [
          .init(
            id: "1.1", title: "C", gradeScale: "raw", questions: [.init(id: "1.1.a", text: "?")])
        ])
    ],
    overall: [.init(id: "overall", title: "Overall", items: ["1"], gradeScale: "points")],
    presentation: .init(displayDecimals: 2, minimumRelevantCases: 5))

  /// Judgement scales (advisory, points, meanings), notes, a base reference and text that
  /// needs escaping.
  static let judgements = Document(
    id: "JUDGED", version: "2013-14", title: "Judgements, \"quotes\" and ünïcödé ✓",
    period: .init(from: "2013", to: "2014"),
    summary: "Line one.\nLine two,\ttabbed — with a backslash \\ and a slash /.",
    sources: [
      .init(title: "Report", reference: "ISBN 978-0-00-000000-0", note: "Appendix 6"),
      .init(title: "Guidance"),
    ],
    assumptions: ["First.", "Second 😀."],
    scales: [
      .init(
        id: "quality", title: "Quality",
        options: [
          .init(code: "good", label: "Good", effect: .sufficient),
          .init(code: "poor", label: "Poor", effect: .insufficient),
          .init(code: "na", label: "N/A", effect: .notRelevant),
        ])
    ],
    themes: [.init(id: "LoR", title: "Likelihood of reoffending")],
    gradeScales: [Fixtures.conclusion, Fixtures.points],
    judgementScales: [
      .init(
        id: "section4", title: "Section 4 grades",
        labels: [
          .init(id: "well-met", label: "Well met", points: 2, meaning: "Fully met."),
          .init(id: "partly-met", label: "Partly met", points: 1),
          .init(id: "not-met", label: "Not met", points: 0, meaning: "Not met at all."),
        ], advisory: "conclusion"),
      .init(id: "comment", title: "Comments", labels: [.init(id: "MINIMUM", label: "MINIMUM")]),
    ],
    sections: [
      .init(
        id: "4", title: "Leadership", standard: "Leaders lead.", judgementScale: "comment",
        criteria: [
          .init(
            id: "4.1", title: "Judged", standard: "It is judged.", judgementScale: "section4"),
          .init(
            id: "4.2", title: "Computed and judged", gradeScale: "conclusion",
            judgementScale: "section4",
            questions: [
              .init(
                id: "4.2.a", text: "Quality?", scale: "quality", themes: ["LoR"],
                guidance: "Look at the plan.")
            ]),
        ])
    ],
    headlines: [
      .init(
        id: "LoR", title: "Reoffending", theme: "LoR", sections: ["4"],
        judgementScale: "comment")
    ],
    overall: [.init(id: "rating", title: "Rating", items: ["4.1", "4.2"], gradeScale: "points")],
    base: .init(
      id: "BASE", version: "1",
      fingerprint: "sha256:" + String(repeating: "0123456789abcdef", count: 4),
      changes: ["Adds 4.2.", "Renames 4.1."]))

  static let cases: [RoundTripCase] = [
    RoundTripCase(
      name: "demonstration",
      document: FrameworkCompiler.compile(FrameworkCatalog.demonstration).document),
    RoundTripCase(name: "validator fixture", document: Fixtures.valid),
    RoundTripCase(name: "minimal", document: Fixtures.minimal),
    RoundTripCase(name: "every aggregation rule", document: rules),
    RoundTripCase(name: "every applicability form", document: applicability),
    RoundTripCase(name: "bounds and bases", document: bounds),
    RoundTripCase(name: "judgements, notes and escapes", document: judgements),
    RoundTripCase(name: "provenance on every part", document: cited),
    RoundTripCase(name: "groupings, overrides and inherited conditions", document: ratings),
    RoundTripCase(
      name: "a shipped historical framework",
      document: FrameworkCompiler.compile(FrameworkCatalog.omi2008).document),
  ]

  /// The validator fixture, historical, with every part cited, every basis and every member
  /// of a source and a citation.
  static let cited: Document = {
    var document = Fixtures.valid
    ValidatorTable.citeEverything(&document)
    document.sources.append(
      .init(
        id: "other", publisher: "Publisher", title: "Other — “quoted”", date: "2014",
        reference: "Archive", url: "https://example.invalid/other", note: "Also."))
    let bases = ProvenanceBasis.allCases
    for (index, question) in document.sections[0].criteria[0].questions.indices.enumerated() {
      let basis = bases[index % bases.count]
      document.sections[0].criteria[0].questions[question].provenance = .init(
        source: "other", location: "Table \(index)", basis: basis,
        reproduces: basis == .inferredRule ? "2 of 2" : nil, quote: "“\(index)%”",
        note: "Note \\ \(index)")
    }
    document.gradeScales[0].provenance = .init(
      source: "report", location: "Appendix", basis: .inferredRule, reproduces: "27 of 27")
    return document
  }()
}

@Suite("Round trip")
struct RoundTripTests {
  @Test("The table's documents are valid, so the loader returns them")
  func tableDocumentsAreValid() {
    for entry in RoundTripTable.cases {
      #expect(DocumentValidation.validate(entry.document).map(\.rendered) == [], "\(entry.name)")
    }
  }

  @Test("The table uses every aggregation rule and every applicability form")
  func tableCoversEveryForm() {
    let documents = RoundTripTable.cases.map(\.document)
    var kinds = Set<String>()
    var forms = Set<String>()
    func visit(_ condition: Applicability) {
      switch condition {
      case .attribute: forms.insert("attribute")
      case .answer: forms.insert("answer")
      case .all(let terms): forms.insert("all"); terms.forEach(visit)
      case .any(let terms): forms.insert("any"); terms.forEach(visit)
      case .not(let term): forms.insert("not"); visit(term)
      }
    }
    for document in documents {
      kinds.formUnion(document.sections.map(\.rule.kind))
      kinds.formUnion(document.allCriteria.map(\.rule.kind))
      kinds.formUnion(document.headlines.map(\.rule.kind))
      kinds.formUnion(document.overall.map(\.rule.kind))
      document.allQuestions.compactMap(\.applicability).forEach(visit)
    }
    #expect(kinds == Set(AggregationRule.kinds))
    #expect(forms == ["attribute", "answer", "all", "any", "not"])
  }

  @Test(
    "document → JSON → document → JSON is byte-identical (FrameworkLoader)",
    arguments: RoundTripTable.cases)
  func roundTripThroughTheLoader(_ entry: RoundTripCase) throws {
    let first = try entry.document.canonicalJSON()
    let loaded = FrameworkLoader.load(bytes: Array(first.utf8), file: "\(entry.name).json")
    #expect(loaded.diagnostics.map(\.rendered) == [])
    let document = try #require(loaded.document)
    #expect(document == entry.document)
    #expect(try document.canonicalJSON() == first)
    #expect(loaded.fingerprint == (try entry.document.fingerprint()))
  }

  @Test(
    "document → compact JSON → JSONValueDecoder → document is lossless",
    arguments: RoundTripTable.cases)
  func roundTripThroughTheDecoder(_ entry: RoundTripCase) throws {
    let compact = CanonicalJSON.compact(try entry.document.jsonValue())
    let parsed = try JSONParser.parse(compact)
    let decoded = try JSONValueDecoder().decode(FrameworkDocument.self, from: parsed)
    #expect(decoded == entry.document)
    #expect(CanonicalJSON.compact(try decoded.jsonValue()) == compact)
  }

  @Test("Absent optional members are omitted, empty lists are written")
  func absentMembers() throws {
    let value = try Fixtures.minimal.jsonValue()
    let question = try #require(value[path: ["sections", 0, "criteria", 0, "questions", 0]])
    #expect(question["applicability"] == nil)
    #expect(question["weight"] == nil)
    #expect(question["guidance"] == nil)
    #expect(question["themes"] == .array([]))
    #expect(question["role"] == "individual")
    #expect(value["period"] == nil)
    #expect(value["base"] == nil)
    #expect(value["schemaVersion"] == 1)
  }
}
