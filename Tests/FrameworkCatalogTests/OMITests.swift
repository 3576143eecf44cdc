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
    let area: String
    let cases: Int
    let items: [Item]
    let questions: [Finding]
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

/// The compiled document of a catalog framework; the catalog test keeps these diagnostic-free.
private func document(_ framework: Framework) -> FrameworkDocument {
  FrameworkCompiler.compile(framework).document
}

private let omiBody = [FrameworkCatalog.omi2006, FrameworkCatalog.omi2008]
private let omiAll = [
  FrameworkCatalog.omi2006, FrameworkCatalog.omi2006Appendix,
  FrameworkCatalog.omi2008,
]

/// Criteria as the contents pages of both OMI reports (Cheshire 2006, West Mercia 2008) print
/// them, identical apart from page numbers.
private let omiContents: [(id: String, title: String)] = [
  ("1.1", "PREPARING FOR SENTENCE"),
  ("1.2", "ASSESSMENT OF RISK OF HARM"),
  ("1.3", "ASSESSMENT OF LIKELIHOOD OF REOFFENDING"),
  ("1.4", "ASSESSMENT OF OFFENDER ENGAGEMENT"),
  ("1.5", "SENTENCE PLANNING"),
  ("2.1", "DELIVERING THE SENTENCE PLAN"),
  ("2.2", "PROTECTING THE PUBLIC BY MINIMISING RISK OF HARM"),
  ("2.3", "VICTIMS"),
  ("2.4", "ENSURING CONTAINMENT AND PROMOTING COMPLIANCE (Punish)"),
  ("2.5", "CONSTRUCTIVE INTERVENTIONS (Help and Change)"),
  ("2.6", "RESTRICTIVE INTERVENTIONS (Control)"),
  ("2.7", "DIVERSITY ISSUES"),
  ("3.1", "ACHIEVEMENT OF INITIAL OUTCOMES"),
  ("3.2", "SUSTAINABILITY OF PROGRESS"),
  ("4.1", "LEADERSHIP AND PLANNING"),
  ("4.2", "PERFORMANCE AGAINST NATIONAL AND REGIONAL TARGETS"),
  ("4.3", "RESOURCE DEPLOYMENT"),
  ("4.4", "WORKFORCE PLANNING AND DEVELOPMENT"),
  ("4.5", "REVIEW AND EVALUATION"),
  ("4.6", "COMMISSIONING OF SERVICES"),
]

/// Criteria as Appendix 3 (Scoring approach) of the Cheshire report lists them.
private let cheshireAppendix: [(id: String, title: String)] = [
  ("1.1", "Preparing for sentence"),
  ("1.2", "Assessment of risk of harm"),
  ("1.3", "Assessment of likelihood of reoffending"),
  ("1.4", "Assessment of offender engagement"),
  ("1.5", "Sentence planning"),
  ("2.1", "Protecting the public"),
  ("2.2", "Victims"),
  ("2.3", "Promoting compliance"),
  ("2.4", "Delivering interventions"),
  ("2.5", "Diversity needs"),
  ("3.1", "Interventions are delivered with the desired outcomes"),
  ("3.2", "Sustainability of progress"),
  ("4.1", "Leadership and planning"),
  ("4.2", "Performance against national and regional targets"),
  ("4.3", "Resource allocation"),
  ("4.4", "Workforce planning and development"),
  ("4.5", "Review and evaluation"),
  ("4.6", "Commissioning of services"),
]

/// Some one-line standards, verbatim from the West Mercia report body.
private let omiStandards: [(id: String, standard: String)] = [
  ("1.1", "Activity in the phase leading up to sentence is timely, purposeful and effective."),
  (
    "1.3",
    "Likelihood of reoffending is comprehensively and accurately assessed using OASys as "
      + "applicable."
  ),
  (
    "2.2",
    "All reasonable actions have been taken to protect the public by keeping to a minimum "
      + "the offender's RoH to others."
  ),
  ("2.3", "Consistent attention is given to issues concerning victims."),
  ("2.7", "Full and proper attention is paid to diversity issues."),
  ("3.1", "Planned objectives are efficiently achieved."),
  ("4.5", "Outcomes of interventions are assessed and reviewed using available data."),
]

@Suite("OMI (2006-09)")
struct OMITests {
  // Each table is checked in one test, naming the entry that differs: a test case per entry
  // would make `swift test` print a line for each.

