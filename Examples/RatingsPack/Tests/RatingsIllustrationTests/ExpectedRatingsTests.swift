import Foundation
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport
import RatingsIllustration
import Testing

/// The illustrative framework scored on its 40-case sample with its judgements, every rating
/// computed by hand below from the counts in `Samples/sample.csv`.
///
/// The bands of a case standard: its lowest key-question percentage ≥ 80 Outstanding (3
/// points), ≥ 65 and < 80 Good (2), ≥ 50 and < 65 Requires improvement (1), < 50 Inadequate
/// (0). The overall rating: the twelve standards' points, 0–6 Inadequate, 7–18 Requires
/// improvement, 19–30 Good, 31–36 Outstanding.
@Suite("Expected ratings, computed by hand")
struct ExpectedRatingsTests {
  /// The pack's directory: this file is `Tests/RatingsIllustrationTests/…`.
  static let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func score(judgements file: String? = "judgements.csv") throws -> Evaluation {
    let compilation = FrameworkCompiler.compile(RatingsIllustration.standardsAndRatings)
    #expect(compilation.diagnostics.map(\.rendered) == [])
    let document = compilation.document
    let plan = try ScoringPlan(document, fingerprint: try document.fingerprint())
    var reader = try CSVSampleReader(
      path: pack.appendingPathComponent("Samples/sample.csv").path, plan: plan)
    var judgements: [String: RecordedJudgement] = [:]
    var diagnostics: [Diagnostic] = []
    if let file {
      let bytes = try Data(contentsOf: pack.appendingPathComponent("Samples/\(file)"))
      let read = JudgementsReader.read(bytes: Array(bytes), file: file, document: document)
      (judgements, diagnostics) = (read.judgements, read.diagnostics)
    }
    return Evaluator.evaluate(
      plan: plan, reader: &reader, judgements: judgements, judgementDiagnostics: diagnostics)
  }

  /// `sufficient` of `relevant` cases, as the exact percentage.
  static func percent(_ sufficient: Int, of relevant: Int) throws -> Rational {
    try #require(Rational(sufficient, relevant)) * Rational(100)
  }

  @Test func everyCaseIsScoredWithNothingToWarnAbout() throws {
    let evaluation = try Self.score()
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    #expect(evaluation.result.sample.cases == 40)
    #expect(evaluation.result.sample.scored == 40)
    #expect(evaluation.result.warnings.map(\.rendered) == [])
  }

