import InspectionComparison
import InspectionSchema
import Testing

@Suite("Reconciliation of published figures")
struct ReconciliationTests {
  func figures(_ json: String) throws -> PublishedFigures {
    try PublishedFigures.read(bytes: Array(json.utf8), file: "test.json")
  }

  @Test func aSectionThatIsNotTheMeanOfItsCriteriaDivergesBeyondRounding() throws {
    // Hertfordshire's shape: 71 and 63 give 67; 69 is printed. Extra fields are ignored.
    let published = try figures(
      #"""
      {"schemaVersion": 1, "framework": {"id": "TINY", "version": "1"}, "note": "extra",
       "inspections": [{"area": "Here", "compositionNotes": ["x"], "items": [
         {"id": "1.1", "kind": "criterion", "percent": 71, "label": "Good", "labelLine": 3},
         {"id": "1.2", "kind": "criterion", "percent": 63},
         {"id": "1", "kind": "section", "percent": 69, "label": "Poor"}],
        "knownDiscrepancies": [{"id": "1", "kind": "section", "published": 69, "expected": 67}]}]}
      """#)
    let r = Reconciliation(
      figures: published, document: ComparisonFixtures.document, fingerprint: "sha256:tiny")
    let section = try #require(
      r.divergences.first { $0.kind == .section && $0.check == .aggregation })
    #expect(section.size == 2)  // 69 − (71 + 63) / 2
    #expect(section.beyondRounding)
    #expect(section.status == .known)
    // The section's label 'Poor' at 69 is right; so is 'Good' at 71.
    #expect(!r.divergences.contains { $0.check == .label })
    #expect(r.checks[.label] == 2)
  }

  @Test(arguments: [
    (69.0, "Good", 1.0), (40.0, "Good", 30.0), (70.0, "Poor", 0.0),
  ])
  func aLabelOutsideItsBandDivergesByItsDistanceToTheBand(
    percent: Double, label: String, size: Double
  ) throws {
    let published = try figures(
      #"{"schemaVersion": 1, "framework": {"id": "TINY", "version": "1"}, "inspections": [{"area": "A", "items": [{"id": "1.1", "kind": "criterion", "percent": \#(percent), "label": "\#(label)"}]}]}"#
    )
    let r = Reconciliation(
      figures: published, document: ComparisonFixtures.document, fingerprint: "sha256:tiny")
    let divergence = try #require(r.divergences.first)
    #expect(divergence.check == .label)
    #expect(divergence.size == size)
    #expect(divergence.status == .new)
  }

  @Test func aProgrammeAggregateWithinRoundingIsReportedAsPossiblyRounding() throws {
    // Mean of 82 and 89 is 85.5, which displays as 86 (half away from zero): consistent.
    // Mean of 85 and 86 is 85.5 too; 84 printed is a divergence, within rounding of 1.5? No:
    // |84 − 85.5| = 1.5 > 1, so beyond rounding.
    let published = try figures(
      #"""
      {"schemaVersion": 1, "framework": {"id": "TINY", "version": "1"},
       "inspections": [{"area": "A", "items": [{"id": "1", "kind": "section", "percent": 85}]},
                       {"area": "B", "items": [{"id": "1", "kind": "section", "percent": 86}]}],
       "aggregates": [{"id": "1", "kind": "section", "percent": 84, "set": "s", "areas": ["A", "B"]},
                      {"id": "1", "kind": "section", "percent": 85, "set": "t", "areas": ["A"]}]}
      """#)
    let r = Reconciliation(
      figures: published, document: ComparisonFixtures.document, fingerprint: "sha256:tiny")
    #expect(r.divergences.count == 1)
    #expect(r.divergences.first?.size == -1.5)
    #expect(r.divergences.first?.beyondRounding == true)
    #expect(r.checks[.programme] == 2)
  }

  @Test(arguments: [
    (
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "inspections": []}"#,
      "IK0723"
    ),
    (#"{"schemaVersion": 1, "framework": {"id": "X"}, "inspections": []}"#, "IK0722"),
    (
      #"{"schemaVersion": 1, "framework": {"id": "X", "version": "1"}, "inspections": [{"area": "A", "items": [{"id": "1", "kind": "chapter"}]}]}"#,
      "IK0722"
    ),
    (#"{"schemaVersion": 1, "#, "IK0721"),
  ])
  func badFilesAreLocatedErrors(json: String, code: String) {
    #expect {
      try PublishedFigures.read(bytes: Array(json.utf8), file: "bad.json")
    } throws: { error in
      guard let error = error as? PublishedFiguresError else { return false }
      return error.diagnostic.code == code && error.diagnostic.location?.file == "bad.json"
    }
  }
}
