import InspectionComparison
import InspectionSchema
import Testing

@Suite("Reconciliation of published figures")
struct ReconciliationTests {
  /// A published-figures file for the tiny framework with one inspection.
  static func file(
    framework: String = "TINY", items: String, questions: String = "",
    knownDiscrepancies: String = ""
  ) -> String {
    """
    {"schemaVersion": 2, "framework": {"id": "\(framework)", "version": "1"},
     "source": {"id": "report", "title": "A report"},
     "inspections": [{"area": "Here", "items": [\(items)],
       "questions": [\(questions)], "knownDiscrepancies": [\(knownDiscrepancies)]}]}
    """
  }

  /// A printed item: `fields` are its figure fields, e.g. `"percent": 71`.
  static func item(_ id: String, _ fields: String, kind: String = "criterion") -> String {
    #"{"id": "\#(id)", "kind": "\#(kind)", \#(fields), "provenance": {"location": "Table 1", "basis": "printedFigure"}}"#
  }

  /// A printed finding in words or figures.
  static func finding(_ id: String, _ fields: String, words: Bool = false) -> String {
    #"{"id": "\#(id)", \#(fields), "provenance": {"location": "Chapter 1", "basis": "\#(words ? "printedInWords" : "printedFigure")", "quote": "as printed"}}"#
  }

  func read(_ json: String) throws -> PublishedFigures {
    try PublishedFigures.read(bytes: Array(json.utf8), file: "test.json")
  }

  func reconcile(_ json: String, _ document: FrameworkDocument = ComparisonFixtures.document)
    throws -> Reconciliation
  {
    Reconciliation(figures: try read(json), document: document, fingerprint: "sha256:tiny")
  }

