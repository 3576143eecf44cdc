import Foundation
import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionSchema
import Testing

/// Every file in `Examples/Published/`, read, reconciled with the framework it was published
/// under, and walked: nothing printed is dropped, and no verbal figure poses as an exact one.
@Suite("Examples/Published: every file, every figure")
struct PublishedFilesTests {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/Published")

  static let names: [String] = {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return all.filter { $0.hasSuffix(".json") }.sorted()
  }()

  static func load(_ name: String) throws -> (PublishedFigures, String) {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    return (
      try PublishedFigures.read(bytes: Array(data), file: name),
      String(decoding: data, as: UTF8.self)
    )
  }

  static func reconcile(_ figures: PublishedFigures) throws -> Reconciliation {
    let framework = try #require(
      FrameworkCatalog.all.first {
        $0.id == figures.framework.id && $0.version == figures.framework.version
      })
    let compiled = FrameworkCompiler.compile(framework)
    return Reconciliation(
      figures: figures, document: compiled.document, fingerprint: "sha256:test")
  }

  @Test func theFilesAreThere() {
    #expect(Self.names.count == 7)
  }

  /// Every item, aggregate and range is reproduced, divergent or not checkable with a reason;
  /// every question finding is read by a check or says why not.
  @Test(arguments: names)
  func everyPrintedFigureIsCheckedOrSaysWhyNot(name: String) throws {
    let (figures, _) = try Self.load(name)
    let r = try Self.reconcile(figures)
    func accounted(_ inspection: String, _ kind: PublishedFigures.Kind, _ id: String) -> Bool {
      r.entries.contains { $0.inspection == inspection && $0.kind == kind && $0.id == id }
    }
    for inspection in figures.inspections {
      for item in inspection.items {
        #expect(
          accounted(inspection.name, item.kind, item.id), "\(name): \(inspection.name) \(item.id)")
      }
      let findings = r.findings.filter { $0.inspection == inspection.name }
      #expect(findings.count == (inspection.questions ?? []).count, "\(name) \(inspection.name)")
    }
    for aggregate in figures.aggregates ?? [] {
      #expect(accounted(aggregate.set ?? "programme", aggregate.kind, aggregate.id), "\(name)")
    }
    for spread in figures.ranges ?? [] {
      #expect(accounted("programme", spread.kind, spread.id), "\(name)")
    }
    for entry in r.notCheckable {
      #expect(!entry.detail.isEmpty, "\(name): \(entry.id)")
    }
    for finding in r.findings {
      #expect(
        !finding.usedBy.isEmpty || !(finding.reason ?? "").isEmpty, "\(name): \(finding.id)")
    }
    // The file records every divergence beyond rounding: reconcile --strict passes.
    let unexplained = r.divergences.filter { $0.status == .new && $0.beyondRounding }
    #expect(unexplained.isEmpty, "\(name): \(unexplained.map { "\($0.inspection) \($0.id)" })")
  }

  /// A figure the report gives in words keeps its words and is stored as what it is; an exact
  /// percentage is printed, as digits and %, in the words it quotes.
  @Test(arguments: names)
  func noVerbalFigureIsStoredAsAnExactPercentageWithoutSayingSo(name: String) throws {
    let (figures, _) = try Self.load(name)
    var figured: [(String, PublishedFigure, PublishedCitation, String?)] = []
    for inspection in figures.inspections {
      figured += inspection.items.map {
        ("\(inspection.name) \($0.id)", $0.figure, $0.provenance, $0.note)
      }
      figured += (inspection.questions ?? []).map {
        ("\(inspection.name) \($0.id)", $0.figure, $0.provenance, $0.note)
      }
    }
    figured += (figures.aggregates ?? []).map {
      ("aggregate \($0.id)", $0.figure, $0.provenance, $0.note)
    }
    for (what, figure, citation, note) in figured {
      let quote = (citation.quote?.lowercased() ?? "").replacingOccurrences(of: " %", with: "%")
      if citation.basis == .printedInWords, figure.form != .words {
        #expect(figure.words != nil, "\(name): \(what) is in words but keeps none")
      }
      if let words = figure.words, !quote.isEmpty {
        for part in words.lowercased().components(separatedBy: " ... ") {
          #expect(quote.contains(part), "\(name): \(what): '\(part)' is not in its quote")
        }
      }
      if figure.form == .bound || figure.form == .approximate {
        #expect(figure.words != nil, "\(name): \(what)")
      }
      // An exact percentage is printed as digits in its quote, or sits in a table cell the
      // location names (a printed figure without a quote), or says it comes from words.
      if let percent = figure.percent, figure.denominator == nil {
        let digits = PublishedShare.percentText(percent.percent)
        // Words give an exact figure only when they say all or none, or when a note says what
        // printed figure they refer to ("the same proportion" as the 61% before it).
        let words = " \(figure.words?.lowercased() ?? "") "
        let allOrNone = [" all ", " none ", " every "].contains { words.contains($0) }
        let fromWords =
          citation.basis == .printedInWords && figure.words != nil
          && (allOrNone || note != nil)
        let printed = quote.isEmpty ? citation.basis == .printedFigure : quote.contains(digits)
        #expect(
          printed || fromWords,
          "\(name): \(what) stores \(digits) as exact, but does not print it or say so")
      }
    }
  }

  /// The repository cites the published reports, never files it does not contain.
  @Test(arguments: names)
  func filesCiteTheReportNotCopiesOfIt(name: String) throws {
    let (figures, text) = try Self.load(name)
    for forbidden in ["seeds/", ".txt", "seed:", "seed-facts", "domain.md", "SCORING.md"] {
      #expect(!text.contains(forbidden), "\(name) mentions \(forbidden)")
    }
    // No line numbers of a copy: "(L24)", "L706-720".
    #expect(text.range(of: #"\bL\d{2,4}\b"#, options: .regularExpression) == nil, "\(name)")
    #expect(!figures.source.title.isEmpty && figures.source.date != nil)
  }

  /// A file and its framework cite the same report, and a finding and the question it measures
  /// cite the same place in it: the two read alike.
  @Test(arguments: names)
  func findingsCiteTheirQuestionsPlaces(name: String) throws {
    let (figures, _) = try Self.load(name)
    let framework = try #require(
      FrameworkCatalog.all.first {
        $0.id == figures.framework.id && $0.version == figures.framework.version
      })
    let document = FrameworkCompiler.compile(framework).document
    #expect(document.sources.contains { $0.id == figures.source.id }, "\(name)")
    let questions = Dictionary(
      document.allQuestions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for inspection in figures.inspections {
      for finding in inspection.questions ?? [] {
        let cited = try #require(questions[finding.id]?.provenance, "\(name) \(finding.id)")
        #expect(cited.source == figures.source.id, "\(name) \(finding.id)")
        #expect(
          cited.location == finding.provenance.location,
          "\(name) \(finding.id): '\(finding.provenance.location)' vs '\(cited.location)'")
      }
    }
  }

  @Test func hertfordshireReportsCriteria23_24And32() throws {
    let (figures, _) = try Self.load("OMI2-Hertfordshire-2010.json")
    let r = try Self.reconcile(figures)
    for id in ["2.3", "2.4", "3.2"] {
      let entry = try #require(
        r.entries.first { $0.kind == .criterion && $0.id == id && $0.check == .aggregation })
      #expect(entry.outcome != .notCheckable, "\(id): \(entry.detail)")
    }
    let divergent = Set(r.divergences.map { "\($0.kind.rawValue) \($0.id)" })
    #expect(divergent.isSuperset(of: ["criterion 2.4", "criterion 3.2", "section 2"]))
    #expect(r.divergences.allSatisfy { $0.status == .known })
  }

  @Test func esiChecksEveryCriterionWhoseFindingsArePrinted() throws {
    let (figures, _) = try Self.load("ESI-WestMidlands-2005.json")
    let r = try Self.reconcile(figures)
    let checked = r.entries.filter { $0.check == .aggregation && $0.outcome != .notCheckable }
    #expect(
      checked.map { "\($0.inspection) \($0.id)" } == [
        "West Midlands (2004 original) C2", "West Midlands (2004 original) C5",
        "West Midlands (2005 follow-up) B1", "West Midlands (2005 follow-up) B3",
        "West Midlands (2005 follow-up) C2", "West Midlands (2005 follow-up) C5",
      ])
  }
}
