import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import Testing

/// Fidelity of the IAOW declaration to the 2013–14 annual report and the recovered
/// criteria grid (HM Inspectorate of Probation, Criteria for the Inspection of Adult Offending
/// Work, February 2013).
@Suite("IAOW")
struct IAOWTests {
  static let document = FrameworkCompiler.compile(FrameworkCatalog.iaow).document

  /// The five key areas, in the report's order and words (Annual Report 2013–14, Chapter 2, paragraph 2.2).
  static let keyAreas: [(String, String)] = [
    ("1", "Assisting sentencing"),
    ("2", "Delivering the sentence of the court"),
    ("3", "Reducing the likelihood of reoffending"),
    ("4", "Protecting the public"),
    ("5", "Delivering effective work for victims"),
  ]

  /// The 19 criteria of the February 2013 Criteria, as Appendix 5 prints them.
  static let criteria: [(String, String)] = [
    ("1.1", "Assessment and planning to inform sentencing"),
    ("1.4", "Leadership and management to support sentencing"),
    ("2.1", "Assessment and planning to deliver the sentence"),
    ("2.2", "Delivery and review of the sentence plan and maximising offender engagement"),
    ("2.3", "Initial outcomes are achieved"),
    ("2.4", "Leadership and management to deliver the sentence and achieve initial outcomes"),
    ("3.1", "Assessment to reduce the likelihood of reoffending"),
    ("3.2", "Delivery of interventions to reduce the likelihood of reoffending"),
    ("3.3", "Likelihood of reoffending is reduced"),
    ("3.4", "Leadership and management to reduce the likelihood of reoffending"),
    ("4.1", "Assessment and planning to minimise risk of harm to others"),
    ("4.2", "Delivery of interventions to minimise risk of harm to others"),
    ("4.3", "Risk of harm to others is minimised"),
    ("4.4", "Leadership and management to minimise risk of harm to others"),
    ("5.1", "Assessment and planning to minimise risk of harm to victims"),
    ("5.2", "Delivery of interventions to minimise risk of harm to victims"),
    ("5.3", "Risk of harm to victims is minimised"),
    ("5.4", "Leadership and management to deliver effective work for victims"),
    ("5.5", "Victim contact and restorative justice"),
  ]

  static let leadershipCriteria = ["1.4", "2.4", "3.4", "4.4", "5.4"]

  @Test func compilesWithoutDiagnostics() {
    let compilation = FrameworkCompiler.compile(FrameworkCatalog.iaow)
    #expect(compilation.diagnostics.isEmpty)
    #expect(compilation.document.id == "IAOW")
    #expect(compilation.document.version == "2013")
    #expect(compilation.document.title == "Inspection of Adult Offending Work")
  }

  @Test func fiveKeyAreasInOrder() {
    #expect(Self.document.sections.map(\.id) == Self.keyAreas.map(\.0))
    #expect(Self.document.sections.map(\.title) == Self.keyAreas.map(\.1))
  }

  @Test(arguments: keyAreas)
  func keyAreaIsAPooledSectionScore(id: String, title: String) throws {
    let section = try #require(Self.document.sections.first { $0.id == id })
    #expect(section.title == title)
    #expect(section.rule == .pooledQuestions)
    #expect(section.criteria.allSatisfy { $0.id.hasPrefix(id + ".") })
  }

  @Test func headlineScoresAreSectionScoresNotThemes() {
    #expect(Self.document.headlines.isEmpty)
    #expect(Self.document.themes.isEmpty)
  }

