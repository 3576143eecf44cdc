import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import Testing

/// The published figures of one report, as `docs/published-files.md` describes them.
private struct PublishedReport: Decodable {
  struct FrameworkReference: Decodable {
    let id: String
    let version: String
  }
  struct Inspection: Decodable {
    let cases: Int
    let items: [Item]
    let questions: [Finding]
    let knownDiscrepancies: [Discrepancy]
  }
  struct Item: Decodable {
    let id: String
    let kind: String
    let percent: Double?
    let label: String?
  }
  struct Finding: Decodable {
    let id: String
    let percent: Double?
  }
  struct Discrepancy: Decodable {
    let id: String
    let kind: String
    let published: Double
    /// A value, or a range written "low-high" when the rule reads bounds or approximate values.
    let expected: Expected
    let reason: String
  }
  enum Expected: Decodable, Equatable {
    case value(Double)
    case range(String)
    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Double.self) {
        self = .value(value)
      } else {
        self = .range(try container.decode(String.self))
      }
    }
  }
  let framework: FrameworkReference
  let inspections: [Inspection]

  /// Reads `Examples/Published/<name>` from the repository this file belongs to.
  static func load(_ name: String) throws -> PublishedReport {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let data = try Data(contentsOf: root.appendingPathComponent("Examples/Published/\(name)"))
    return try JSONDecoder().decode(PublishedReport.self, from: data)
  }
}

private let omi2 = FrameworkCompiler.compile(FrameworkCatalog.omi2).document

/// Criteria as the Hertfordshire report body prints them (its General criterion headings).
private let hertfordshireBody: [(id: String, title: String)] = [
  ("1.1", "PREPARING FOR SENTENCE"),
  ("1.2", "ASSESSMENT AND PLANNING TO MINIMISE RISK OF HARM TO OTHERS"),
  ("1.3", "ASSESSMENT AND PLANNING TO REDUCE THE LIKELIHOOD OF REOFFENDING"),
  ("1.4", "ASSESSMENT AND PLANNING FOR OFFENDER ENGAGEMENT"),
  ("2.1", "DELIVERING THE SENTENCE PLAN (INCLUDING THE PUNISH ELEMENT)"),
  ("2.2", "DELIVERING RESTRICTIVE INTERVENTIONS (THE CONTROL ELEMENT OF THE SENTENCE PLAN)"),
  ("2.3", "DELIVERING CONSTRUCTIVE INTERVENTIONS (THE HELP AND CHANGE ELEMENTS)"),
  ("2.4", "MANAGING DIVERSITY AND MAXIMISING OFFENDER ENGAGEMENT"),
  ("3.1", "ACHIEVEMENT OF INITIAL OUTCOMES (INCLUDING THE PUNISH ELEMENT)"),
  ("3.2", "MINIMISING RISK OF HARM TO OTHERS (THE CONTROL OBJECTIVE)"),
  ("3.3", "REDUCING LIKELIHOOD OF REOFFENDING (THE HELP AND CHANGE OBJECTIVES)"),
  ("4.1", "EFFECTIVE LEADERSHIP MAKES GOOD QUALITY OFFENDER MANAGEMENT MORE LIKELY"),
  ("4.2", "EFFECTIVE RESOURCE DEPLOYMENT MAKES GOOD QUALITY OFFENDER MANAGEMENT MORE LIKELY"),
  (
    "4.3",
    "EFFECTIVE WORKFORCE PLANNING AND DEVELOPMENT MAKES GOOD QUALITY OFFENDER MANAGEMENT "
      + "MORE LIKELY"
  ),
  (
    "4.4",
    "AN EFFECTIVE REVIEW AND EVALUATION REGIME MAKES GOOD QUALITY OFFENDER MANAGEMENT MORE "
      + "LIKELY"
  ),
  (
    "4.5",
    "EFFECTIVE PROVISION OF ACCESSIBLE SERVICES MAKES GOOD QUALITY OFFENDER MANAGEMENT MORE "
      + "LIKELY"
  ),
]

/// Some one-line standards, verbatim from the Hertfordshire report body.
private let omi2Standards: [(id: String, standard: String)] = [
  ("1.1", "High quality reports are produced to inform sentencing."),
  ("2.2", "All reasonable action is taken to keep to a minimum the individual's RoH."),
  (
    "2.4",
    "The management of offenders' diversity needs facilitates effective engagement with the "
      + "sentence."
  ),
  ("3.2", "All reasonable action has been taken to keep to a minimum the individual's RoH."),
  (
    "4.4",
    "Outcomes from interventions are evaluated for their impact on public protection and "
      + "reducing reoffending."
  ),
]

@Suite("OMI2 (2009-12)")
struct OMI2Tests {
  // Each table is checked in one test, naming the entry that differs.

  @Test("Criterion ids and titles match the Hertfordshire report")
  func titles() throws {
    for entry in hertfordshireBody {
      let criterion = omi2.allCriteria.first { $0.id == entry.id }
      #expect(criterion?.title.lowercased() == entry.title.lowercased(), "\(entry.id)")
    }
  }

  @Test("Standards are the report's own words")
  func standards() throws {
    for entry in omi2Standards {
      let criterion = omi2.allCriteria.first { $0.id == entry.id }
      #expect(criterion?.standard == entry.standard, "\(entry.id)")
    }
  }

