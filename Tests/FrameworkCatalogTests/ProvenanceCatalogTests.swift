import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

/// Every part of every shipped historical framework says where in its published source it
/// comes from, in the compiled JSON document itself.
@Suite("Provenance of the shipped frameworks")
struct ProvenanceCatalogTests {
  /// The historical frameworks: every shipped one but the demonstration.
  static let historical = FrameworkCatalog.all.filter { $0.id != "DEMO" }.map {
    "\($0.id)@\($0.version)"
  }

  /// The compiled document of `label`, read back from its canonical JSON, so that the test
  /// sees what a user of the file sees.
  static func document(_ label: String) throws -> FrameworkDocument {
    let framework = try #require(FrameworkCatalog.all.first { "\($0.id)@\($0.version)" == label })
    let compilation = FrameworkCompiler.compile(framework)
    try #require(compilation.succeeded)
    let json = try compilation.document.canonicalJSON()
    let loaded = FrameworkLoader.load(bytes: Array(json.utf8), file: "\(label).json")
    return try #require(loaded.document, "\(loaded.diagnostics.map(\.rendered))")
  }

  @Test("Every part of a historical framework cites a declared, findable source")
  func everyPartIsCited() throws {
    for label in Self.historical {
      let document = try Self.document(label)
      #expect(document.historical == true)
      let sources = Dictionary(
        document.sources.compactMap { source in source.id.map { ($0, source) } },
        uniquingKeysWith: { first, _ in first })
      let items = document.provenanceItems
      // Sections, criteria, questions, rules, scales and headlines are all there to check.
      #expect(items.filter { $0.kind == .question }.count == document.allQuestions.count)
      #expect(
        items.filter { $0.kind == .criterion && $0.aspect == .element }.count
          == document.allCriteria.count)
      for item in items {
        let provenance = try #require(
          item.provenance, "\(label): \(item.description) cites nothing")
        let source = try #require(
          sources[provenance.source], "\(label): \(item.description) cites \(provenance.source)")
        #expect(source.publisher != nil && source.date != nil && source.reference != nil)
        #expect(!provenance.location.isEmpty, "\(label): \(item.description)")
        if provenance.basis == .inferredRule {
          #expect(provenance.reproduces?.isEmpty == false, "\(label): \(item.description)")
        }
      }
    }
  }

  @Test("The demonstration is not historical")
  func demonstrationIsNew() throws {
    let document = FrameworkCompiler.compile(FrameworkCatalog.demonstration).document
    #expect(document.historical == nil)
  }

  @Test(
    "Question counts per basis add up to the question count, as published in docs/provenance.md")
  func questionCounts() throws {
    let table: [(String, [ProvenanceBasis: Int])] = [
      ("ESI@2003", [.printedFigure: 23, .printedInWords: 1]),
      ("OMI@2006", [.printedFigure: 127, .printedInWords: 18, .placeholder: 12]),
      ("OMI@2006-appendix3", [.printedFigure: 127, .printedInWords: 18, .placeholder: 10]),
      ("OMI@2008", [.printedFigure: 116, .printedInWords: 42, .placeholder: 14]),
      ("OMI@2006.2", [.printedFigure: 127, .printedInWords: 18, .placeholder: 12]),
      ("OMI@2006.2-appendix3", [.printedFigure: 127, .printedInWords: 18, .placeholder: 10]),
      ("OMI2@2009", [.printedFigure: 172, .printedInWords: 32]),
      ("OMI2@2009.2", [.printedFigure: 172, .printedInWords: 30]),
      ("IAOW@2013", [.placeholder: 14]),
      ("CCI@2009", [.placeholder: 3]),
      ("SQS@2012", [.reportProse: 25]),
      ("FJI@2012", [.reportProse: 40]),
      ("FJI@2013", [.reportProse: 40]),
      ("SQS@2012.2", [.reportProse: 32]),
      ("FJI@2012.2", [.reportProse: 47]),
      ("FJI@2013.2", [.reportProse: 47]),
    ]
    for (label, expected) in table {
      let document = try Self.document(label)
      let summary = ProvenanceSummary(document)
      for basis in ProvenanceBasis.allCases {
        #expect(summary.questions[basis] == expected[basis, default: 0], "\(label) \(basis)")
      }
      #expect(summary.questions.notCited == 0)
      #expect(summary.questionTotal == document.allQuestions.count)
      #expect(expected.values.reduce(0, +) == document.allQuestions.count)
    }
  }

  @Test("Inferred rules say what they reproduce: OMI's conclusion bands and FJI's stars")
  func inferredBands() throws {
    for label in ["OMI@2006", "OMI@2006-appendix3", "OMI@2008", "FJI@2012", "FJI@2013"] {
      let document = try Self.document(label)
      let inferred = ProvenanceSummary(document).inferredRules
      #expect(inferred.map(\.description) == ["grade scale \(document.gradeScales[0].id)"])
    }
    let omi = try Self.document("OMI@2008")
    #expect(
      ProvenanceMarks(omi).inferredRule(ofScale: "conclusion")?.contains("all 27") == true)
    let fji = try Self.document("FJI@2013")
    #expect(ProvenanceMarks(fji).inferredRule(ofScale: "stars")?.hasPrefix("23 of the 24") == true)
  }

  @Test("Frameworks/ cites no file outside the repository")
  func noDeadReferences() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Frameworks")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }.sorted()
    #expect(files.count > 10)
    let dead = ["SCORING.md", "domain.md", "indicators.md", "seed-facts", "seeds/", "seed:0"]
    for file in files {
      let text = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for reference in dead {
        #expect(!text.contains(reference), "\(file) cites \(reference)")
      }
    }
  }

  @Test("A document written before provenance existed still loads, and scores the same")
  func documentsWithoutProvenanceLoad() throws {
    let document = try Self.document("OMI2@2009")
    var old = document
    old.historical = nil
    old.sources = old.sources.map { .init(title: $0.title, reference: $0.reference, note: $0.note) }
    for s in old.sections.indices {
      old.sections[s].provenance = nil
      old.sections[s].ruleProvenance = nil
      for c in old.sections[s].criteria.indices {
        old.sections[s].criteria[c].provenance = nil
        old.sections[s].criteria[c].ruleProvenance = nil
        for q in old.sections[s].criteria[c].questions.indices {
          old.sections[s].criteria[c].questions[q].provenance = nil
        }
      }
    }
    for h in old.headlines.indices {
      old.headlines[h].provenance = nil
      old.headlines[h].ruleProvenance = nil
      old.headlines[h].membershipProvenance = nil
    }
    for i in old.scales.indices { old.scales[i].provenance = nil }
    for i in old.judgementScales.indices { old.judgementScales[i].provenance = nil }
    let json = try old.canonicalJSON()
    for member in ["provenance", "historical", "publisher", "\"url\""] {
      #expect(!json.contains(member), "\(member) is still in the document")
    }
    let loaded = FrameworkLoader.load(bytes: Array(json.utf8), file: "OMI2-before.json")
    #expect(loaded.diagnostics.map(\.rendered) == [])
    let reloaded = try #require(loaded.document)
    #expect(reloaded.allQuestions.map(\.id) == document.allQuestions.map(\.id))
    #expect(ProvenanceSummary(reloaded).questions.notCited == 204)
  }
}