  @Test func caseStandardsAreRatedByTheirLowestKeyQuestion() throws {
    let result = try Self.score().result
    // (standard, the lowest key question's counts, its band), worked out by hand:
    let expected: [(id: String, lowest: String, sufficient: Int, relevant: Int, band: String)] = [
      // 2.1 Assessment, 28 court cases: 2.1.a 24/28 = 85.71%, 2.1.b 21/28 = 75.00%,
      // 2.1.c 19/28 = 67.86% (2.1.x, 12/28 = 42.86%, is supporting: not counted).
      // Lowest 67.86%: ≥ 65 and < 80 → Good, 2 points.
      ("2.1", "2.1.c", 19, 28, "good"),
      // 2.2 Planning: 2.2.a 23/28 = 82.14%, 2.2.b 17/28 = 60.71%, 2.2.c 13/18 = 72.22% (only
      // the 18 court cases with medium or high risk). Lowest 60.71% → Requires improvement, 1.
      ("2.2", "2.2.b", 17, 28, "requires-improvement"),
      // 2.3 Implementation and delivery: 2.3.a 25/28 = 89.29%, 2.3.b 20/28 = 71.43%,
      // 2.3.c 23/28 = 82.14%. Lowest 71.43% → Good, 2 (computed; overridden below).
      ("2.3", "2.3.b", 20, 28, "good"),
      // 2.4 Reviewing, the 20 court cases where a review was due: 2.4.a 17/20 = 85%,
      // 2.4.b 16/20 = 80%, 2.4.c 18/20 = 90%. Lowest exactly 80% → ≥ 80 → Outstanding, 3.
      ("2.4", "2.4.b", 16, 20, "outstanding"),
      // 3.1 Assessment, 12 out-of-court cases: 3.1.a 11/12 = 91.67%, 3.1.b 10/12 = 83.33%,
      // 3.1.c 12/12 = 100%. Lowest 83.33% → Outstanding, 3.
      ("3.1", "3.1.b", 10, 12, "outstanding"),
      // 3.2 Planning: 3.2.a 9/12 = 75%, 3.2.b 7/12 = 58.33%. Lowest 58.33% → Requires
      // improvement, 1.
      ("3.2", "3.2.b", 7, 12, "requires-improvement"),
      // 3.3 Implementation and delivery: 3.3.a 5/12 = 41.67%, 3.3.b 8/12 = 66.67%.
      // Lowest 41.67% → < 50 → Inadequate, 0.
      ("3.3", "3.3.a", 5, 12, "inadequate"),
    ]
    for standard in expected {
      let item = try #require(result.criteria.first { $0.id == standard.id })
      #expect(
        item.exact == (try Self.percent(standard.sufficient, of: standard.relevant)),
        "\(standard.id)")
      #expect(item.band?.id == standard.band, "\(standard.id)")
      guard case .lowestKeyQuestion(let step) = item.derivation else {
        Issue.record("\(standard.id) is not rated by its lowest key question")
        continue
      }
      #expect(step.lowest == standard.lowest, "\(standard.id)")
    }
    // The supporting question is scored and reported, and no minimum counts it.
    let supporting = try #require(result.questions.first { $0.id == "2.1.x" })
    #expect(supporting.tally.sufficient == 12 && supporting.tally.relevant == 28)
  }

  @Test func conditionsAtEveryLevelDecideTheDenominators() throws {
    let result = try Self.score().result
    func relevant(_ id: String) -> Int? { result.questions.first { $0.id == id }?.tally.relevant }
    // Domain 2 (court, 28 of 40 cases) and domain 3 (out-of-court, 12): the section's condition.
    #expect(relevant("2.1.a") == 28)
    #expect(relevant("3.1.a") == 12)
    // 2.4: court cases where a review was due, 20 of the 28 (the criterion's condition on
    // top of the section's: the out-of-court cases with a review due do not count).
    #expect(relevant("2.4.a") == 20)
    // 2.2.c: court cases with medium or high risk, 18 of the 28 (the question's own).
    #expect(relevant("2.2.c") == 18)
  }

  @Test func theOverrideIsShownBesideItsComputedBandAndCountsForTheOverallRating() throws {
    let result = try Self.score().result
    let standard = try #require(result.criteria.first { $0.id == "2.3" })
    let override = try #require(standard.override)
    #expect(override.computed?.label == "Good")
    #expect(override.band?.label == "Requires improvement")
    #expect(override.rationale?.hasPrefix("Computed Good, but") == true)
    #expect(standard.band?.label == "Good")
    #expect(standard.rating?.label == "Requires improvement")

    // The overall rating, item by item:
    //   domain 1 (judged): 1.1 Good 2 + 1.2 Requires improvement 1
    //                      + 1.3 Requires improvement 1 + 1.4 Good 2          = 6
    //   domain 2: 2.1 Good 2 + 2.2 Requires improvement 1
    //             + 2.3 overridden Good → Requires improvement 1 + 2.4 Outstanding 3 = 7
    //   domain 3: 3.1 Outstanding 3 + 3.2 Requires improvement 1 + 3.3 Inadequate 0
    //             + 3.4 (judged) Requires improvement 1                       = 5
    //   total 6 + 7 + 5 = 18 → 7–18 → Requires improvement.
    let overall = try #require(result.overall.first)
    #expect(overall.exact == Rational(18))
    #expect(overall.band?.label == "Requires improvement")
    guard case .sumOfPoints(let step) = overall.derivation else {
      Issue.record("the overall rating does not sum points")
      return
    }
    #expect(
      step.terms.map(\.points)
        == [2, 1, 1, 2, 2, 1, 1, 3, 3, 1, 0, 1].map { Optional(Rational($0)) })
    #expect(step.terms[6].source == .override("Requires improvement", computed: "Good"))
  }

  /// Without the override (a judgements file with the five judgements only), 2.3 keeps its
  /// computed Good: 18 + 1 = 19 points → 19–30 → Good. No warning: an overridable standard
  /// needs no entry.
  @Test func withoutTheOverrideTheComputedBandStandsSilently() throws {
    let evaluation = try Self.score(judgements: "judgements-without-override.csv")
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    #expect(evaluation.result.warnings.map(\.rendered) == [])
    let overall = try #require(evaluation.result.overall.first)
    #expect(overall.exact == Rational(19))
    #expect(overall.band?.label == "Good")
  }

  @Test func theReportsShowNoScoreForADomainAndNoMissingJudgementNoise() throws {
    let result = try Self.score().result
    let text = ScoreTextReport.render(result)
    #expect(!text.contains("not recorded"))
    #expect(!text.contains("--judgements"))
    #expect(text.contains("2.3: computed Good at 71% → overridden to Requires improvement"))
    #expect(text.contains("Requires improvement (override; computed: Good)"))
    // A domain's row has its title and nothing else.
    let domain = try #require(
      text.split(separator: "\n").first { $0.contains("Court disposals") })
    #expect(!domain.contains("%"), "\(domain)")
    // JSON: a grouping carries no number and no band.
    let json = ScoreJSONReport.value(result)
    guard case .object(let root) = json, case .array(let sections)? = root["sections"] else {
      Issue.record("no sections in the JSON report")
      return
    }
    for section in sections {
      guard case .object(let members) = section else { continue }
      #expect(members["grouping"] == .bool(true))
      #expect(members["percent"] == nil && members["band"] == nil)
    }
  }
}
