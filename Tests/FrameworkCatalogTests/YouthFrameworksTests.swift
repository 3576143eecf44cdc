import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

/// Fidelity of the youth frameworks CCI (2009), SQS (2012) and FJI (2012, 2013) to the HMI
/// Probation Annual Report 2013–14 (Chapter 4).
@Suite("Youth frameworks")
struct YouthFrameworksTests {
  // MARK: - Fixtures

  static let cci = FrameworkCompiler.compile(FrameworkCatalog.cci).document
  static let sqs = FrameworkCompiler.compile(FrameworkCatalog.sqs).document
  static let fji2012 = FrameworkCompiler.compile(FrameworkCatalog.fji2012).document
  static let fji2013 = FrameworkCompiler.compile(FrameworkCatalog.fji2013).document
  static let fjiVersions = [fji2012, fji2013]
  static let fji2012Revised = FrameworkCompiler.compile(FrameworkCatalog.fji2012Revised).document
  static let fji2013Revised = FrameworkCompiler.compile(FrameworkCatalog.fji2013Revised).document

  /// The four themes as the report names them (Chapter 4, paragraph 4.1, and the rows of the FJI headline scores table).
  static let themes: [(id: String, title: String)] = [
    ("LoR", "Reducing the likelihood of reoffending"),
    ("RoH", "Protecting the public"),
    ("Safeguarding", "Protecting the child or young person"),
    ("CE", "Ensuring the sentence is served"),
  ]

  /// The practice areas of the SQS key findings (Chapter 4, paragraph 4.3, Key findings - SQSs), in the report's order.
  static let practiceCriteria: [(id: String, title: String)] = [
    ("1.1", "Pre-sentence reports (PSRs)"),
    ("1.2", "Assessments"),
    ("1.3", "Planning"),
    ("1.4", "Reviews"),
    ("1.5", "Management, supervision and oversight"),
    ("1.6", "Engagement"),
  ]

  /// FJI sections: practice, then the two FJI key-findings headings (Chapter 4, paragraph 4.4),
  /// then governance (paragraph 4.1 and the Governance row of the headline scores table).
  static let fjiSections: [(id: String, title: String)] = [
    ("1", "Practice"),
    ("2", "Initial outcomes"),
    ("3", "Management of practice"),
    ("4", "Governance and leadership"),
  ]

  /// FJI criteria after the practice areas, in the words of Chapter 4, paragraph 4.4, and the
  /// Governance row of its table.
  static let fjiOtherCriteria: [(id: String, title: String)] = [
    ("2.1", "Reduction in frequency and seriousness of offending"),
    ("2.2", "Health and well-being"),
    ("2.3", "Diversity factors"),
    ("2.4", "Engagement in meeting the requirements of the sentence"),
    ("2.5", "Compliance"),
    ("2.6", "Risk of harm to others"),
    ("2.7", "Keeping the child or young person safe"),
    ("2.8", "Sustainability of positive outcomes"),
    ("3.1", "Resources"),
    ("3.2", "Staff supervision and quality assurance"),
    ("3.3", "Effective practice, policies and procedures"),
    ("3.4", "Training and skills development"),
    ("4.1", "Governance"),
  ]

  // MARK: - Published figures

  struct PublishedFile: Decodable {
    struct Reference: Decodable { let id: String; let version: String }
    struct Item: Decodable {
      let id: String
      let kind: String
      let percent: Double?
      let label: String?
      let atLeast: String?
      let approximately: String?
      let words: String?
      let provenance: Provenance
    }
    struct Provenance: Decodable {
      let location: String
      let basis: String
    }
    struct Override: Decodable {
      let id: String
      let kind: String
      let published: String
      let expected: String
      let reason: String
    }
    struct Inspection: Decodable {
      let area: String
      let items: [Item]
      let overrides: [Override]?
    }
    let framework: Reference
    let inspections: [Inspection]
    let aggregates: [Item]?
  }

  static func published(_ name: String) throws -> PublishedFile {
    let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = root.appending(path: "Examples/Published/\(name)")
    return try JSONDecoder().decode(PublishedFile.self, from: Data(contentsOf: url))
  }

  // MARK: - Structure

  @Test("Every youth framework compiles without diagnostics")
  func compileCleanly() {
    let frameworks = [
      FrameworkCatalog.cci, FrameworkCatalog.sqs, FrameworkCatalog.fji2012,
      FrameworkCatalog.fji2013,
    ]
    for framework in frameworks {
      #expect(FrameworkCompiler.compile(framework).diagnostics.map(\.rendered) == [])
    }
  }

