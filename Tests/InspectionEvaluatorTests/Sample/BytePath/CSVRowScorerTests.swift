import Foundation
import InspectionDSL
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// The byte-level path of ``CSVSampleReader`` (clean rows scored by ``CSVRowScorer``) must leave
/// exactly the tally the general path leaves: same counts, fingerprint, exclusions and
/// diagnostics, in the same order. Each row below is one the scorer must decline or accept.
@Suite struct CSVRowScorerTests {
  static let header =
    "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a"
  static let clean = "A,licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes"

  /// Rows, each after a clean one and followed by another, with what makes them special.
  static let rows: [(String, String)] = [
    ("clean", "B,community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("empty id", ",community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("duplicate id", "A,community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("quoted id", "\"B\",community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("id needing JSON escapes", "B\\1,community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("id with a quote inside quotes", "\"B\"\"1\",community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("non-ASCII id", "Bé,community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("replacement character in the id", "B\u{FFFD},community,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("undeclared attribute value", "B,communty,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("empty attribute", "B,,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("answer not on the scale", "B,community,medium,maybe,,yes,yes,poor,yes,,,no,no"),
    ("answer where not relevant", "B,community,medium,no,yes,yes,yes,poor,yes,,,no,no"),
    ("relevant question unanswered", "B,licence,medium,no,,yes,yes,poor,yes,,,no,no"),
    ("too few fields", "B,community,medium,no,,yes,yes,poor,yes,,,no"),
    ("too many fields", "B,community,medium,no,,yes,yes,poor,yes,,,no,no,"),
    ("quoted answers", "B,community,\"medium\",\"no\",,yes,yes,poor,yes,,,no,no"),
    ("a code with trailing space", "B,community,medium,no ,,yes,yes,poor,yes,,,no,no"),
    ("a quote inside an unquoted field", "B,community,medium,n\"o,,yes,yes,poor,yes,,,no,no"),
    ("an unclosed quote", "B,community,medium,\"no,,yes,yes,poor,yes,,,no,no"),
  ]

  /// Scores `text` through `CSVSampleReader.read(into:)` (bytes where it can) and through
  /// `next()` only (the general path), returning both JSON reports with their diagnostics.
  static func bothPaths(
    _ text: String, options: SampleTally.Options, plan: ScoringPlan = Fixtures.demonstration
  ) -> (bytes: String, general: String) {
    func render(_ evaluation: Evaluation) -> String {
      let summary = evaluation.summary
      return [
        ScoreJSONReport.render(evaluation.result),
        "cases \(summary.cases) scored \(summary.scored) invalid \(summary.invalidCases)",
        "fingerprint \(summary.fingerprint)",
        "excluded \(summary.excluded)", "incomplete \(summary.incomplete)",
        "ids \(summary.caseIDHashes)", "suppressed \(summary.suppressed)",
      ].joined(separator: "\n") + "\n"
        + evaluation.summary.diagnostics.map(\.rendered).joined(separator: "\n")
    }
    var fast = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "s.csv")
    var general = GeneralPath(
      base: CSVSampleReader(
        bytes: Array(text.utf8), plan: plan, displayName: "s.csv"))
    return (
      render(Evaluator.evaluate(plan: plan, reader: &fast, options: options)),
      render(Evaluator.evaluate(plan: plan, reader: &general, options: options))
    )
  }

  /// The option sets the paths are compared under, by name (tests take the names, so that the
  /// test log prints names rather than values).
  static let namedOptionSets: [(String, SampleTally.Options)] = [
    ("defaults", .init()),
    ("lenient", .init(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true)),
  ]
  static let optionSets = namedOptionSets.map(\.1)

  /// Every row under each option set (one test case per row: a case per pair would double the
  /// lines `swift test` prints).
  @Test(arguments: rows.map(\.0))
  func bothPathsAgree(row name: String) throws {
    let row = try #require(Self.rows.first { $0.0 == name })
    for (optionsName, options) in Self.namedOptionSets {
      for lineEnd in ["\n", "\r\n"] {
        let text =
          ([Self.header, Self.clean, row.1, "Z,custody,low,yes,,yes,yes,good,na,,,,yes"]
            .joined(separator: lineEnd)) + lineEnd
        let (bytes, general) = Self.bothPaths(text, options: options)
        #expect(bytes == general, "\(row.0), \(optionsName)")
      }
    }
  }

  @Test func theExcludedColumnSendsARowTheGeneralWay() {
    let text =
      Self.header + ",excluded\n" + Self.clean + ",\n"
      + "B,community,medium,no,,yes,yes,poor,yes,,,no,no,transferred\n"
    for options in Self.optionSets {
      let (bytes, general) = Self.bothPaths(text, options: options)
      #expect(bytes == general)
      #expect(bytes.contains("transferred"))
    }
  }

  @Test(arguments: SamplePropertyTests.seedBatches)
  func randomSamplesAgree(seeds: ClosedRange<UInt64>) {
    for seed in seeds {
      let cases = DemonstrationCase.sample(count: 40, seed: seed, blanks: true, exclusions: true)
      let (bytes, general) = Self.bothPaths(
        cases.csv(), options: .init(allowIncomplete: true, collectCaseIDs: true))
      #expect(bytes == general)
    }
  }

  @Test func aCaseWithNoRelevantQuestionHasAnEmptyAnswersObject() throws {
    // `{"answers":{},…}`: the JSON writer's pieces start with their comma, and an object with
    // none must still open. Both questions apply to kind `a` only.
    let plan = try Fixtures.plan(
      Framework("NONE", version: "1", title: "Nothing relevant") {
        Attribute("kind", "Kind", values: "a", "b")
        Section("1", "S") {
          Criterion("1.1", "C") {
            Question("q1", "Q1").relevant(when: .attribute("kind", is: "a"))
            Question("q2", "Q2").relevant(when: .attribute("kind", is: "a"))
          }
        }
      })
    let text = "case,kind,q1,q2\nA,b,,\nB,a,yes,no\nC,b,,\n"
    let (bytes, general) = Self.bothPaths(text, options: .init(), plan: plan)
    #expect(bytes == general)
    #expect(bytes.contains("cases 3 scored 3"))
    // The rows with no answer are scored from their bytes, not declined.
    var csv = CSVReader(string: text)
    let header = try #require(try csv.nextRecord())
    var search = SuggestionSearch()
    var scorer = try #require(
      CSVRowScorer(
        plan: plan,
        columns: CSVColumnMap.make(header: header, plan: plan, file: "", search: &search).0
      ))
    var tally = SampleTally(plan: plan)
    #expect(try csv.nextRawRecord())
    #expect(csv.withRawFields { scorer.score($0, row: 1, into: &tally) })
  }

  @Test func aCleanRowIsScoredFromBytes() throws {
    // Guards the tests above: the byte path must actually be taken for clean rows.
    let plan = Fixtures.demonstration
    var csv = CSVReader(string: Self.header + "\n" + Self.clean + "\n")
    let header = try #require(try csv.nextRecord())
    var search = SuggestionSearch()
    let (columns, problems) = CSVColumnMap.make(
      header: header, plan: plan, file: "s.csv", search: &search)
    #expect(problems.isEmpty)
    var scorer = try #require(CSVRowScorer(plan: plan, columns: columns))
    var tally = SampleTally(plan: plan)
    #expect(try csv.nextRawRecord())
    #expect(csv.withRawFields { scorer.score($0, row: 1, into: &tally) })
    #expect(tally.summary.scored == 1)
    #expect(
      tally.summary.questions.map(\.cases) == Array(repeating: 1, count: plan.questions.count))
  }
}

/// Reads through ``SampleReader/next()`` only, so the default `read(into:)` applies: the
/// general path, as the reference for the byte path.
struct GeneralPath<Base: SampleReader>: SampleReader {
  var base: Base
  mutating func next() -> SampleRecord? { base.next() }
}