  @Test("Criterion ids and titles match both reports' contents pages", arguments: ["2006", "2008"])
  func bodyTitles(version: String) throws {
    let framework = try #require(omiBody.first { $0.version == version })
    let criteria = document(framework).allCriteria
    for entry in omiContents {
      let criterion = criteria.first { $0.id == entry.id }
      #expect(criterion?.title.lowercased() == entry.title.lowercased(), "\(entry.id)")
    }
  }

  @Test("The appendix variant has Cheshire Appendix 3's ids and titles")
  func appendixTitles() throws {
    let criteria = document(FrameworkCatalog.omi2006Appendix).allCriteria
    for entry in cheshireAppendix {
      let criterion = criteria.first { $0.id == entry.id }
      #expect(criterion?.title.lowercased() == entry.title.lowercased(), "\(entry.id)")
    }
  }

  @Test func criterionListsAreExactlyThePublishedOnes() {
    for framework in omiBody {
      #expect(document(framework).allCriteria.map(\.id) == omiContents.map(\.id))
    }
    #expect(
      document(FrameworkCatalog.omi2006Appendix).allCriteria.map(\.id)
        == cheshireAppendix.map(\.id))
  }

  @Test("Standards are the reports' own words", arguments: omiStandards)
  func standards(entry: (id: String, standard: String)) throws {
    for framework in omiBody {
      let criterion = try #require(document(framework).allCriteria.first { $0.id == entry.id })
      #expect(criterion.standard == entry.standard)
    }
  }

  @Test func structure() {
    let expected: [(Framework, [Int], Int)] = [
      (FrameworkCatalog.omi2006, [5, 7, 2, 6], 157),
      (FrameworkCatalog.omi2006Appendix, [5, 5, 2, 6], 155),
      (FrameworkCatalog.omi2008, [5, 7, 2, 6], 172),
    ]
    for (framework, criteriaPerSection, questions) in expected {
      let doc = document(framework)
      #expect(doc.id == "OMI")
      #expect(doc.sections.map(\.id) == ["1", "2", "3", "4"])
      #expect(doc.sections.map(\.criteria.count) == criteriaPerSection)
      #expect(doc.allQuestions.count == questions)
      #expect(doc.sections.allSatisfy { $0.rule == .meanOfCriteria })
    }
  }

  @Test("Criteria in sections 1-3 weight individual and summary questions 80/20")
  func eightyTwenty() {
    for framework in omiAll {
      for section in document(framework).sections where section.id != "4" {
        for criterion in section.criteria {
          #expect(criterion.rule == .individualSummary(individual: 0.8, summary: 0.2))
          #expect(criterion.gradeScale == "conclusion")
        }
      }
    }
  }

  @Test("Every criterion with questions has exactly one summary question, <criterion>.s")
  func oneSummaryQuestion() {
    for framework in omiAll {
      for criterion in document(framework).allCriteria where !criterion.questions.isEmpty {
        let summaries = criterion.questions.filter { $0.role == .summary }
        #expect(
          summaries.map(\.id) == ["\(criterion.id).s"], "\(framework.version) \(criterion.id)")
      }
    }
  }

  @Test("Section 4 is judged well met ... not met, with no questions")
  func sectionFourIsJudged() throws {
    for framework in omiAll {
      let doc = document(framework)
      let scale = try #require(doc.judgementScales.first { $0.id == "section4" })
      #expect(
        scale.labels.map(\.label)
          == ["Well met", "Satisfactorily met", "Partly met", "Not met"])
      let four = try #require(doc.sections.first { $0.id == "4" })
      #expect(four.criteria.count == 6)
      #expect(four.criteria.allSatisfy { $0.questions.isEmpty && $0.judgementScale == "section4" })
    }
  }

  @Test("The RoH thread covers sections 1 and 2 only")
  func rohThread() throws {
    for framework in omiAll {
      let doc = document(framework)
      #expect(doc.headlines.map(\.id) == ["RoH"])
      let thread = try #require(doc.headlines.first)
      #expect(thread.theme == "RoH")
      #expect(thread.sections == ["1", "2"])
      #expect(thread.rule == .meanOfQuestions)
      for id in ["1", "2"] {
        let section = try #require(doc.sections.first { $0.id == id })
        #expect(section.criteria.contains { $0.questions.contains { $0.themes.contains("RoH") } })
      }
    }
  }

  @Test("The 2006 sample has no custody cases; the 2008 sample has")
  func caseTypes() throws {
    let values = { (framework: Framework) in
      document(framework).attributes.first { $0.id == "case_type" }?.values ?? []
    }
    #expect(values(FrameworkCatalog.omi2006) == ["community", "licence"])
    #expect(values(FrameworkCatalog.omi2008) == ["community", "licence", "custody"])
  }

  @Test("Conclusions band the displayed score: 69.6 shows as 70 and is good")
  func conclusionBasis() throws {
    let scale = try #require(
      document(FrameworkCatalog.omi2008).gradeScales.first {
        $0.id == "conclusion"
      })
    #expect(scale.basis == .displayed)
    let cases: [(Double, String)] = [
      (70, "good"), (69.6, "good"), (69.4, "priority"), (60, "priority"), (59.5, "priority"),
      (59.4, "urgent"), (0, "urgent"), (100, "good"),
    ]
    for (value, band) in cases {
      #expect(scale.band(for: value, displayDecimals: 0)?.id == band, "\(value)")
    }
  }

  @Test("The grade scale reproduces all 27 published OMI conclusions")
  func publishedConclusions() throws {
    var checked = 0
    for (file, framework) in [
      ("OMI-Cheshire-2006.json", FrameworkCatalog.omi2006Revised),
      ("OMI-WestMercia-2008.json", FrameworkCatalog.omi2008),
    ] {
      let published = try PublishedReport.load(file)
      #expect(published.framework.id == framework.id)
      #expect(published.framework.version == framework.version)
      let doc = document(framework)
      let scale = try #require(doc.gradeScales.first { $0.id == "conclusion" })
      let labels = Set(scale.bands.map(\.label))
      for item in published.inspections.flatMap(\.items)
      where item.kind == "criterion" && item.percent != nil && labels.contains(item.label ?? "") {
        let percent = try #require(item.percent)
        let band = scale.band(for: percent, displayDecimals: doc.presentation.displayDecimals)
        #expect(band?.label == item.label, "\(file) \(item.id) \(percent)")
        checked += 1
      }
    }
    #expect(checked == 27)
  }

  @Test("Published section 4 grades are labels of the judgement scale")
  func publishedSectionFour() throws {
    for (file, framework) in [
      ("OMI-Cheshire-2006.json", FrameworkCatalog.omi2006Revised),
      ("OMI-WestMercia-2008.json", FrameworkCatalog.omi2008),
    ] {
      let doc = document(framework)
      let labels = Set(doc.judgementScales.flatMap(\.labels).map(\.label))
      let items = try PublishedReport.load(file).inspections.flatMap(\.items)
        .filter { $0.id.hasPrefix("4.") }
      #expect(items.count == 6)
      #expect(items.allSatisfy { labels.contains($0.label ?? "") })
    }
  }

  @Test("Published RoH thread scores: Cheshire 65, West Mercia 70")
  func publishedThread() throws {
    let cheshire = try PublishedReport.load("OMI-Cheshire-2006.json").inspections[0]
    let westMercia = try PublishedReport.load("OMI-WestMercia-2008.json").inspections[0]
    #expect(cheshire.items.first { $0.kind == "headline" }?.percent == 65)
    #expect(westMercia.items.first { $0.kind == "headline" }?.percent == 70)
    #expect(cheshire.cases == 100)
    #expect(westMercia.cases == 110)
  }

  @Test("Every published finding names a declared question, and every individual question has one")
  func findingsMapToQuestions() throws {
    for (file, framework) in [
      ("OMI-Cheshire-2006.json", FrameworkCatalog.omi2006Revised),
      ("OMI-WestMercia-2008.json", FrameworkCatalog.omi2008),
    ] {
      let questions = document(framework).allQuestions
      let findings = try PublishedReport.load(file).inspections.flatMap(\.questions)
      let declared = Set(questions.map(\.id))
      #expect(findings.allSatisfy { declared.contains($0.id) })
      #expect(Set(findings.map(\.id)).count == findings.count)
      let individual = questions.filter { $0.role != .summary }.map(\.id)
      #expect(Set(individual).isSubset(of: Set(findings.map(\.id))))
      #expect(findings.allSatisfy { ($0.percent ?? 0) >= 0 && ($0.percent ?? 0) <= 100 })
    }
  }
}
