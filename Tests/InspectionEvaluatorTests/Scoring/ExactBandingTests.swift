import FrameworkCatalog
import InspectionDSL
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionStatistics
import InspectionSupport
import Testing

/// Scores are computed exactly, so a score exactly on a band's bound is banded by the
/// declared rule: the two cases binary floating point got wrong, and random counts banded
/// against an independent fraction.
@Suite struct ExactBandingTests {
  // MARK: The two repros

  /// OMI's conclusions, banding the raw value (the DSL's default).
  static let conclusions = FrameworkDocument.GradeScale(
    id: "conclusion", title: "Conclusions",
    bands: [
      .init(id: "good", label: "Good", lower: .atLeast(70)),
      .init(
        id: "priority", label: "Priority for improvement", lower: .atLeast(60), upper: .below(70)),
      .init(id: "urgent", label: "Urgent priority", upper: .below(60)),
    ])

  @Test func aCriterionOfExactlySixtyIsNotBelowSixty() throws {
    // 1.1.a: 2 of 3 → 200/3; 1.1.s: 1 of 3 → 100/3.
    // 1.1 = 0.8 × 200/3 + 0.2 × 100/3 = 160/3 + 20/3 = 60 exactly: not "below 60".
    let document = FrameworkDocument(
      id: "SIXTY", version: "1", title: "Exactly sixty", scales: [.yesNo],
      gradeScales: [Self.conclusions],
      sections: [
        .init(
          id: "1", title: "S",
          criteria: [
            .init(
              id: "1.1", title: "C", rule: .individualSummary(individual: 0.8, summary: 0.2),
              gradeScale: "conclusion",
              questions: [
                .init(id: "1.1.a", text: "A?"), .init(id: "1.1.s", text: "S?", role: .summary),
              ])
          ])
      ], presentation: .init(displayDecimals: 0, minimumRelevantCases: 1))
    let plan = try ScoringPlan(document, fingerprint: "sha256:sixty")
    let sample = "case,1.1.a,1.1.s\nA,yes,yes\nB,yes,no\nC,no,no\n"
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    let criterion = try #require(result.item("1.1"))
    #expect(criterion.exact == Rational(60))
    #expect(criterion.value == 60)
    #expect(criterion.band?.id == "priority")
    #expect(ScoreTextReport.render(result).contains("60%  Priority for improvement"))
    #expect(
      result.derivationLines("1.1")?.last
        == "band on raw value 60.00% → 'Priority for improvement' (conclusion)")
  }

  @Test func fiftySevenOfAHundredIsAtLeastFiftySeven() throws {
    let document = FrameworkDocument(
      id: "FIFTYSEVEN", version: "1", title: "57 of 100", scales: [.yesNo],
      gradeScales: [
        .init(
          id: "bar", title: "Bar",
          bands: [
            .init(id: "met", label: "Met", lower: .atLeast(57)),
            .init(id: "unmet", label: "Not met", upper: .below(57)),
          ])
      ],
      sections: [
        .init(
          id: "1", title: "S",
          criteria: [
            .init(id: "1.1", title: "C", gradeScale: "bar", questions: [.init(id: "q", text: "Q?")])
          ])
      ])
    let plan = try ScoringPlan(document, fingerprint: "sha256:57")
    var summary = TallySummary(questionCount: 1)
    summary.questions[0] = QuestionTally(sufficient: 57, insufficient: 43)
    let result = ScoreCalculator(plan: plan).result(from: summary)
    #expect(result.questions[0].exactPercent == Rational(57))
    #expect(result.questions[0].percent == 57)
    #expect(result.item("1.1")?.band?.id == "met")
  }

  @Test func aScoreTooLargeForADoubleIsUndefinedWithAWarning() throws {
    // Two items at 1e308 points each sum to 2e308: exact, but beyond every Double. The rating
    // is reported undefined with a warning naming it, never as infinity.
    let huge = FrameworkDocument.GradeScale(
      id: "huge", title: "Huge", bands: [.init(id: "all", label: "All", points: 1e308)])
    let points = FrameworkDocument.GradeScale(
      id: "points", title: "Points", range: .init(minimum: 0, maximum: 1e308),
      bands: [.init(id: "any", label: "Any")])
    let document = FrameworkDocument(
      id: "HUGE", version: "1", title: "Huge points", scales: [.yesNo],
      gradeScales: [huge, points],
      sections: [
        .init(
          id: "1", title: "S",
          criteria: [
            .init(
              id: "1.1", title: "A", gradeScale: "huge", questions: [.init(id: "a", text: "A?")]),
            .init(
              id: "1.2", title: "B", gradeScale: "huge", questions: [.init(id: "b", text: "B?")]),
          ])
      ],
      overall: [
        .init(id: "overall", title: "Overall", items: ["1.1", "1.2"], gradeScale: "points")
      ])
    let plan = try ScoringPlan(document, fingerprint: "sha256:huge")
    let evaluation = Fixtures.scoreCSV("case,a,b\nA,yes,no\n", plan: plan)
    #expect(!evaluation.failed)
    let overall = try #require(evaluation.result.overall.first)
    #expect(overall.exact == nil)
    #expect(overall.band == nil)
    let warning = evaluation.result.warnings.first { $0.code == "IK0402" }
    #expect(warning?.message.contains("overall 'overall'") == true)
    #expect(!evaluation.result.warnings.contains { $0.code == "IK0401" })
    #expect(ScoreJSONReport.render(evaluation.result).contains("\"points\": null"))
  }

  // MARK: Random counts

  /// A fraction of machine integers, the test's own arithmetic (counts are small, so nothing
  /// overflows).
  struct Fraction {
    var n: Int
    var d: Int
    init(_ n: Int, _ d: Int) {
      func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
      let g = max(1, gcd(n, d))
      self.n = n / g * (d < 0 ? -1 : 1)
      self.d = abs(d / g)
    }
    static func + (a: Fraction, b: Fraction) -> Fraction {
      Fraction(a.n * b.d + b.n * a.d, a.d * b.d)
    }
    static func * (a: Fraction, b: Fraction) -> Fraction { Fraction(a.n * b.n, a.d * b.d) }
    /// Whether the fraction is at least the integer `bound`.
    func atLeast(_ bound: Int) -> Bool { n >= bound * d }
    /// Rounded half away from zero to a whole number (the fraction is not negative).
    var roundedWhole: Int { (2 * n + d) / (2 * d) }
  }

  /// A framework whose criteria exercise every exact rule: 80/20, weighted by decimals, mean,
  /// pooled, and a section mean of criteria; every item banded raw and displayed at `bound`.
  static func document(bound: Int) -> FrameworkDocument {
    func scale(_ id: String, _ basis: BandingBasis) -> FrameworkDocument.GradeScale {
      .init(
        id: id, title: id, basis: basis,
        bands: [
          .init(id: "at", label: "At least", lower: .atLeast(Double(bound))),
          .init(id: "below", label: "Below", upper: .below(Double(bound))),
        ])
    }
    func question(_ id: String, role: QuestionRole = .individual, weight: Double? = nil)
      -> FrameworkDocument.Question
    {
      .init(id: id, text: id, weight: weight, role: role)
    }
    return FrameworkDocument(
      id: "RANDOM", version: "1", title: "Random counts", scales: [.yesNo],
      gradeScales: [scale("raw", .raw), scale("shown", .displayed)],
      sections: [
        .init(
          id: "S", title: "S", gradeScale: "raw",
          criteria: [
            .init(
              id: "C1", title: "80/20", rule: .individualSummary(individual: 0.8, summary: 0.2),
              gradeScale: "raw",
              questions: [question("a"), question("b"), question("s", role: .summary)]),
            .init(
              id: "C2", title: "weighted", rule: .weightedQuestions, gradeScale: "shown",
              questions: [question("c", weight: 0.3), question("d", weight: 0.7)]),
            .init(
              id: "C3", title: "pooled", rule: .pooledQuestions, gradeScale: "raw",
              questions: [question("e"), question("f")]),
          ])
      ], presentation: .init(displayDecimals: 0, minimumRelevantCases: 1))
  }

  @Test func bandingEqualsBandingOfTheExactFraction() throws {
    var random = SeededGenerator(seed: 1)
    func count(_ bound: Int) -> Int { Int(random.uniform(below: UInt64(bound))) }
    var checked = 0
    for _ in 0..<1_200 {
      // Denominators that divide 100 often, so percentages land on whole numbers.
      let relevant = (0..<7).map { _ in [1, 2, 3, 4, 5, 8, 10, 20, 25, 50, 100][count(11)] }
      let sufficient = relevant.map { count($0 + 1) }
      func percent(_ q: Int) -> Fraction { Fraction(100 * sufficient[q], relevant[q]) }
      let c1 =
        Fraction(4, 5) * ((percent(0) + percent(1)) * Fraction(1, 2)) + Fraction(1, 5) * percent(2)
      let c2 = Fraction(3, 10) * percent(3) + Fraction(7, 10) * percent(4)
      let c3 = Fraction(100 * (sufficient[5] + sufficient[6]), relevant[5] + relevant[6])
      let section = (c1 + c2 + c3) * Fraction(1, 3)
      // The bound on or next to one of the values, so that values on the bound are common.
      let pick = [c1, c2, c3, section][count(4)]
      let bound = pick.n / pick.d + [0, 0, 1, -1][count(4)]

      let plan = try ScoringPlan(Self.document(bound: bound), fingerprint: "sha256:random")
      var summary = TallySummary(questionCount: 7)
      for q in 0..<7 {
        summary.questions[q] = QuestionTally(
          sufficient: sufficient[q], insufficient: relevant[q] - sufficient[q])
      }
      let result = ScoreCalculator(plan: plan).result(from: summary)
      for (id, fraction, displayed) in [("C1", c1, false), ("C2", c2, true), ("C3", c3, false)] {
        let item = try #require(result.item(id))
        #expect(item.exact == Rational(fraction.n, fraction.d), "\(id)")
        let expected =
          (displayed ? fraction.roundedWhole >= bound : fraction.atLeast(bound)) ? "at" : "below"
        #expect(item.band?.id == expected, "\(id) = \(fraction.n)/\(fraction.d), bound \(bound)")
      }
      let sectionScore = try #require(result.section("S"))
      #expect(sectionScore.exact == Rational(section.n, section.d))
      #expect(sectionScore.band?.id == (section.atLeast(bound) ? "at" : "below"))
      checked += [c1, c2, c3, section].filter { $0.n == bound * $0.d }.count
    }
    // Values exactly on the bound do occur.
    #expect(checked > 30)
  }
}