  @Test func aSectionThatIsNotTheMeanOfItsCriteriaDivergesBeyondRounding() throws {
    // Hertfordshire's shape: 71 and 63 give 67; 69 is printed.
    let r = try reconcile(
      Self.file(
        items: [
          Self.item("1.1", #""percent": 71, "label": "Good""#),
          Self.item("1.2", #""percent": 63"#),
          Self.item("1", #""percent": 69, "label": "Poor""#, kind: "section"),
        ].joined(separator: ", "),
        knownDiscrepancies:
          #"{"id": "1", "kind": "section", "published": 69, "expected": 67, "reason": "not the mean"}"#
      ))
    let section = try #require(
      r.divergences.first { $0.kind == .section && $0.check == .aggregation })
    #expect(section.size == 2)  // 69 − (71 + 63) / 2
    #expect(section.beyondRounding)
    #expect(section.status == .known)
    #expect(section.comparison == .exact)
    // The section's label 'Poor' at 69 is right; so is 'Good' at 71: both reproduced.
    #expect(!r.divergences.contains { $0.check == .label })
    #expect(r.reproduced.filter { $0.check == .label }.count == 2)
    #expect(r.unreproduced.isEmpty)
  }

  @Test(arguments: [
    (69.0, "Good", 1.0), (40.0, "Good", 30.0), (70.0, "Poor", 0.0),
  ])
  func aLabelOutsideItsBandDivergesByItsDistanceToTheBand(
    percent: Double, label: String, size: Double
  ) throws {
    let r = try reconcile(
      Self.file(items: Self.item("1.1", #""percent": \#(percent), "label": "\#(label)""#)))
    let divergence = try #require(r.divergences.first)
    #expect(divergence.check == .label)
    #expect(divergence.size == size)
    #expect(divergence.status == .new)
  }

  /// The comparison rule: reproduced when the rule's value rounds half away from zero to the
  /// printed figure. q2 and q3 are criterion 1.2's questions; their mean is checked.
  @Test(arguments: [
    (63.0, 64.0, 64.0, Reconciliation.Outcome.reproduced, false),  // 63.5 rounds up to 64
    (63.0, 64.0, 63.0, .divergent, false),  // 63.5 is not 63, but rounding could explain it
    (62.0, 62.0, 63.0, .divergent, false),  // 62: inputs 61.5–62.5 could give 62.5
    (61.0, 62.0, 63.0, .divergent, true),  // 61.5: inputs rounded by 0.5 reach 62 at most
    (70.0, 70.0, 70.0, .reproduced, false),
  ])
  func exactInputsAreReproducedWhenTheirValueRoundsToThePrintedFigure(
    q2: Double, q3: Double, printed: Double, outcome: Reconciliation.Outcome, beyond: Bool
  ) throws {
    let r = try reconcile(
      Self.file(
        items: Self.item("1.2", #""percent": \#(printed)"#),
        questions: Self.finding("q2", #""percent": \#(q2)"#) + ", "
          + Self.finding("q3", #""percent": \#(q3)"#)))
    let entry = try #require(r.entries.first { $0.id == "1.2" && $0.check == .aggregation })
    #expect(entry.outcome == outcome)
    #expect(entry.comparison == .exact)
    #expect(entry.beyondRounding == beyond)
    #expect(entry.inputs == ["q2", "q3"])
    #expect(r.findings.allSatisfy { $0.usedBy == ["criterion 1.2"] })
  }

  /// A figure from words is a bound or an approximate value, so the check is a bound check.
  @Test(arguments: [
    // "less than half" with 80: the mean lies in [40, 65).
    (#""below": 50, "words": "less than half""#, 60.0, Reconciliation.Outcome.reproduced),
    (#""below": 50, "words": "less than half""#, 65.0, .reproduced),  // 64.5 to 65 is in reach
    (#""below": 50, "words": "less than half""#, 66.0, .divergent),
    (#""below": 50, "words": "less than half""#, 40.0, .reproduced),
    // "around one-quarter" not done, ± 5: 70 to 80, mean with 80 from 75 to 80.
    (
      #""approximately": "1/4", "words": "around one-quarter", "shortfall": true"#, 80.0,
      .reproduced
    ),
    (
      #""approximately": "1/4", "words": "around one-quarter", "shortfall": true"#, 74.0, .divergent
    ),
    // A tolerance of 1 point: 74 to 76, mean 77 to 78.
    (
      #""approximately": "1/4", "tolerance": 1, "words": "around one-quarter", "shortfall": true"#,
      76.0, .divergent
    ),
  ])
  func aVerbalInputMakesABoundCheck(
    fields: String, printed: Double, outcome: Reconciliation.Outcome
  )
    throws
  {
    let r = try reconcile(
      Self.file(
        items: Self.item("1.2", #""percent": \#(printed)"#),
        questions: Self.finding("q2", fields, words: true) + ", "
          + Self.finding("q3", #""percent": 80"#)))
    let entry = try #require(r.entries.first { $0.id == "1.2" && $0.check == .aggregation })
    #expect(entry.outcome == outcome, "\(entry.expected)")
    #expect(entry.comparison == .bounds)
  }

  @Test func aCriterionWhoseQuestionsHaveApplicabilityIsStillChecked() throws {
    // Printed percentages are already shares of the relevant cases: applicability plays no part.
    var document = ComparisonFixtures.document
    document.attributes = [.init(id: "custody", title: "Custody", values: ["yes", "no"])]
    document.sections[0].criteria[1].questions[0].applicability = .attribute(
      "custody", in: ["yes"])
    let r = try reconcile(
      Self.file(
        items: Self.item("1.2", #""percent": 63"#),
        questions: Self.finding("q2", #""numerator": 10, "denominator": 14"#) + ", "
          + Self.finding("q3", #""percent": 52"#)),
      document)
    let entry = try #require(r.entries.first { $0.id == "1.2" && $0.check == .aggregation })
    #expect(entry.outcome == .divergent)  // (71.43 + 52) / 2 = 61.71
    #expect(entry.expected == "61.71%")
    #expect(entry.status == .new)
  }

  /// Findings for criterion 1.2 (q2, q3) that leave it not checkable, and the reason given.
  static let uncheckable: [(questions: String, reason: String)] = {
    let q2 = finding("q2", #""percent": 80"#)
    let stratum =
      #"{"id": "q3", "stratum": {"roh": ["high"]}, "percent": 40, "provenance": {"location": "x", "basis": "printedFigure", "quote": "40%"}}"#
    let count = finding("q3", #""numerator": 4, "shortfall": true, "words": "in four cases""#)
    let words = finding("q3", #""words": "most""#, words: true)
    return [
      (q2, "1 of its 2 questions has no usable figure: q3 (not printed)"),
      (q2 + ", " + stratum, "q3 (printed only for a sub-sample (roh: high))"),
      (q2 + ", " + count, "q3 (printed as a count of cases without a denominator)"),
      (q2 + ", " + words, "q3 (printed in words without a proportion ('most'))"),
      ("", "none of its 2 questions has a printed finding"),
    ]
  }()

  @Test(arguments: uncheckable)
  func aCriterionThatCannotBeCheckedSaysWhy(questions: String, reason: String) throws {
    let r = try reconcile(
      Self.file(items: Self.item("1.2", #""percent": 63"#), questions: questions))
    let entry = try #require(r.entries.first { $0.id == "1.2" })
    #expect(entry.outcome == .notCheckable)
    #expect(entry.detail.contains(reason), "\(entry.detail)")
    // Its findings say why no check read them.
    #expect(r.findings.allSatisfy { $0.usedBy.isEmpty && !($0.reason ?? "").isEmpty })
  }

  @Test func aPooledCriterionIsNotCheckableFromPercentages() throws {
    var document = ComparisonFixtures.document
    document.sections[0].criteria[1].rule = .pooledQuestions
    let r = try reconcile(
      Self.file(
        items: Self.item("1.2", #""percent": 63"#),
        questions: Self.finding("q2", #""percent": 80"#) + ", "
          + Self.finding("q3", #""percent": 46"#)),
      document)
    let entry = try #require(r.entries.first { $0.id == "1.2" })
    #expect(entry.outcome == .notCheckable)
    #expect(entry.detail.contains("needs counts of cases"))
  }

  @Test func aHeadlineIsTheMeanOfItsThemesFindings() throws {
    var document = ComparisonFixtures.document
    document.themes = [.init(id: "RoH", title: "Risk of Harm")]
    document.headlines = [.init(id: "RoH", title: "RoH", theme: "RoH")]
    document.sections[0].criteria[0].questions[0].themes = ["RoH"]
    document.sections[0].criteria[1].questions[1].themes = ["RoH"]
    let r = try reconcile(
      Self.file(
        items: Self.item("RoH", #""percent": 65"#, kind: "headline"),
        questions: Self.finding("q1", #""percent": 70"#) + ", "
          + Self.finding("q3", #""percent": 60"#)),
      document)
    let entry = try #require(r.entries.first { $0.id == "RoH" })
    #expect(entry.outcome == .reproduced)
    #expect(entry.expected == "65.00%")
    #expect(entry.inputs == ["q1", "q3"])
    // q2 feeds criterion 1.2 only, which is not printed here.
    #expect(r.findings.allSatisfy { $0.usedBy == ["headline RoH"] })
  }

  @Test func aRecordedDiscrepancyThatIsReproducedIsReportedAsStale() throws {
    let r = try reconcile(
      Self.file(
        items: Self.item("1.2", #""percent": 63"#),
        questions: Self.finding("q2", #""percent": 63"#) + ", "
          + Self.finding("q3", #""percent": 63"#),
        knownDiscrepancies:
          #"{"id": "1.2", "kind": "criterion", "published": 63, "expected": 60, "reason": "old"}"#))
    let stale = try #require(r.unreproduced.first)
    #expect(stale.status == .recorded)
    #expect(stale.detail.contains("the record may be stale"))
  }

  @Test func anUnknownFindingIsADivergenceAndIsAccountedFor() throws {
    let r = try reconcile(
      Self.file(items: "", questions: Self.finding("q9", #""percent": 50"#)))
    let entry = try #require(r.entries.first)
    #expect(entry.check == .unknownItem)
    #expect(entry.kind == .question)
    #expect(r.findings.first?.reason?.contains("has no question 'q9'") == true)
  }

  @Test func aProgrammeAggregateWithinRoundingIsReportedAsPossiblyRounding() throws {
    // Mean of 85 and 86 is 85.5; 84 printed is 1.5 below: beyond rounding.
    let published = try read(
      """
      {"schemaVersion": 2, "framework": {"id": "TINY", "version": "1"},
       "source": {"id": "r", "title": "R"},
       "inspections": [{"area": "A", "items": [\(Self.item("1", #""percent": 85"#, kind: "section"))]},
                       {"area": "B", "items": [\(Self.item("1", #""percent": 86"#, kind: "section"))]}],
       "aggregates": [
         {"id": "1", "kind": "section", "percent": 84, "set": "s", "areas": ["A", "B"],
          "provenance": {"location": "p", "basis": "printedFigure"}},
         {"id": "1", "kind": "section", "percent": 85, "set": "t", "areas": ["A"],
          "provenance": {"location": "p", "basis": "printedFigure"}}]}
      """)
    let r = Reconciliation(
      figures: published, document: ComparisonFixtures.document, fingerprint: "sha256:tiny")
    #expect(r.divergences.count == 1)
    #expect(r.divergences.first?.size == -1.5)
    #expect(r.divergences.first?.beyondRounding == true)
    #expect(r.checks[.programme] == 2)
  }
}
