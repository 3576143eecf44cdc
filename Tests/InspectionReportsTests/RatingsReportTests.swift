import InspectionCompiler
import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionReports

/// A small ratings framework (a grouping with a condition, a judged standard, a standard taking
/// its lowest key question with a supporting question, one overridable by one band), scored
/// with a judgement and an override, in every report format, and as `show` and `doc` print it.
@Suite struct RatingsReportTests {
  static let document = FrameworkDocument(
    id: "RATINGS-MINI", version: "1", title: "A small ratings framework",
    attributes: [
      .init(id: "disposal", title: "Disposal", values: ["court", "out-of-court"]),
      .init(id: "risk", title: "Risk to others", values: ["low", "high"]),
    ],
    scales: [.yesNo],
    gradeScales: [
      .init(
        id: "standard", title: "Standard rating",
        bands: [
          .init(id: "good", label: "Good", lower: .atLeast(65), points: 2),
          .init(
            id: "improve", label: "Requires improvement", lower: .atLeast(50),
            upper: .below(65), points: 1),
          .init(id: "inadequate", label: "Inadequate", upper: .below(50), points: 0),
        ]),
      .init(
        id: "overall", title: "Overall rating", range: ScoreRange(minimum: 0, maximum: 6),
        bands: [
          .init(id: "good", label: "Good", lower: .atLeast(4)),
          .init(id: "improve", label: "Requires improvement", upper: .atMost(3)),
        ]),
    ],
    judgementScales: [
      .init(
        id: "rating", title: "Rating by judgement",
        labels: [
          .init(id: "good", label: "Good", points: 2),
          .init(id: "improve", label: "Requires improvement", points: 1),
        ])
    ],
    sections: [
      .init(
        id: "1", title: "Organisational delivery",
        criteria: [.init(id: "1.1", title: "Leadership", judgementScale: "rating")],
        scored: false),
      .init(
        id: "2", title: "Court work",
        criteria: [
          .init(
            id: "2.1", title: "Assessment", rule: .minimumOfKeyQuestions, gradeScale: "standard",
            questions: [
              .init(id: "2.1.a", text: "Desistance?", role: .key),
              .init(
                id: "2.1.b", text: "Safety of others?",
                applicability: .attribute("risk", in: ["high"]), role: .key),
              .init(id: "2.1.x", text: "On time?", role: .supporting),
            ],
            override: OverridePolicy(reach: .oneBand, requiresRationale: true))
        ],
        scored: false, applicability: .attribute("disposal", in: ["court"])),
    ],
    overall: [.init(id: "overall", title: "Overall", items: ["1.1", "2.1"], gradeScale: "overall")])

  static let sample = """
    case,disposal,risk,2.1.a,2.1.b,2.1.x
    A,court,high,yes,yes,no
    B,court,low,yes,,yes
    C,court,high,no,yes,yes
    D,out-of-court,high,,,

    """

  static let judgements = """
    item,label,rationale
    1.1,good,Leaders knew the quality of case work.
    2.1,improve,Two of the three assessments were copied from earlier ones.

    """

  static func scored() throws -> ScoreResult {
    #expect(DocumentValidation.validate(document).map(\.rendered) == [])
    let plan = try ScoringPlan(document, fingerprint: try document.fingerprint())
    let read = JudgementsReader.read(
      bytes: Array(judgements.utf8), file: "judgements.csv", document: document)
    var reader = CSVSampleReader(bytes: Array(sample.utf8), plan: plan, displayName: "sample.csv")
    let evaluation = Evaluator.evaluate(
      plan: plan, reader: &reader, judgements: read.judgements,
      judgementDiagnostics: read.diagnostics)
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    return evaluation.result
  }

  @Test func everyScoreFormatShowsTheOverrideBesideItsBandAndNoScoreForAGrouping() throws {
    let result = try Self.scored()
    // 2.1: 2.1.a 2/3 = 66.67%, 2.1.b 2/2 = 100% (high risk only) → lowest 66.67% → Good,
    // overridden to Requires improvement; overall = 1.1 judged Good 2 + 1 = 3 → Requires
    // improvement (Good, 4, without the override).
    #expect(result.overall.first?.exact == Rational(3))
    assertSnapshot(ScoreTextReport.render(result), named: "ratings-report.txt")
    assertSnapshot(
      ScoreMarkdownReport.render(
        result, document: Self.document, inspectionKitVersion: "0.0.0-test"),
      named: "ratings-report.md")
    assertSnapshot(ScoreJSONReport.render(result), named: "ratings-report.json")
    assertSnapshot(ScoreCSVReport.render(result), named: "ratings-report.csv")
    assertSnapshot(
      ScoreHTMLReport.render(result, document: Self.document, provenance: Fixtures.provenance),
      named: "ratings-report.html")
    assertSnapshot(
      [
        ScoreExplanation.render("2.1", in: result), ScoreExplanation.render("overall", in: result),
        ScoreExplanation.render("2", in: result),
      ].map { $0 ?? "(none)\n" }.joined(separator: "\n"),
      named: "ratings-explain.txt")
  }

  @Test func showAndDocSayWhatIsGroupedInheritedAndOverridable() throws {
    let fingerprint = try Self.document.fingerprint()
    let outline = FrameworkOutline.render(Self.document, fingerprint: fingerprint)
    for expected in [
      "grouping only: no score, band or judgement of its own",
      "relevant when disposal is court (for every question in it)",
      "relevant when (from section 2) disposal is court, and risk is high",
      "relevant when (from section 2) disposal is court",
      "overridable: inspectors may override the computed band to the band next to the computed "
        + "one, with a required rationale",
      "[supporting]",
    ] {
      #expect(outline.contains(expected), "show lacks: \(expected)")
    }
    assertSnapshot(outline, named: "ratings-show.txt")
    assertSnapshot(
      FrameworkBooklet.markdown(
        Self.document, fingerprint: fingerprint, provenance: Fixtures.provenance),
      named: "ratings-booklet.md")
  }

  /// A question inherits its section's condition on the case-entry page and in the workbook, as
  /// in scoring: 2.1.a (no condition of its own) is asked only for court cases, 2.1.b only for
  /// court cases of high risk.
  @Test func formsAskAQuestionOnlyWhenItsInheritedConditionHolds() throws {
    let model = FormModel(
      plan: try ScoringPlan(Self.document, fingerprint: try Self.document.fingerprint()))
    let html = FormPage.render(model)
    #expect(html.contains("Does not apply to this case: asked only when disposal is court.<"))
    #expect(
      html.contains(
        "Does not apply to this case: asked only when disposal is court and risk is high.<"))
    let workbook = try XLSXWorkbook(bytes: FormWorkbook.render(model))
    let sheet = try #require(workbook.sheets.first { $0.name == "Questions" })
    var rows = try workbook.rows(of: sheet)
    var appliesWhen: [String: [String]] = [:]
    while let row = try rows.next() {
      let cells = row.cells.map(\.text)
      if let id = cells.first { appliesWhen[id] = cells }
    }
    #expect(appliesWhen["2.1.a"]?.contains("disposal is court") == true)
    #expect(appliesWhen["2.1.b"]?.contains("disposal is court and risk is high") == true)
    #expect(appliesWhen["2.1.x"]?.contains("disposal is court") == true)
  }
}
