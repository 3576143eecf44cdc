import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

@Suite("Items name concepts: checked where they are written")
struct ConceptReferenceTests {
  static let catalog = ConceptCatalogTests.catalog

  @Test func unknownAndRepeatedConceptsAreReportedAtTheirMeasures() {
    let unknownLine = #line + 7
    let repeatedLine = #line + 8
    let framework = Framework("T", version: "1", title: "T") {
      Concepts(from: Self.catalog)
      Section("1", "S") {
        Criterion("1.1", "C") {
          Question("1.1.a", "Screened?")
            .measures("roh-screenning", .exact)
          Question("1.1.b", "Planned?")
            .measures("roh-plan", .exact).measures("roh-plan", .partOf)
        }
      }
    }
    let compilation = FrameworkCompiler.compile(framework)
    let unknown = compilation.diagnostics.first { $0.code == "IK0125" }
    #expect(unknown?.location?.line == unknownLine)
    #expect(unknown?.message.contains("Did you mean 'roh-screening'?") == true)
    let repeated = compilation.diagnostics.first { $0.code == "IK0127" }
    #expect(repeated?.location?.line == repeatedLine)
    #expect(compilation.diagnostics.count == 2, "\(compilation.diagnostics.map(\.rendered))")
  }

  @Test func conceptsWithoutACatalogAreAnError() {
    let framework = Framework("T", version: "1", title: "T") {
      Section("1", "S") {
        Criterion("1.1", "C") { Question("1.1.a", "Screened?").measures("roh-screening") }
      }
    }
    let codes = FrameworkCompiler.compile(framework).diagnostics.map(\.code)
    #expect(codes == ["IK0128"])
  }

  @Test func aCleanFrameworkRecordsItsCatalogByFingerprint() throws {
    let framework = Framework("T", version: "1", title: "T") {
      Concepts(from: Self.catalog)
      Section("1", "S") {
        Criterion("1.1", "C") {
          Question("1.1.a", "Screened?").measures("roh-screening")
        }
        .measures("roh-plan", .broader)
      }
      .measures("allocation", .partOf)
    }
    let compilation = FrameworkCompiler.compile(framework)
    #expect(compilation.diagnostics.isEmpty)
    let document = compilation.document
    let catalog = ConceptCatalogCompiler.compile(Self.catalog).document
    #expect(document.conceptCatalog == (try catalog.reference()))
    #expect(
      document.allQuestions.first?.measures == [.init(concept: "roh-screening", relation: .exact)])
    #expect(document.allCriteria.first?.measures?.first?.relation == .broader)
    #expect(document.sections.first?.measures?.first?.relation == .partOf)
  }

  /// A framework document names its catalog; the loader checks every `measures` entry against
  /// it and reports each problem at its line.
  @Test func aDocumentIsCheckedAgainstTheCatalogItNames() throws {
    let catalog = ConceptCatalogCompiler.compile(Self.catalog).document
    let fingerprint = try catalog.fingerprint()
    func document(relation: String, concept: String, catalogVersion: String = "1") -> String {
      """
      {
        "schemaVersion": 1, "id": "T", "version": "1", "title": "T",
        "conceptCatalog": {"id": "tiny-concepts", "version": "\(catalogVersion)", "fingerprint": "\(fingerprint)"},
        "sources": [], "assumptions": [], "attributes": [], "themes": [], "gradeScales": [],
        "judgementScales": [], "headlines": [], "overall": [], "presentation": {"displayDecimals": 0, "minimumRelevantCases": 10},
        "scales": [{"id": "yes-no", "title": "Yes or no", "options": [
          {"code": "yes", "label": "Yes", "effect": "sufficient"},
          {"code": "no", "label": "No", "effect": "insufficient"},
          {"code": "na", "label": "Not relevant", "effect": "notRelevant"}]}],
        "sections": [{"id": "1", "title": "S", "rule": {"kind": "meanOfCriteria"}, "criteria": [
          {"id": "1.1", "title": "C", "rule": {"kind": "meanOfQuestions"}, "questions": [
            {"id": "1.1.a", "text": "Q?", "scale": "yes-no", "themes": [], "role": "individual",
             "measures": [{"concept": "\(concept)", "relation": "\(relation)"}]}]}]}]
      }
      """
    }
    let good = FrameworkLoader.load(
      bytes: Array(document(relation: "exact", concept: "roh-plan").utf8), file: "t.json",
      concepts: [catalog])
    #expect(good.diagnostics.isEmpty, "\(good.diagnostics.map(\.rendered))")

    let bad = FrameworkLoader.load(
      bytes: Array(document(relation: "overlap", concept: "roh-plans").utf8), file: "t.json",
      concepts: [catalog])
    #expect(bad.diagnostics.map(\.code).sorted() == ["IK0125", "IK0126"])
    #expect(bad.diagnostics.allSatisfy { $0.location?.line == 13 })

    let missing = FrameworkLoader.load(
      bytes: Array(document(relation: "exact", concept: "roh-plan", catalogVersion: "9").utf8),
      file: "t.json", concepts: [catalog])
    #expect(missing.diagnostics.map(\.code) == ["IK0128"])
    #expect(missing.diagnostics.first?.location?.line == 3)
  }
}
