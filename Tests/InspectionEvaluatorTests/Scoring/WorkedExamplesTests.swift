import Foundation
import FrameworkCatalog
import InspectionDSL
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

/// The worked examples of `docs/scoring.md`, one `MARK:` per section of the document, each
/// number computed by hand in the comments. A change of rule changes the document and these
/// tests together.
@Suite struct WorkedExamplesTests {
  let plan = Fixtures.tiny

  /// The fraction `n/d` (a non-zero constant denominator).
  func r(_ n: Int, _ d: Int) -> Rational { Rational(n, d) ?? .zero }

  // MARK: The document's samples are the tested ones

  /// `docs/scoring.md`, read from the repository.
  static func document() throws -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return try String(contentsOf: url.appendingPathComponent("docs/scoring.md"), encoding: .utf8)
  }

  @Test func theDocumentShowsTheTestedSampleAndRules() throws {
    let text = try Self.document()
    // The tiny sample, verbatim, in a csv block.
    let blocks = text.components(separatedBy: "```csv\n").dropFirst().map {
      $0.components(separatedBy: "```").first ?? ""
    }
    #expect(blocks.contains(Fixtures.scoringSample.trimmingCharacters(in: .newlines) + "\n"))
    // Every numbered section is exercised below.
    for section in 1...14 { #expect(text.contains("\n## \(section). "), "§\(section)") }
  }

  // MARK: §1 What a case means for a question

  @Test func applicabilityAndNotRelevantAnswers() throws {
    // Example 1a: 1.1.b applies to licence cases A and C only; C's na leaves 1.2.a.
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    #expect(
      result.question("1.1.b")?.tally
        == QuestionTally(sufficient: 1, insufficient: 1, notRelevant: 2))
    #expect(result.question("1.1.b")?.tally.unanswered == 0)
    #expect(result.question("1.2.a")?.tally.notRelevant == 1)
  }

  @Test func droppedAnswersSatisfyNoLaterCondition() throws {
    // Example 1b on DEMO: X (roh low) has 2.2.a and 2.2.b dropped; Y's 2.2.a is no, so 2.2.b
    // does not apply; Z's 2.2.a is empty (unanswered), so 2.2.b does not apply either.
    let plan = Fixtures.demonstration
    let header = "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a\n"
    let rows = [
      "X,licence,low,yes,yes,yes,yes,good,yes,yes,no,,yes",
      "Y,licence,high,yes,yes,yes,yes,good,yes,no,,yes,yes",
      "Z,licence,high,yes,yes,yes,yes,good,yes,,,yes,yes",
    ]
    var reader = CSVSampleReader(
      bytes: Array((header + rows.joined(separator: "\n") + "\n").utf8), plan: plan,
      displayName: "s.csv")
    var decided: [String: [CaseEffect]] = [:]
    while let record = reader.next() {
      if case .case(let item) = record { decided[item.id] = plan.decide(item) }
    }
    let a = try #require(plan.questionIndex["2.2.a"])
    let b = try #require(plan.questionIndex["2.2.b"])
    #expect(decided["X"]?[a] == .droppedAnswer)
    #expect(decided["X"]?[b] == .droppedAnswer)
    #expect(decided["Y"]?[a] == .insufficient)
    #expect(decided["Y"]?[b] == .notApplicable)
    #expect(decided["Z"]?[a] == .unanswered)
    #expect(decided["Z"]?[b] == .notApplicable)
    // Scored (Z needs --allow-incomplete): 2.2.b is relevant to none of them.
    let evaluation = Fixtures.scoreCSV(
      header + rows.joined(separator: "\n") + "\n", plan: plan,
      options: .init(allowIncomplete: true))
    #expect(!evaluation.failed)
    #expect(
      evaluation.result.question("2.2.b")?.tally
        == QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 3))
    #expect(evaluation.summary.diagnostics.filter { $0.code == "IK0211" }.count == 2)
  }

  // MARK: §2 Question score

  @Test func questionScoresAreSufficientOverRelevant() throws {
    let evaluation = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan)
    #expect(!evaluation.failed)
    let result = evaluation.result
    #expect(result.sample.cases == 4 && result.sample.scored == 4)

    // 1.1.a: relevant A B C D, sufficient A C D → 3/4 = 75%.
    let a = try #require(result.question("1.1.a"))
    #expect(a.tally == QuestionTally(sufficient: 3, insufficient: 1, notRelevant: 0))
    #expect(approx(a.percent, 75))
    // 1.1.b: relevant only for licence cases A, C; B and D are not relevant (their empty
    // cells are not "unanswered") → 1/2 = 50%.
    let b = try #require(result.question("1.1.b"))
    #expect(b.tally == QuestionTally(sufficient: 1, insufficient: 1, notRelevant: 2))
    #expect(b.tally.unanswered == 0)
    #expect(approx(b.percent, 50))
    // 1.1.s: A B D yes, C no → 3/4 = 75%.
    let s = try #require(result.question("1.1.s"))
    #expect(s.tally == QuestionTally(sufficient: 3, insufficient: 1))
    #expect(approx(s.percent, 75))
    // 1.2.a: C answered na → relevant A B D, sufficient B D → 2/3 = 66.67%.
    let p = try #require(result.question("1.2.a"))
    #expect(p.tally == QuestionTally(sufficient: 2, insufficient: 1, notRelevant: 1))
    #expect(approx(p.percent, 200.0 / 3))
  }

  @Test func questionWithNoRelevantCaseIsUndefinedAndLeftOut() throws {
    // Every case is a community case, so 1.1.b applies to none: undefined, not 0%.
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,community,yes,,yes,no
      B,community,no,,no,yes

      """
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    let b = try #require(result.question("1.1.b"))
    #expect(b.percent == nil)
    #expect(b.tally == QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 2))
    // 1.1 = 0.8 × mean(1.1.a 50) + 0.2 × 1.1.s 50 = 50: 1.1.b does not drag the mean to 25.
    #expect(approx(result.item("1.1")?.value, 50))
  }

  @Test func unansweredQuestionsFailOrLeaveTheDenominator() throws {
    // Example 2c: E leaves 1.1.a blank although it applies.
    let sample = Fixtures.scoringSample + "E,community,,,yes,yes\n"
    let strict = Fixtures.scoreCSV(sample, plan: plan)
    #expect(strict.failed)
    #expect(strict.errors.contains { $0.code == "IK0210" })
    let lenient = Fixtures.scoreCSV(sample, plan: plan, options: .init(allowIncomplete: true))
    #expect(!lenient.failed)
    let result = lenient.result
    // 1.1.a stays 3/4 = 75; 1.1.s 4/5 = 80; 1.2.a 3/4 = 75 (B, D, E of A, B, D, E).
    #expect(result.question("1.1.a")?.exactPercent == Rational(75))
    #expect(result.question("1.1.a")?.tally.unanswered == 1)
    #expect(result.question("1.1.s")?.exactPercent == Rational(80))
    #expect(result.question("1.2.a")?.exactPercent == Rational(75))
    #expect(result.sample.incomplete.map(\.case) == ["E"])
    #expect(result.sample.incomplete.map(\.question) == ["1.1.a"])
  }

  // MARK: §3.1 Mean of questions, mean of criteria

  @Test func sectionMeanOfCriteria() {
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    // mean(65, 66.67) = (65 + 200/3) / 2 = 65.83%.
    #expect(approx(result.section("1")?.value, (65 + 200.0 / 3) / 2))
    #expect(approx(result.section("1")?.value, 65.83))
  }

  // MARK: §3.2 Individual/summary weighting (80/20)

  @Test func individualSummaryWeighting() {
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    // 1.1 = 0.8 × mean(75, 50) + 0.2 × 75 = 0.8 × 62.5 + 15 = 50 + 15 = 65%.
    #expect(approx(result.item("1.1")?.value, 65))
  }

  @Test func summaryUndefinedFallsBackToMeanOfIndividualQuestions() {
    // 1.1.a: A yes, B no → 1/2 = 50; 1.1.b: A (licence) yes → 1/1 = 100;
    // 1.1.s: na for both → undefined. 1.1 = mean(50, 100) = 75 (not 0.8 × 75 = 60).
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,licence,yes,yes,na,yes
      B,community,no,,na,no

      """
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    #expect(result.question("1.1.s")?.percent == nil)
    #expect(approx(result.item("1.1")?.value, 75))
  }

  @Test func everyIndividualUndefinedFallsBackToSummary() {
    // 1.1.a na for both; 1.1.b not relevant (community); 1.1.s: A yes, B no → 50.
    // 1.1 = the summary = 50 (not 0.2 × 50 = 10).
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,community,na,,yes,yes
      B,community,na,,no,yes

      """
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    #expect(result.question("1.1.a")?.percent == nil)
    #expect(result.question("1.1.b")?.percent == nil)
    #expect(approx(result.item("1.1")?.value, 50))
  }

  @Test func everythingUndefinedLeavesTheCriterionUndefined() {
    // 1.1.a, 1.1.s na; 1.1.b not relevant → 1.1 undefined. 1.2.a: A yes, B no → 50.
    // Section 1 = mean of defined criteria = mean(50) = 50; RoH = mean(1.2.a 50) = 50.
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,community,na,,na,yes
      B,community,na,,na,no

      """
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    #expect(result.item("1.1")?.value == nil)
    #expect(result.item("1.1")?.band == nil)
    #expect(approx(result.section("1")?.value, 50))
    #expect(approx(result.item("RoH")?.value, 50))
  }

  // MARK: §3.3 Weighted questions, weighted criteria

  @Test func weightedQuestionsAndCriteria() throws {
    // Example 3.3a: DEMO 2.1 = (75 × 2 + 200/3 × 1) ÷ 3 = 650/9 = 72.22%.
    let demo = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration).result
    #expect(demo.item("2.1")?.exact == r(650, 9))
    // Example 3.3b: c1 = 50 × 3, c2 = 100 × 1, c3 undefined → 250 ÷ 4 = 62.5%.
    let plan = try Fixtures.plan(AggregationRuleTests.weightedCriteria)
    let sample = "case,kind,c1.a,c2.a,c3.a\nA,x,yes,yes,\nB,x,no,yes,\n"
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    #expect(result.item("c3")?.exact == nil)
    #expect(result.section("1")?.exact == r(125, 2))
  }

  // MARK: §3.4 Minimum of key questions

  static let keyQuestions = Framework("KEY", version: "1", title: "Key questions") {
    GradeScale("conclusion", "Conclusions") {
      Band("good", "Good", atLeast: 70, points: 2)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70, points: 1)
      Band("urgent", "Urgent priority", below: 60, points: 0)
    }
    Section("1", "Standards") {
      Criterion("1.1", "Standard", rule: .minimumOfKeyQuestions, grade: "conclusion") {
        Question("k1", "Key one?", role: .key)
        Question("k2", "Key two?", role: .key)
        Question("k3", "Key three?", role: .key)
        Question("other", "Not a key question?", role: .supporting)
      }
    }
  }

  /// 100 cases; question `k` is `yes` in the first `yes[k]` cases.
  static func hundredCases(_ yes: [Int]) -> String {
    var text = "case,k1,k2,k3,other\n"
    for row in 0..<100 {
      text += "c\(row)," + yes.map { row < $0 ? "yes" : "no" }.joined(separator: ",") + "\n"
    }
    return text
  }

  @Test func minimumOfKeyQuestions() throws {
    let plan = try Fixtures.plan(Self.keyQuestions)
    // k1 82/100, k2 64/100, k3 71/100 → min(82, 64, 71) = 64; `other` at 10% is a supporting
    // question and is ignored. 64 is banded: 60 ≤ 64 < 70 → priority for improvement.
    let result = Fixtures.scoreCSV(Self.hundredCases([82, 64, 71, 10]), plan: plan).result
    #expect(approx(result.item("1.1")?.value, 64))
    #expect(result.item("1.1")?.band?.id == "priority")
    #expect(result.derivationLines("1.1")?.contains { $0.contains("(k2) = 64.00%") } == true)
  }

  // MARK: §3.5 Pooled over questions

  @Test func sectionPooledOverQuestions() throws {
    let pooled = try Fixtures.plan(Fixtures.scoringFramework(sectionRule: .pooledQuestions))
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: pooled).result
    // (3 + 1 + 3 + 2) ÷ (4 + 2 + 4 + 3) = 9/13 = 69.23%; the mean of criteria is 65.83%.
    #expect(approx(result.section("1")?.value, 900.0 / 13))
    #expect(approx(result.section("1")?.value, 69.23))
    // Criteria are unchanged by the section's rule.
    #expect(approx(result.item("1.1")?.value, 65))
  }

  // MARK: §3.6 Headlines

  @Test func headlineMeansThemedQuestions() {
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    // RoH = mean(1.1.a 75, 1.1.s 75, 1.2.a 66.67) = 216.67 / 3 = 72.22% (1.1.b is untagged).
    #expect(approx(result.item("RoH")?.value, (75 + 75 + 200.0 / 3) / 3))
    #expect(approx(result.item("RoH")?.value, 72.22))
    #expect(result.headlines.map(\.id) == ["RoH"])
  }

  @Test func aHeadlineNamingNoSectionsCoversEverySection() throws {
    // Example 3.6b: DEMO's LoR names no sections: 2.1.a 3/4, 2.1.b 2/3 (section 2) and
    // 3.1.a 3/4 (section 3), pooled → 8/11 = 72.73%.
    let document = Fixtures.demonstration.document
    #expect(document.headlines.first { $0.id == "LoR" }?.sections == [])
    let result = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
      .result
    #expect(result.item("LoR")?.exact == r(800, 11))
    guard case .pooled(let step)? = result.item("LoR")?.derivation else {
      Issue.record("LoR is not pooled")
      return
    }
    #expect(step.terms.map(\.id) == ["2.1.a", "2.1.b", "3.1.a"])
  }

  // MARK: §4 Bands

  static let banding = Framework("BAND", version: "1", title: "Raw and displayed banding") {
    Presentation(displayDecimals: 0, minimumRelevantCases: 1)
    GradeScale("raw", "OMI on the raw value", basis: .raw) {
      Band("good", "Good", atLeast: 70)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70)
      Band("urgent", "Urgent priority", below: 60)
    }
    GradeScale("displayed", "OMI on the displayed value", basis: .displayed) {
      Band("good", "Good", atLeast: 70)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70)
      Band("urgent", "Urgent priority", below: 60)
    }
    Section("1", "Banding") {
      Criterion("raw", "Raw", grade: "raw") { Question("q.raw", "Same question, raw?") }
      Criterion("shown", "Displayed", grade: "displayed") { Question("q.shown", "Displayed?") }
    }
  }

  @Test func rawAndDisplayedBanding() throws {
    let plan = try Fixtures.plan(Self.banding)
    // 87 of 125 cases yes → 87/125 = 69.6% for both questions (and criteria).
    var text = "case,q.raw,q.shown\n"
    for row in 0..<125 { text += "c\(row)," + (row < 87 ? "yes,yes" : "no,no") + "\n" }
    let result = Fixtures.scoreCSV(text, plan: plan).result
    #expect(approx(result.item("raw")?.value, 69.6, tolerance: 1e-9))
    #expect(approx(result.item("shown")?.value, 69.6, tolerance: 1e-9))
    // Raw: 69.6 < 70 → priority for improvement.
    #expect(result.item("raw")?.band?.id == "priority")
    // Displayed: 69.6 displays as 70 (0 decimals) → good.
    #expect(result.item("shown")?.band?.id == "good")
    #expect(
      result.derivationLines("shown")?.last == "band on displayed value 70 → 'Good' (displayed)")
    #expect(result.derivationLines("raw")?.last?.contains("raw value 69.60%") == true)
  }

  @Test func scoresExactlyOnABoundAreBandedByTheDeclaredRule() throws {
    // Example 4b: 1.1.a 2 of 3 (200/3), 1.1.b undefined, 1.1.s 1 of 3 (100/3) →
    // 1.1 = 0.8 × 200/3 + 0.2 × 100/3 = 160/3 + 20/3 = 60: priority (≥ 60), not urgent.
    var summary = TallySummary(questionCount: 4)
    summary.questions[0] = QuestionTally(sufficient: 2, insufficient: 1)
    summary.questions[2] = QuestionTally(sufficient: 1, insufficient: 2)
    let criterion = try #require(ScoreCalculator(plan: plan).result(from: summary).item("1.1"))
    #expect(criterion.exact == Rational(60))
    let conclusions = try #require(
      Fixtures.demonstration.document.gradeScales.first { $0.id == "conclusion" })
    let sixty = try #require(criterion.exact)
    #expect(conclusions.band(for: sixty, displayDecimals: 0)?.id == "priority")
    // Example 4c: 57 of 100 is 57, inside "≥ 57" (ExactBandingTests scores both through a
    // framework, and random counts against an independent fraction).
    let fiftySeven = try #require(QuestionTally(sufficient: 57, insufficient: 43).exactPercent)
    #expect(fiftySeven == Rational(57))
    #expect(FrameworkDocument.Band(id: "b", label: "B", lower: .atLeast(57)).contains(fiftySeven))
  }

  /// Example 4d: twelve standards of 0–3 points banded `atMost: 6`, `atLeast: 7, atMost: 18`,
  /// `atLeast: 19, atMost: 30`, `atLeast: 31`: the scale only bands whole points, so the bands
  /// meet, and every total from 0 to 36 has exactly one band.
  static let twelveStandards = Framework("POINTS", version: "1", title: "Twelve standards") {
    GradeScale("standard", "Standard") {
      Band("outstanding", "Outstanding", atLeast: 80, points: 3)
      Band("good", "Good", atLeast: 65, below: 80, points: 2)
      Band("improve", "Requires improvement", atLeast: 50, below: 65, points: 1)
      Band("inadequate", "Inadequate", below: 50, points: 0)
    }
    GradeScale("overall", "Overall", range: 0...36) {
      Band("inadequate", "Inadequate", atMost: 6)
      Band("improve", "Requires improvement", atLeast: 7, atMost: 18)
      Band("good", "Good", atLeast: 19, atMost: 30)
      Band("outstanding", "Outstanding", atLeast: 31)
    }
    Section("1", "Standards") {
      for number in 1...12 {
        Criterion("1.\(number)", "Standard \(number)", grade: "standard") {
          Question("1.\(number).a", "Done?")
        }
      }
    }
    OverallRating(
      "overall", "Overall", items: "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9",
      "1.10", "1.11", "1.12", grade: "overall")
  }

  @Test func wholePointBandsWrittenAsTheyAreSaidMeet() throws {
    let plan = try Fixtures.plan(Self.twelveStandards)
    let scale = try #require(plan.document.gradeScales.first { $0.id == "overall" })
    let expected: [(Int, String)] = [
      (0, "inadequate"), (6, "inadequate"), (7, "improve"),
      (18, "improve"), (19, "good"), (30, "good"), (31, "outstanding"), (36, "outstanding"),
    ]
    for (total, band) in expected {
      #expect(scale.band(for: Rational(total), displayDecimals: 0)?.id == band, "\(total)")
    }
    for total in 0...36 {
      #expect(scale.bands.filter { $0.contains(Rational(total)) }.count == 1, "\(total)")
    }
  }

  // MARK: §5 Rounding for display

  @Test func displayRoundsHalfAwayFromZeroFromTheExactScore() throws {
    // Example 5: 1 of 8 = 12.5%, displayed 13%. And 62.5 → 63, 395/6 → 66, 0.285 → 0.29.
    var summary = TallySummary(questionCount: 4)
    summary.questions[0] = QuestionTally(sufficient: 1, insufficient: 7)
    let result = ScoreCalculator(plan: plan).result(from: summary)
    #expect(result.question("1.1.a")?.exactPercent == r(25, 2))
    #expect(ScoreTextReport.render(result).contains("13%"))
    #expect(DisplayRounding.format(r(125, 2), decimals: 0) == "63")
    #expect(DisplayRounding.format(r(395, 6), decimals: 0) == "66")
    #expect(DisplayRounding.format(r(57, 200), decimals: 2) == "0.29")
    #expect(DisplayRounding.format(r(-5, 2), decimals: 0) == "-3")
  }

  // MARK: §6 Points and overall ratings

  @Test func overallRatingSumsBandAndJudgementPoints() throws {
    let judgements = """
      item,label,rationale
      3.2,well-met,"Managers acted on audits."

      """
    let evaluation = Fixtures.scoreCSV(
      Fixtures.demonstrationSample, plan: Fixtures.demonstration, judgements: judgements)
    #expect(!evaluation.failed)
    let result = evaluation.result
    // 1.1 = 65 → priority (1 point); 1.2 = 66.67 → priority (1 point);
    // 3.2 judged well met (2 points). Overall = 1 + 1 + 2 = 4 → fair (3 ≤ 4 < 5).
    #expect(result.item("1.1")?.band?.points == 1)
    #expect(result.item("1.2")?.band?.points == 1)
    let overall = try #require(result.overall.first)
    #expect(overall.value == 4)
    #expect(overall.band?.id == "fair")
    #expect(
      result.derivationLines(overall.id)?.contains("  3.2: judgement 'Well met' → 2 points") == true
    )
  }

  @Test func overallRatingIsUndefinedWithoutAJudgementOrBand() throws {
    // 3.2 is judged, not scored; with no judgement recorded it has no points, so the sum is
    // undefined rather than 1 + 1 + 0.
    let evaluation = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
    let overall = try #require(evaluation.result.overall.first)
    #expect(overall.value == nil)
    #expect(overall.band == nil)
    #expect(evaluation.result.warnings.contains { $0.code == "IK0306" })
    #expect(!evaluation.failed)
  }

  @Test func overallRatingBandsALowSum() throws {
    // 1 + 1 + not met (0) = 2 → weak (< 3).
    let judgements = "item,label,rationale\n3.2,not-met,No oversight.\n"
    let result = Fixtures.scoreCSV(
      Fixtures.demonstrationSample, plan: Fixtures.demonstration, judgements: judgements
    ).result
    #expect(result.overall.first?.value == 2)
    #expect(result.overall.first?.band?.id == "weak")
  }

  // MARK: §7 Judgements beside advisory bands

  static let judged = Framework("JUDGED", version: "1", title: "Judgement and band") {
    Presentation(displayDecimals: 0, minimumRelevantCases: 1)
    GradeScale("conclusion", "Conclusions") {
      Band("good", "Good", atLeast: 70, points: 2)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70, points: 1)
      Band("urgent", "Urgent priority", below: 60, points: 0)
    }
    GradeScale("overall-points", "Overall", range: 0...4) {
      Band("strong", "Strong", atLeast: 3)
      Band("weak", "Weak", below: 3)
    }
    JudgementScale("met", "Standard met", advisory: "conclusion") {
      Label("well-met", "Well met", points: 2)
      Label("partly-met", "Partly met", points: 1)
      Label("not-met", "Not met", points: 0)
    }
    Section("1", "Standards") {
      Criterion("1.1", "Judged and scored", grade: "conclusion", judgement: "met") {
        Question("1.1.a", "Done well?")
      }
      Criterion("1.2", "Scored only", grade: "conclusion") { Question("1.2.a", "Done?") }
    }
    OverallRating("overall", "Overall", items: "1.1", "1.2", grade: "overall-points")
  }

  static let judgedSample = """
    case,1.1.a,1.2.a
    A,yes,yes
    B,yes,yes
    C,yes,no
    D,no,yes

    """

  @Test func judgementShownBesideAdvisoryBandAndCountsInTheOverall() throws {
    let plan = try Fixtures.plan(Self.judged)
    let judgements = "item,label,rationale\n1.1,partly-met,Plans were late.\n"
    let evaluation = Fixtures.scoreCSV(Self.judgedSample, plan: plan, judgements: judgements)
    #expect(!evaluation.failed)
    let result = evaluation.result
    // 1.1.a: 3/4 = 75% → computed band good (2 points); advisory band also good.
    let item = try #require(result.item("1.1"))
    #expect(approx(item.value, 75))
    #expect(item.band?.id == "good")
    let judgement = try #require(item.judgement)
    #expect(judgement.label == "partly-met")
    #expect(judgement.labelText == "Partly met")
    #expect(judgement.rationale == "Plans were late.")
    #expect(judgement.points == 1)
    #expect(judgement.advisory?.id == "good")
    // 1.2.a: 3/4 = 75% → good (2). Overall = judgement 1 (not band 2) + 2 = 3 → strong.
    let overall = try #require(result.overall.first)
    #expect(overall.value == 3)
    #expect(overall.band?.id == "strong")
    #expect(
      result.derivationLines(overall.id)?.contains("  1.1: judgement 'Partly met' → 1 point")
        == true)
    #expect(result.judgements.map(\.item) == ["1.1"])
  }

  @Test func judgementByPublishedTextCountsTheSame() throws {
    let plan = try Fixtures.plan(Self.judged)
    // A label may be given by its published text; "Not met" is 0 points → overall 0 + 2 = 2.
    let judgements = "item,label,rationale\n1.1,Not met,No plans.\n"
    let result = Fixtures.scoreCSV(Self.judgedSample, plan: plan, judgements: judgements).result
    #expect(result.item("1.1")?.judgement?.label == "not-met")
    #expect(result.overall.first?.value == 2)
    #expect(result.overall.first?.band?.id == "weak")
  }

  @Test func withoutAJudgementTheOverallIsUndefinedAndSaysWhy() throws {
    let plan = try Fixtures.plan(Self.judged)
    let evaluation = Fixtures.scoreCSV(Self.judgedSample, plan: plan)
    // No judgement for 1.1: its computed band (good, 2 points) does not stand in for the
    // judgement, which is the one that counts, so the sum is undefined, not 2 + 2 = 4.
    let overall = try #require(evaluation.result.overall.first)
    #expect(overall.value == nil)
    #expect(overall.band == nil)
    #expect(evaluation.result.item("1.1")?.band?.id == "good")
    #expect(evaluation.result.item("1.1")?.judgement?.label == nil)
    #expect(evaluation.result.item("1.1")?.judgement?.advisory?.id == "good")
    let missing = evaluation.result.warnings.filter { $0.code == "IK0306" }
    #expect(missing.count == 1)
    #expect(missing.first?.message.contains("'1.1'") == true)
    // The report says why the overall is undefined.
    let undefined = evaluation.result.warnings.filter { $0.code == "IK0401" }
    #expect(undefined.count == 1)
    #expect(undefined.first?.message.contains("'1.1' has no judgement recorded") == true)
    #expect(
      evaluation.result.derivationLines("overall")?.contains {
        $0.hasPrefix("  1.1: no judgement recorded")
      } == true)
    #expect(!evaluation.failed)
  }

  // MARK: §8 Exclusions

  @Test func excludedCasesAreListedAndLeaveTheScores() throws {
    // Example 8: F excluded by the sample, G by --exclude-invalid; the scores are A–D's.
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,excluded
      A,licence,yes,yes,yes,no,
      B,community,no,,yes,yes,
      C,licence,yes,no,no,na,
      D,community,yes,,yes,yes,
      F,licence,yes,yes,yes,yes,transferred out
      G,community,maybe,,yes,yes,

      """
    #expect(Fixtures.scoreCSV(sample, plan: plan).failed)
    let evaluation = Fixtures.scoreCSV(sample, plan: plan, options: .init(excludeInvalid: true))
    #expect(!evaluation.failed)
    let result = evaluation.result
    #expect(result.sample.cases == 6 && result.sample.scored == 4)
    #expect(result.sample.excluded.map(\.id) == ["F", "G"])
    #expect(result.sample.excluded.first?.reason == "transferred out")
    #expect(result.sample.excluded.last?.reason.contains("'maybe'") == true)
    #expect(result.item("1.1")?.exact == Rational(65))
  }

  // MARK: §9 Small samples

  @Test func theSmallSampleMarkFollowsTheQuestionsTheRuleUses() throws {
    // Example 9: key questions on 100 cases each; `other` (not key) relevant in 2 cases only.
    let plan = try Fixtures.plan(Self.keyQuestions)
    #expect(plan.document.presentation.minimumRelevantCases == 10)
    var text = "case,k1,k2,k3,other\n"
    for row in 0..<100 {
      text += "c\(row)," + [82, 64, 71].map { row < $0 ? "yes" : "no" }.joined(separator: ",")
      text += row < 2 ? ",yes\n" : ",na\n"
    }
    let result = Fixtures.scoreCSV(text, plan: plan).result
    #expect(result.question("other")?.smallSample == true)
    #expect(result.item("1.1")?.exact == Rational(64))
    #expect(result.item("1.1")?.smallSample == false)
    // A key question on a small sample does mark it.
    var small = "case,k1,k2,k3,other\n"
    for row in 0..<20 {
      small += "c\(row)," + (row < 5 ? "yes,yes,yes,yes" : "na,yes,no,yes") + "\n"
    }
    #expect(Fixtures.scoreCSV(small, plan: plan).result.item("1.1")?.smallSample == true)
  }

  // MARK: §10 Merging partial results

  @Test func mergingAddsCountsNotPercentages() throws {
    // Example 10: 1.2.a is 1/2 in A, B and 1/1 in C, D; merged 2/3 = 66.67%, not 75%.
    let lines = Fixtures.scoringSample.split(separator: "\n").map(String.init)
    let first = lines[0...2].joined(separator: "\n") + "\n"
    let second = ([lines[0]] + lines[3...4]).joined(separator: "\n") + "\n"
    let parts = [first, second].map { sample in
      PartialResult(
        summary: Fixtures.scoreCSV(sample, plan: plan, options: .init(collectCaseIDs: true))
          .summary,
        plan: plan)
    }
    #expect(parts[0].questions.last?.sufficient == 1 && parts[1].questions.last?.sufficient == 1)
    let merged = try PartialResult.merge(
      parts.enumerated().map { PartialResultFile(result: $1, file: "part\($0 + 1).json") }
    ).summary(plan: plan)
    let result = Evaluator.finish(plan: plan, summary: merged).result
    #expect(result.question("1.2.a")?.exactPercent == r(200, 3))
    let whole = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    #expect(result.items.map(\.exact) == whole.items.map(\.exact))
    // Counts that no tally writes (negative, or not adding up to the cases scored, or so large
    // they would overflow) are refused, never scored.
    for damage in [-5, Int.max - 1] {
      var damaged = parts[0]
      damaged.questions[0].sufficient = damage
      #expect(!damaged.verificationProblems().isEmpty)
      #expect(throws: PartialResultError.self) {
        try PartialResult.merge([
          PartialResultFile(result: parts[1], file: "a"),
          PartialResultFile(result: damaged, file: "b"),
        ])
      }
      #expect(throws: EvaluationError.self) { try damaged.summary(plan: plan) }
    }
  }

  // MARK: §11 Exact arithmetic

  @Test func declaredDecimalsAreExactAndNothingOverflows() throws {
    // 0.8 is read as 4/5; the mean of many scores with different denominators outgrows 64 bits
    // and stays exact.
    #expect(Rational(decimal: 0.8) == r(4, 5))
    var summary = TallySummary(questionCount: 4)
    summary.questions = [
      QuestionTally(sufficient: 1, insufficient: 999_999_999_998),
      QuestionTally(sufficient: 1, insufficient: 999_999_999_988),
      QuestionTally(sufficient: 1, insufficient: 999_999_999_976),
      QuestionTally(sufficient: 1, insufficient: 999_999_999_960),
    ]
    let result = ScoreCalculator(plan: plan).result(from: summary)
    let roh = try #require(result.item("RoH")?.exact)
    let expected =
      (r(100, 999_999_999_999) + r(100, 999_999_999_977)
        + r(100, 999_999_999_961)) * r(1, 3)
    #expect(roh == expected)
    #expect(roh.doubleValue > 0)
  }

  // MARK: §12 Overrides: professional discretion over a computed rating

  static let overridden = Framework("OVERRIDE", version: "1", title: "An overridable criterion") {
    Presentation(displayDecimals: 0, minimumRelevantCases: 1)
    GradeScale("conclusion", "Conclusions") {
      Band("good", "Good", atLeast: 70, points: 2)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70, points: 1)
      Band("urgent", "Urgent priority", below: 60, points: 0)
    }
    GradeScale("overall-points", "Overall", range: 0...4) {
      Band("strong", "Strong", atLeast: 4)
      Band("weak", "Weak", atMost: 3)
    }
    Section("1", "Standards") {
      Criterion("1.1", "Scored", grade: "conclusion") { Question("1.1.a", "Done well?") }
      Criterion("1.2", "Scored, overridable", grade: "conclusion") { Question("1.2.a", "Done?") }
        .overridable(by: .oneBand, requiresRationale: true)
    }
    OverallRating("overall", "Overall", items: "1.1", "1.2", grade: "overall-points")
  }

  @Test func anOverrideStandsBesideItsComputedBandAndCountsInTheOverall() throws {
    let plan = try Fixtures.plan(Self.overridden)
    // Both criteria 3/4 = 75% → good (2 points). Without an override: 2 + 2 = 4 → strong, and
    // no warning for the overridable 1.2.
    let plain = Fixtures.scoreCSV(
      Self.judgedSample, plan: plan, judgements: "item,label,rationale\n")
    #expect(!plain.failed)
    #expect(plain.result.warnings.map(\.rendered) == [])
    #expect(plain.result.overall.first?.value == 4)
    #expect(plain.result.overall.first?.band?.id == "strong")
    #expect(plain.result.item("1.2")?.override?.isOverridden == false)

    // Overridden to priority, with the reason: 1.2 keeps 75% and its computed band good; the
    // override counts, 2 + 1 = 3 → weak.
    let judgements = "item,label,rationale\n1.2,priority,Two of the three plans were late.\n"
    let evaluation = Fixtures.scoreCSV(Self.judgedSample, plan: plan, judgements: judgements)
    #expect(!evaluation.failed)
    let item = try #require(evaluation.result.item("1.2"))
    #expect(approx(item.value, 75))
    #expect(item.band?.id == "good")
    #expect(item.override?.computed?.id == "good")
    #expect(item.override?.band?.id == "priority")
    #expect(item.override?.rationale == "Two of the three plans were late.")
    #expect(item.rating?.id == "priority")
    let overall = try #require(evaluation.result.overall.first)
    #expect(overall.value == 3)
    #expect(overall.band?.id == "weak")
    #expect(
      evaluation.result.derivationLines("overall")?.contains(
        "  1.2: override 'Priority for improvement' (computed band 'Good') → 1 point") == true)

    // Two bands away, or with no reason: errors at the row.
    let far = Fixtures.scoreCSV(
      Self.judgedSample, plan: plan, judgements: "item,label,rationale\n1.2,urgent,Late.\n")
    #expect(far.failed)
    #expect(far.errors.map(\.code) == ["IK0310"])
    let silent = Fixtures.scoreCSV(
      Self.judgedSample, plan: plan, judgements: "item,label,rationale\n1.2,priority,\n")
    #expect(silent.failed)
    #expect(silent.errors.map(\.code) == ["IK0309"])
  }

  // MARK: §13 Groupings

  @Test func aGroupingHasNoScoreAndItsCriteriaAreScoredAsBefore() throws {
    let plan = try Fixtures.plan(Fixtures.scoringFramework(scored: false))
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan).result
    // 1.1 = 65 and 1.2 = 200/3 as in §3; section 1 has no score (not 395/6 = 65.83).
    #expect(result.item("1.1")?.exact == r(65, 1))
    #expect(result.item("1.2")?.exact == r(200, 3))
    let section = try #require(result.sections.first)
    #expect(section.isGrouping)
    #expect(section.exact == nil && section.band == nil && section.judgement == nil)
    #expect(!result.items.contains { $0.id == "1" })
    #expect(
      CanonicalJSON.compact(ScoreJSONReport.value(result)).contains(
        #""sections":[{"grouping":true,"id":"1","title":"Assessment"}]"#))
  }

  // MARK: §14 Conditions on sections and criteria

  @Test func aCriterionConditionIsInheritedByItsQuestions() throws {
    let plan = try Fixtures.plan(
      Fixtures.scoringFramework(condition: .attribute("case_type", is: "licence")))
    let evaluation = Fixtures.scoreCSV(Fixtures.scoringSample, plan: plan)
    #expect(!evaluation.failed)
    let result = evaluation.result
    // 1.1's questions apply to A and C only: 1.1.a 2/2, 1.1.b 1/2, 1.1.s 1/2.
    #expect(
      result.question("1.1.a")?.tally
        == QuestionTally(sufficient: 2, insufficient: 0, notRelevant: 2))
    #expect(
      result.question("1.1.s")?.tally
        == QuestionTally(sufficient: 1, insufficient: 1, notRelevant: 2))
    // B's and D's answers to 1.1.a and 1.1.s are dropped, with a warning each.
    #expect(evaluation.summary.diagnostics.filter { $0.code == "IK0211" }.count == 4)
    // 1.1 = 0.8 × mean(100, 50) + 0.2 × 50 = 60 + 10 = 70; 1.2 unchanged.
    #expect(result.item("1.1")?.exact == r(70, 1))
    #expect(result.item("1.2")?.exact == r(200, 3))
  }
}
