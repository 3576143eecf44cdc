import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

/// The 2012–15 youth inspections as one question bank: FJI 2012.2 and 2013.2 declare the case
/// assessment tool's questions by theme; SQS 2012.2 is a declared subset of them.
@Suite("Youth question bank")
struct YouthQuestionBankTests {
  static let fji = FrameworkCompiler.compile(FrameworkCatalog.fji2013Revised)
  static let fji2012 = FrameworkCompiler.compile(FrameworkCatalog.fji2012Revised)
  static let sqs = FrameworkCompiler.compile(FrameworkCatalog.sqsRevised)

  /// The four themes, in the report's order, as sections 1–4 and as theme ids.
  static let themes: [(section: String, theme: String, title: String)] = [
    ("1", "LoR", "Reducing the likelihood of reoffending"),
    ("2", "RoH", "Protecting the public"),
    ("3", "Safeguarding", "Protecting the child or young person"),
    ("4", "CE", "Ensuring the sentence is served"),
  ]

  /// The initial-outcome criteria, which SQS leaves out.
  static let initialOutcomes = ["1.5", "2.6", "3.6", "4.2"]

  @Test("The bank and the subset compile with no diagnostics at all")
  func compile() {
    for compilation in [Self.fji, Self.fji2012, Self.sqs] {
      #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    }
  }

  @Test("SQS is declared as a subset of the FJI question bank, pinned by fingerprint")
  func sqsIsASubset() throws {
    let bank = try #require(Self.sqs.document.subsetOf)
    #expect(bank.label == "FJI@2013.2")
    #expect(bank.fingerprint == (try Self.fji.document.fingerprint()))
    #expect(bank.select == ["1", "2", "3", "4"])
    #expect(bank.exclude == Self.initialOutcomes)
    let provenance = try #require(bank.provenance)
    #expect(provenance.source == "youth-inspection-programme-page")
    #expect(provenance.quote == "with SQS using a subset of the questions")
  }

  @Test("Every SQS question is the FJI question of the same id, word for word")
  func sqsQuestionsAreTheBanks() throws {
    let bank = Dictionary(
      uniqueKeysWithValues: Self.fji.document.allQuestions.map { ($0.id, $0) })
    let questions = Self.sqs.document.allQuestions
    #expect(questions.count == 32)
    for question in questions {
      #expect(bank[question.id] == question, "\(question.id)")
    }
    // And every FJI question outside the initial outcomes, management and governance is asked.
    let practice = Self.fji.document.sections.prefix(4).flatMap { section in
      section.criteria.filter { !Self.initialOutcomes.contains($0.id) }.flatMap(\.questions)
    }
    #expect(practice.map(\.id) == questions.map(\.id))
    // The criteria and sections SQS keeps are the bank's, less the left-out criteria.
    for section in Self.sqs.document.sections {
      var expected = try #require(Self.fji.document.sections.first { $0.id == section.id })
      expected.criteria.removeAll { Self.initialOutcomes.contains($0.id) }
      #expect(section == expected, "section \(section.id)")
    }
  }

  @Test("Sections 1–4 are the four themes; each question carries its section's theme only")
  func organisedByTheme() throws {
    for document in [Self.fji.document, Self.sqs.document] {
      #expect(document.themes.map(\.id) == Self.themes.map(\.theme))
      for (id, theme, title) in Self.themes {
        let section = try #require(document.sections.first { $0.id == id })
        #expect(section.title == title)
        #expect(section.rule == .pooledQuestions)
        for question in section.criteria.flatMap(\.questions) {
          #expect(question.themes == [theme], "\(document.label) \(question.id)")
        }
        let headline = try #require(document.headlines.first { $0.id == theme })
        #expect(headline.title == title)
        #expect(headline.sections == [id])
        #expect(headline.rule == .pooledQuestions)
      }
    }
    let fji = Self.fji.document
    #expect(fji.sections.map(\.id) == ["1", "2", "3", "4", "5", "6"])
    #expect(fji.sections[4].criteria.flatMap(\.questions).allSatisfy { $0.themes.isEmpty })
    #expect(fji.headlines.allSatisfy { $0.gradeScale == "stars" })
    #expect(Self.sqs.document.headlines.allSatisfy { $0.gradeScale == nil })
  }

  @Test("Counts: FJI 47 questions (40 before, reviews and remedies asked per theme); SQS 32")
  func counts() {
    let fji = Self.fji.document
    #expect(fji.allQuestions.count == 47)
    #expect(fji.allCriteria.count == 24)
    #expect(Self.fji2012.document.allQuestions == fji.allQuestions)
    #expect(Self.sqs.document.allCriteria.count == 15)
    // The bank's question ids, section by section.
    let perSection = fji.sections.map { $0.criteria.flatMap(\.questions).count }
    #expect(perSection == [13, 10, 10, 8, 6, 0])
  }

  @Test("Governance is FJI's criterion 6.1, judged on the star scale")
  func governance() throws {
    let governance = try #require(Self.fji.document.allCriteria.first { $0.id == "6.1" })
    #expect(governance.questions.isEmpty)
    #expect(governance.judgementScale == "governance-stars")
    #expect(!Self.sqs.document.allCriteria.contains { $0.id == "6.1" })
  }

  @Test("Compliance is on its printed scale: fully or after initial difficulties is above the line")
  func compliance() throws {
    let question = try #require(Self.fji.document.allQuestions.first { $0.id == "4.2.a" })
    let scale = try #require(Self.fji.document.scales.first { $0.id == question.scale })
    #expect(scale.options.map(\.code) == ["fully", "after-difficulties", "not", "na"])
    #expect(scale.options.map(\.effect) == [.sufficient, .sufficient, .insufficient, .notRelevant])
    #expect(scale.provenance?.basis == .statedRule)
    // SQS does not ask the initial outcomes, so it does not carry the scale.
    #expect(!Self.sqs.document.scales.contains { $0.id == "compliance" })
  }

  @Test("The crosswalk SQS → FJI maps every SQS question to itself, as equal")
  func crosswalkToTheBank() throws {
    let compilation = CrosswalkCompiler.compile(
      FrameworkCatalog.sqsToFJI,
      from: (Self.sqs.document, try Self.sqs.document.fingerprint()),
      to: (Self.fji.document, try Self.fji.document.fingerprint()))
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let mappings = compilation.document.mappings
    #expect(mappings.map(\.from) == Self.sqs.document.allQuestions.map(\.id))
    #expect(mappings.allSatisfy { $0.to == $0.from && $0.relation == .equal })
  }
}
