import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

@Suite("Concept catalogs: declared, compiled, loaded")
struct ConceptCatalogTests {
  static let catalog = ConceptCatalog("tiny-concepts", version: "1", title: "Tiny concepts") {
    ConceptArea("roh", "Risk of harm") {
      Concept("roh-screening", "A risk of harm screening was completed at the start")
      Concept("roh-plan", "A risk management plan was completed")
    }
    Concept("allocation", "The case was allocated promptly")
  }

  @Test func aCatalogCompilesToACanonicalFingerprintedDocument() throws {
    let compilation = ConceptCatalogCompiler.compile(Self.catalog)
    #expect(compilation.diagnostics.isEmpty)
    let document = compilation.document
    #expect(document.label == "tiny-concepts@1")
    #expect(document.areas.map(\.id) == ["roh"])
    #expect(document.concepts.map(\.id) == ["roh-screening", "roh-plan", "allocation"])
    #expect(document.concept("roh-plan")?.area == "roh")
    #expect(document.concept("allocation")?.area == nil)
    let text = try document.canonicalJSON()
    #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,"))
    // The file reads back as the same document, fingerprint and all.
    let loaded = ConceptCatalogLoader.load(bytes: Array(text.utf8), file: "tiny.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.rendered))")
    #expect(loaded.document == document)
    #expect(try document.fingerprint() == (try loaded.document.fingerprint()))
  }

  @Test func duplicateAndMalformedConceptsAreReportedWhereDeclared() {
    let line = #line + 3
    let catalog = ConceptCatalog("bad", version: "1", title: "Bad") {
      Concept("same", "First")
      Concept("same", "Second")
      Concept("not ok", "Spaces are not allowed in ids")
      Concept("empty", "  ")
    }
    let compilation = ConceptCatalogCompiler.compile(catalog)
    #expect(!compilation.succeeded)
    let byCode = Dictionary(grouping: compilation.diagnostics, by: \.code)
    let duplicate = byCode["IK0127"]?.first
    #expect(duplicate?.location?.line == line)
    #expect(duplicate?.location?.file.hasSuffix("ConceptCatalogTests.swift") == true)
    #expect(duplicate?.notes.first?.location?.line == line - 1)
    #expect(byCode["IK0102"]?.count == 2)
  }

  @Test func aCatalogFileIsCheckedAtItsLinesAndColumns() {
    let text = """
      {
        "schemaVersion": 1,
        "id": "c",
        "version": "1",
        "title": "C",
        "areas": [],
        "concepts": [
          {"id": "a", "text": "A"},
          {"id": "a", "text": "Again", "area": "nowhere"}
        ]
      }
      """
    let loaded = ConceptCatalogLoader.load(bytes: Array(text.utf8), file: "c.json")
    #expect(!loaded.succeeded)
    #expect(loaded.diagnostics.map(\.code).sorted() == ["IK0102", "IK0127"])
    #expect(loaded.diagnostics.allSatisfy { $0.location?.line == 9 })

    let unknownField = ConceptCatalogLoader.load(
      bytes: Array(
        #"{"schemaVersion": 1, "id": "c", "version": "1", "title": "C", "areas": [], "concepts": [], "colour": 1}"#
          .utf8),
      file: "f.json")
    #expect(unknownField.diagnostics.map(\.code) == ["IK0003"])
    let version = ConceptCatalogLoader.load(
      bytes: Array(#"{"schemaVersion": 7}"#.utf8), file: "v.json")
    #expect(version.diagnostics.map(\.code) == ["IK0002"])
    let broken = ConceptCatalogLoader.load(
      bytes: Array(#"{"schemaVersion": 1,"#.utf8), file: "b.json")
    #expect(broken.diagnostics.map(\.code) == ["IK0001"])
  }

  @Test func theShippedCatalogCompilesAndEveryConceptIsMeasured() throws {
    let compilation = ConceptCatalogCompiler.compile(FrameworkCatalog.concepts)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    var measured = Set<String>()
    for framework in FrameworkCatalog.all where framework.id != "DEMO" {
      let document = FrameworkCompiler.compile(framework).document
      #expect(document.conceptCatalog?.id == "hmip-casework", "\(document.label)")
      var links: [FrameworkDocument.ConceptLink] = []
      for question in document.allQuestions { links += question.measures ?? [] }
      for criterion in document.allCriteria { links += criterion.measures ?? [] }
      for section in document.sections { links += section.measures ?? [] }
      for headline in document.headlines { links += headline.measures ?? [] }
      measured.formUnion(links.map(\.concept))
      // Every question measures at least one concept exactly: its own check.
      let untagged = document.allQuestions.filter { question in
        !(question.measures ?? []).contains { $0.relation == .exact }
      }.map(\.id)
      #expect(untagged.isEmpty, "\(document.label): \(untagged)")
    }
    let orphans = compilation.document.concepts.map(\.id).filter { !measured.contains($0) }
    #expect(orphans.isEmpty, "concepts no framework measures: \(orphans)")
  }
}