  @Test
  func criterionMatchesGrid() throws {
    for (id, title) in Self.criteria {
      let criterion = try #require(
        Self.document.allCriteria.first { $0.id == id }, "criterion \(id)")
      #expect(criterion.title == title)
    }
  }

  @Test func nineteenCriteriaAndNoOthers() {
    #expect(Self.document.allCriteria.map(\.id) == Self.criteria.map(\.0))
    #expect(!Self.document.allCriteria.contains { $0.id == "1.2" || $0.id == "1.3" })
  }

  @Test func leadershipAndManagementAreJudged() {
    for criterion in Self.document.allCriteria {
      let judged = Self.leadershipCriteria.contains(criterion.id)
      #expect(criterion.questions.isEmpty == judged, "\(criterion.id)")
      #expect((criterion.judgementScale == "commentary") == judged, "\(criterion.id)")
    }
  }

  @Test func caseBasedCriteriaHaveOneNeutralQuestion() {
    let caseBased = Self.document.allCriteria.filter { !$0.questions.isEmpty }
    #expect(caseBased.count == 14)
    for criterion in caseBased {
      #expect(criterion.questions.map(\.id) == [criterion.id + ".s"])
      #expect(criterion.questions.first?.role == .summary)
    }
  }

  @Test func outcomeOneStatementsAreTheCriteriaWords() throws {
    let one = try #require(Self.document.sections.first)
    #expect(one.standard?.hasPrefix("Pre-sentence reports and court liaison work") == true)
    let c11 = try #require(Self.document.allCriteria.first { $0.id == "1.1" })
    #expect(c11.standard == "Reports assist courts in passing appropriate sentences.")
    let guidance = c11.questions.first?.guidance ?? ""
    #expect(guidance.contains("Reports are based on sufficient information"))
  }

  @Test(arguments: [
    ("1.1.s", Applicability.attribute("psr", in: ["yes"])),
    ("5.5.s", Applicability.attribute("victim_contact", in: ["yes"])),
  ])
  func restrictedCriteria(id: String, condition: Applicability) throws {
    let question = try #require(Self.document.allQuestions.first { $0.id == id })
    #expect(question.applicability == condition)
  }

  // MARK: Published figures

  private struct Published: Decodable {
    struct Framework: Decodable { let id: String; let version: String }
    struct Inspection: Decodable {
      let area: String
      let set: String
      let items: [Item]
    }
    struct Item: Decodable {
      let id: String
      let kind: String
      let percent: Double
      let set: String?
      let areas: [String]?
    }
    struct Discrepancy: Decodable {
      let id: String
      let kind: String
      let set: String
      let published: Double
      let expected: Double
    }
    let schemaVersion: Int
    let framework: Framework
    let inspections: [Inspection]
    let aggregates: [Item]
    let knownDiscrepancies: [Discrepancy]
  }

  private static func published() throws -> Published {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Examples/Published/IAOW-AnnualReport-2013-14.json")
    return try JSONDecoder().decode(Published.self, from: Data(contentsOf: url))
  }

  /// The trust rows as printed (Annual Report 2013–14, Chapter 2, paragraph 2.3, both tables).
  static let trusts: [(String, [Double])] = [
    ("Bedfordshire", [77, 73, 66, 61, 61]),
    ("Merseyside", [79, 83, 75, 76, 87]),
    ("Devon & Cornwall", [82, 78, 69, 70, 78]),
    ("Hampshire", [79, 82, 75, 76, 77]),
    ("Northumbria", [89, 82, 77, 72, 77]),
    ("Northamptonshire", [78, 79, 73, 68, 74]),
    ("York & North Yorkshire", [82, 85, 82, 80, 86]),
    ("Norfolk & Suffolk", [85, 77, 66, 67, 70]),
    ("Kent", [86, 74, 63, 58, 64]),
    ("Durham Tees Valley", [89, 79, 70, 70, 66]),
    ("London", [85, 67, 53, 52, 53]),
  ]

  @Test func publishedFiguresDecodeAndNameThisFramework() throws {
    let figures = try Self.published()
    #expect(figures.schemaVersion == 2)
    #expect(figures.framework.id == Self.document.id)
    #expect(figures.framework.version == Self.document.version)
    #expect(figures.inspections.count == 11)
    #expect(figures.aggregates.count == 10)
  }

  @Test(arguments: trusts)
  func trustScoresAsPrinted(area: String, scores: [Double]) throws {
    let inspection = try #require(try Self.published().inspections.first { $0.area == area })
    #expect(inspection.items.map(\.id) == ["1", "2", "3", "4", "5"])
    #expect(inspection.items.map(\.percent) == scores)
  }

  @Test func everyPublishedIdIsAKeyArea() throws {
    let figures = try Self.published()
    let sections = Set(Self.document.sections.map(\.id))
    let items = figures.inspections.flatMap(\.items) + figures.aggregates
    for item in items {
      #expect(item.kind == "section")
      #expect(sections.contains(item.id), "\(item.id)")
    }
    for discrepancy in figures.knownDiscrepancies {
      #expect(discrepancy.kind == "section")
      #expect(sections.contains(discrepancy.id))
    }
  }

  /// The programme aggregates are not the means of the trust scores (presumably pooled):
  /// every aggregate whose rounded trust mean differs is recorded, with that mean as `expected`.
  @Test func programmeAggregatesAreNotMeansOfTrustScores() throws {
    let figures = try Self.published()
    var differing: [String] = []
    for aggregate in figures.aggregates {
      let set = try #require(aggregate.set)
      let members = figures.inspections.filter { $0.set == set }
      #expect(members.map(\.area) == aggregate.areas)
      let scores = members.compactMap { inspection in
        inspection.items.first { $0.id == aggregate.id }?.percent
      }
      #expect(scores.count == members.count)
      let mean = scores.reduce(0, +) / Double(scores.count)
      let recorded = figures.knownDiscrepancies.first {
        $0.set == set && $0.id == aggregate.id
      }
      if (mean + 1e-9).rounded() != aggregate.percent {
        differing.append("\(set) \(aggregate.id)")
        let discrepancy = try #require(recorded, "unrecorded: \(set) \(aggregate.id)")
        #expect(discrepancy.published == aggregate.percent)
        #expect(abs(discrepancy.expected - mean) < 0.01)
      } else {
        #expect(recorded == nil)
      }
    }
    #expect(
      differing == [
        "violent offenders 5", "protecting children 1", "protecting children 3",
        "protecting children 4", "protecting children 5",
      ])
  }

  @Test func aggregatesAsPrinted() throws {
    let figures = try Self.published()
    let bySet = Dictionary(grouping: figures.aggregates) { $0.set ?? "" }
    #expect(bySet["violent offenders"]?.map(\.percent) == [81, 80, 73, 71, 77])
    #expect(bySet["protecting children"]?.map(\.percent) == [86, 76, 66, 64, 67])
    #expect(bySet["violent offenders"]?.first?.areas?.count == 6)
    #expect(bySet["protecting children"]?.first?.areas?.count == 5)
  }
}