  @Test("SQS and FJI declare the four themes as the report names them", arguments: themes)
  func themeTitles(id: String, title: String) {
    for document in [Self.sqs] + Self.fjiVersions {
      #expect(document.themes.first { $0.id == id }?.title == title, "\(document.label)")
      #expect(document.headlines.first { $0.id == id }?.title == title, "\(document.label)")
      #expect(document.headlines.first { $0.id == id }?.theme == id, "\(document.label)")
    }
  }

  @Test("Practice criteria match the SQS key findings", arguments: practiceCriteria)
  func practiceCriterionTitles(id: String, title: String) {
    for document in [Self.sqs] + Self.fjiVersions {
      #expect(document.allCriteria.first { $0.id == id }?.title == title, "\(document.label)")
    }
  }

  @Test("FJI sections match the report's headings", arguments: fjiSections)
  func fjiSectionTitles(id: String, title: String) {
    for document in Self.fjiVersions {
      #expect(document.sections.first { $0.id == id }?.title == title, "\(document.label)")
    }
  }

  @Test("FJI outcome, management and governance criteria match the report")
  func fjiCriterionTitles() {
    for (id, title) in Self.fjiOtherCriteria {
      for document in Self.fjiVersions {
        #expect(document.allCriteria.first { $0.id == id }?.title == title, "\(document.label)")
      }
    }
  }