  @Test func structure() {
    #expect(omi2.id == "OMI2")
    #expect(omi2.version == "2009")
    #expect(omi2.allCriteria.map(\.id) == hertfordshireBody.map(\.id))
    #expect(omi2.sections.map(\.criteria.count) == [4, 4, 3, 5])
    #expect(omi2.allQuestions.count == 204)
    #expect(omi2.sections.allSatisfy { $0.rule == .meanOfCriteria })
  }

  @Test("Criteria are the plain mean of their questions: no 80/20, no summary questions")
  func noEightyTwenty() {
    for criterion in omi2.allCriteria where !criterion.questions.isEmpty {
      #expect(criterion.rule == .meanOfQuestions)
      #expect(criterion.questions.allSatisfy { $0.role == .individual })
      #expect(criterion.judgementScale == "improvement")
      #expect(criterion.gradeScale == nil)
    }
  }

  @Test("Comments are a judgement scale, MINIMUM to DRASTIC, with no thresholds")
  func comments() throws {
    let scale = try #require(omi2.judgementScales.first { $0.id == "improvement" })
    #expect(
      scale.labels.map(\.label) == [
        "MINIMUM improvement required", "MODERATE improvement required",
        "SUBSTANTIAL improvement required", "DRASTIC improvement required",
      ])
    #expect(scale.advisory == nil)
    #expect(omi2.gradeScales.isEmpty)
  }

  @Test("Section 4 is judged very / sufficiently / not sufficiently / not effective")
  func sectionFour() throws {
    let scale = try #require(omi2.judgementScales.first { $0.id == "effectiveness" })
    #expect(
      scale.labels.map(\.label) == [
        "Very effective", "Sufficiently effective", "Not sufficiently effective", "Not effective",
      ])
    let four = try #require(omi2.sections.first { $0.id == "4" })
    #expect(
      four.criteria.allSatisfy {
        $0.questions.isEmpty && $0.judgementScale == "effectiveness"
      })
  }

  @Test("Headlines: RoH over sections 1-2; LoR and C&E over sections 1-3")
  func headlines() {
    let scopes = omi2.headlines.map { "\($0.id):\($0.theme):\($0.sections.joined(separator: ","))" }
    #expect(scopes == ["RoH:RoH:1,2", "LoR:LoR:1,2,3", "CE:CE:1,2,3"])
    #expect(omi2.headlines.allSatisfy { $0.judgementScale == "improvement" })
    #expect(omi2.headlines.allSatisfy { $0.rule == .meanOfQuestions })
  }

  @Test(
    "The practice examples' sub-criterion references name questions on their topics",
    arguments: [
      ("1.4.b", "sentence planning"), ("2.2.e", "victim safety"),
      ("2.4.b", "motivating and supporting"), ("2.4.c", "vulnerable"),
      ("3.3.c", "closely linked to their offending"),
    ])
  func practiceExampleReferences(id: String, topic: String) throws {
    let question = try #require(omi2.allQuestions.first { $0.id == id })
    #expect(question.text.contains(topic))
  }

  @Test("Published sections 1 and 3 are the rounded mean of their criteria; section 2 is not")
  func sectionMeans() throws {
    let published = try PublishedReport.load("OMI2-Hertfordshire-2010.json")
    #expect(published.framework.id == "OMI2")
    #expect(published.framework.version == "2009.2")
    let inspection = try #require(published.inspections.first)
    #expect(inspection.cases == 127)
    let percent = { (kind: String, id: String) in
      inspection.items.first { $0.kind == kind && $0.id == id }?.percent
    }
    for section in omi2.sections where section.id != "4" {
      let scores = section.criteria.compactMap { percent("criterion", $0.id) }
      #expect(scores.count == section.criteria.count)
      let mean = scores.reduce(0, +) / Double(scores.count)
      let sectionScore = try #require(percent("section", section.id))
      if section.id == "2" {
        #expect(mean == 67.25)
        #expect(sectionScore == 69)
        #expect(sectionScore != mean.rounded())
        let discrepancy = try #require(
          inspection.knownDiscrepancies.first {
            $0.kind == "section" && $0.id == "2"
          })
        #expect(discrepancy.published == sectionScore)
        #expect(discrepancy.expected == .value(mean))
      } else {
        #expect(sectionScore == mean.rounded(), "section \(section.id)")
        #expect(!inspection.knownDiscrepancies.contains { $0.id == section.id })
      }
    }
  }

  @Test("Published comments and grades are labels of the declared judgement scales")
  func publishedLabels() throws {
    let inspection = try #require(
      try PublishedReport.load("OMI2-Hertfordshire-2010.json")
        .inspections.first)
    let labels = Set(omi2.judgementScales.flatMap(\.labels).map(\.label))
    let labelled = inspection.items.filter { $0.label != nil }
    #expect(labelled.count == 11 + 3 + 5)
    #expect(labelled.allSatisfy { labels.contains($0.label ?? "") })
    let headlines = inspection.items.filter { $0.kind == "headline" }
    #expect(headlines.map(\.id) == omi2.headlines.map(\.id))
    #expect(headlines.map(\.percent) == [65, 65, 72])
  }

  @Test("Every published finding names a declared question, and every question has one")
  func findingsMapToQuestions() throws {
    let findings = try PublishedReport.load("OMI2-Hertfordshire-2010.json").inspections
      .flatMap(\.questions)
    // The file is mapped to OMI2 2009.2, the record with the printed answer scales.
    let revised = FrameworkCompiler.compile(FrameworkCatalog.omi2Revised).document
    #expect(findings.map(\.id) == revised.allQuestions.map(\.id))
    #expect(findings.allSatisfy { ($0.percent ?? 0) >= 0 && ($0.percent ?? 0) <= 100 })
  }
}