  @Test("Structure counts: sections, criteria, questions")
  func counts() {
    #expect(Self.cci.sections.count == 1)
    #expect(Self.cci.allCriteria.count == 3)
    #expect(Self.cci.allQuestions.count == 3)
    #expect(Self.sqs.sections.map(\.id) == ["1"])
    #expect(Self.sqs.allCriteria.map(\.id) == Self.practiceCriteria.map(\.id))
    #expect(Self.sqs.allQuestions.count == 25)
    for document in Self.fjiVersions {
      #expect(document.sections.map(\.id) == Self.fjiSections.map(\.id))
      #expect(
        document.allCriteria.map(\.id)
          == Self.practiceCriteria.map(\.id) + Self.fjiOtherCriteria.map(\.id))
      #expect(document.allQuestions.count == 40)
    }
  }

  @Test("Question ids are <criterion>.<letter>, lettered from a in order")
  func questionIDs() {
    for document in [Self.cci, Self.sqs] + Self.fjiVersions {
      for criterion in document.allCriteria {
        let expected = criterion.questions.indices.map { index in
          "\(criterion.id).\(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(index))))"
        }
        #expect(criterion.questions.map(\.id) == expected, "\(document.label) \(criterion.id)")
      }
    }
  }

  @Test("SQS questions are the FJI practice questions (one tool, SQS a subset)")
  func sqsIsSubsetOfFJI() throws {
    for document in Self.fjiVersions {
      let practice = try #require(document.sections.first { $0.id == "1" })
      let fjiQuestions = practice.criteria.flatMap(\.questions)
      #expect(Self.sqs.allQuestions == fjiQuestions, "\(document.label)")
    }
  }

  @Test("The two FJI versions differ only in the star descriptors")
  func fjiVersionsShareStructure() {
    #expect(Self.fji2012.sections == Self.fji2013.sections)
    #expect(Self.fji2012.headlines == Self.fji2013.headlines)
    #expect(Self.fji2012.attributes == Self.fji2013.attributes)
    let bounds = { (document: FrameworkDocument) in
      document.gradeScales.flatMap { $0.bands.map { [$0.id, $0.label, $0.boundsDescription] } }
    }
    #expect(bounds(Self.fji2012) == bounds(Self.fji2013))
  }

  @Test("Case attributes: sentence type, offence, looked after, out of area, Welsh, report")
  func attributes() {
    for document in [Self.sqs] + Self.fjiVersions {
      let values = Dictionary(uniqueKeysWithValues: document.attributes.map { ($0.id, $0.values) })
      #expect(
        values["sentence_type"]
          == ["referral order", "youth rehabilitation order", "custodial sentence"])
      #expect(values["offence_category"]?.first == "violence against the person")
      #expect(values["looked_after"] == ["yes", "no"])
      #expect(values["placed_out_of_area"] == ["yes", "no"])
      #expect(values["welsh_language"] == ["yes", "no"])
      #expect(values["report_type"] == ["psr", "panel report", "none"])
    }
  }

  @Test("Applicability: PSR questions need a report; the Welsh question a Welsh speaker")
  func applicability() {
    let questions = Dictionary(uniqueKeysWithValues: Self.sqs.allQuestions.map { ($0.id, $0) })
    #expect(
      questions["1.1.b"]?.applicability == .attribute("report_type", in: ["psr", "panel report"]))
    #expect(questions["1.1.e"]?.applicability == .attribute("report_type", in: ["psr"]))
    #expect(questions["1.6.d"]?.applicability == .attribute("welsh_language", in: ["yes"]))
    #expect(questions["1.6.c"]?.applicability == .answer("1.6.b", in: ["yes"]))
    #expect(questions["1.2.a"]?.applicability == nil)
  }

  // MARK: - Headlines and stars

  @Test("Every theme headline has questions carrying its theme in the sections it averages")
  func headlinesAreComputable() {
    for document in [Self.cci, Self.sqs] + Self.fjiVersions {
      for headline in document.headlines {
        let carried = document.sections
          .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
          .flatMap { $0.criteria.flatMap(\.questions) }
          .filter { $0.themes.contains(headline.theme) }
        #expect(!carried.isEmpty, "\(document.label) \(headline.id)")
      }
    }
    for document in Self.fjiVersions {
      #expect(document.headlines.map(\.sections) == Array(repeating: ["1", "2"], count: 4))
      #expect(document.headlines.allSatisfy { $0.gradeScale == "stars" })
    }
    #expect(Self.sqs.headlines.allSatisfy { $0.gradeScale == nil && $0.judgementScale == nil })
  }

  @Test("Star bands: **** ≥ 80, *** 65–79, ** 50–64, * < 50 on the displayed value")
  func starBands() throws {
    for document in Self.fjiVersions {
      let stars = try #require(document.gradeScales.first { $0.id == "stars" })
      #expect(stars.basis == .displayed)
      let cases: [(Double, String)] = [
        (100, "****"), (80, "****"), (79.5, "****"), (79.4, "***"), (65, "***"), (64.5, "***"),
        (64.4, "**"), (50, "**"), (49.5, "**"), (49.4, "*"), (0, "*"),
      ]
      for (value, label) in cases {
        #expect(stars.band(for: value, displayDecimals: 0)?.label == label, "\(value)")
      }
    }
  }

  @Test("Descriptors: 2013 good…poor; before 2013 *** meant good")
  func descriptors() throws {
    let meanings = { (document: FrameworkDocument) throws -> [String?] in
      try #require(document.gradeScales.first { $0.id == "stars" }).bands.map(\.meaning)
    }
    #expect(try meanings(Self.fji2013) == ["good", "satisfactory", "unsatisfactory", "poor"])
    #expect(try meanings(Self.fji2012) == ["very good", "good", "unsatisfactory", "poor"])
    for document in Self.fjiVersions {
      let labels = try #require(document.judgementScales.first { $0.id == "governance-stars" })
      #expect(labels.labels.map(\.meaning) == (try meanings(document)))
      #expect(labels.labels.map(\.label) == ["****", "***", "**", "*"])
    }
  }

  @Test("Inferred rules are written down as assumptions, and only where they are inferred")
  func assumptions() {
    for document in Self.fjiVersions {
      #expect(document.assumptions.contains { $0.hasPrefix("Star cut-offs") })
      #expect(document.assumptions.contains { $0.hasPrefix("Governance is judged") })
    }
    #expect(Self.fji2012.assumptions.contains { $0.hasPrefix("Pre-2013 descriptors") })
    #expect(!Self.fji2013.assumptions.contains { $0.contains("descriptors") })
    #expect(Self.sqs.assumptions.contains { $0.hasPrefix("The overall score") })
    #expect(Self.cci.assumptions.contains { $0.contains("stand-in question") })
  }

  @Test("The star scale reproduces 23 of the 24 published theme cells; the 24th is the override")
  func publishedStars() throws {
    let file = try Self.published("FJI-AnnualReport-2013-14.json")
    #expect(file.framework.id == "FJI")
    #expect(file.framework.version == "2013.2")
    #expect(
      file.inspections.map(\.area)
        == ["Croydon", "Rochdale", "Wrexham", "Portsmouth", "Peterborough", "Islington"])
    for document in Self.fjiVersions + [Self.fji2012Revised, Self.fji2013Revised] {
      let stars = try #require(document.gradeScales.first { $0.id == "stars" })
      var matched = 0
      var mismatched: [String] = []
      for inspection in file.inspections {
        for item in inspection.items where item.kind == "headline" {
          let percent = try #require(item.percent)
          let computed = stars.band(for: percent, displayDecimals: 0)?.label
          if computed == item.label {
            matched += 1
          } else {
            let published = item.label ?? ""
            mismatched.append("\(inspection.area)/\(item.id)/\(published)→\(computed ?? "")")
          }
        }
      }
      let overrides = file.inspections.flatMap { inspection in
        (inspection.overrides ?? []).map {
          "\(inspection.area)/\($0.id)/\($0.published)→\($0.expected)"
        }
      }
      #expect(matched == 23, "\(document.label)")
      #expect(mismatched == ["Croydon/Safeguarding/***→**"], "\(document.label)")
      #expect(mismatched == overrides, "\(document.label)")
    }
  }

  @Test("Published FJI items name the framework's headlines and the governance criterion")
  func publishedItemsExist() throws {
    let file = try Self.published("FJI-AnnualReport-2013-14.json")
    let headlines = Set(Self.fji2013Revised.headlines.map(\.id))
    for inspection in file.inspections {
      #expect(inspection.items.filter { $0.kind == "headline" }.map(\.id) == Self.themes.map(\.id))
      #expect(inspection.items.allSatisfy { $0.kind != "headline" || headlines.contains($0.id) })
      #expect(
        inspection.items.allSatisfy {
          $0.provenance.location.hasPrefix(
            "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14")
        })
      let governance = try #require(inspection.items.first { $0.kind == "criterion" })
      #expect(governance.id == "6.1")
      #expect(Self.fji2013Revised.allCriteria.contains { $0.id == governance.id })
      #expect(governance.percent == nil)
      #expect(["****", "***", "**", "*"].contains(governance.label ?? ""))
    }
  }

  @Test("Governance is a judgement: no questions, a judgement scale, never a grade scale")
  func governanceIsJudgement() throws {
    for document in Self.fjiVersions {
      let governance = try #require(document.allCriteria.first { $0.id == "4.1" })
      #expect(governance.questions.isEmpty)
      #expect(governance.gradeScale == nil)
      let scale = try #require(governance.judgementScale)
      #expect(document.judgementScales.contains { $0.id == scale })
      #expect(!document.gradeScales.contains { $0.id == scale })
      let section = try #require(document.sections.first { $0.id == "4" })
      #expect(section.gradeScale == nil)
      #expect(section.criteria.map(\.id) == ["4.1"])
      #expect(!document.headlines.contains { $0.sections.contains("4") })
    }
  }

  // MARK: - SQS programme figures

  @Test("Published SQS figures name the framework's criteria and questions")
  func publishedSQS() throws {
    let file = try Self.published("SQS-AnnualReport-2013-14.json")
    #expect(file.framework.id == "SQS")
    #expect(file.framework.version == "2012")
    #expect(file.inspections.count == 28)
    #expect(file.inspections.allSatisfy { $0.items.isEmpty })
    let ids = Set(Self.sqs.allCriteria.map(\.id) + Self.sqs.allQuestions.map(\.id))
    let aggregates = try #require(file.aggregates)
    #expect(aggregates.map(\.id) == ["1.2", "1.3", "1.4", "1.5", "1.1", "1.1.e", "1.6.a", "1.6.d"])
    #expect(aggregates.allSatisfy { ids.contains($0.id) && $0.percent == nil })
    // Given in words, and stored as what the words say: a bound, an approximate value.
    #expect(aggregates.allSatisfy { $0.words != nil && $0.provenance.basis == "printedInWords" })
    #expect(aggregates.first { $0.id == "1.2" }?.atLeast == "3/4")
    #expect(aggregates.first { $0.id == "1.3" }?.approximately == "3/4")
  }

  // MARK: - CCI

  @Test("CCI: three headlines commented MINIMUM…DRASTIC, by judgement only")
  func cciHeadlines() throws {
    #expect(Self.cci.headlines.map(\.id) == ["Safeguarding", "RoH", "LoR"])
    #expect(
      Self.cci.headlines.map(\.title)
        == ["Safeguarding", "Risk of Harm to others", "Likelihood of Reoffending"])
    #expect(Self.cci.headlines.allSatisfy { $0.gradeScale == nil })
    #expect(Self.cci.headlines.allSatisfy { $0.judgementScale == "improvement" })
    #expect(Self.cci.gradeScales.isEmpty)
    let scale = try #require(Self.cci.judgementScales.first { $0.id == "improvement" })
    #expect(scale.labels.map(\.label) == ["MINIMUM", "MODERATE", "SUBSTANTIAL", "DRASTIC"])
  }
}
