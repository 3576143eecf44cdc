import InspectionEvaluator
import InspectionSchema
import Testing

/// The derivations `inspect score --explain` prints, and scoring straight from counts.
@Suite struct ScoreCalculatorTests {
  let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: Fixtures.tiny).result

  @Test func individualSummaryDerivationShowsTheNumbers() throws {
    let lines = try #require(result.derivationLines("1.1"))
    #expect(
      lines == [
        "mean of individual questions: 1.1.a 75.00%, 1.1.b 50.00%",
        "= (75.00% + 50.00%) ÷ 2 = 62.50%",
        "summary question: 1.1.s 75.00%",
        "1.1 = 0.8 × 62.50% + 0.2 × 75.00% = 65.00%",
      ])
  }

  @Test func meanDerivationsShowTheirTerms() throws {
    let section = try #require(result.sectionDerivationLines("1"))
    #expect(section.contains("mean of criteria of section 1: 1.1 65.00%, 1.2 66.67%"))
    #expect(section.contains("= (65.00% + 66.67%) ÷ 2 = 65.83%"))
    let roh = try #require(result.derivationLines("RoH"))
    #expect(roh.contains("= (75.00% + 75.00% + 66.67%) ÷ 3 = 72.22%"))
  }

  @Test func fallbackDerivationsSayWhy() throws {
    let sample = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,licence,yes,yes,na,yes
      B,community,no,,na,no

      """
    let lines = Fixtures.scoreCSV(sample, plan: Fixtures.tiny).result.derivationLines("1.1")
    #expect(lines?.contains("summary question: 1.1.s undefined") == true)
    #expect(
      lines?.contains("1.1 = mean of individual questions = 75.00% (summary undefined)") == true)
  }

  @Test func weightedAndPooledDerivations() throws {
    let demo = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
      .result
    let weighted = try #require(demo.derivationLines("2.1"))
    #expect(
      weighted.contains(
        "weighted mean of questions of criterion 2.1: 2.1.a 75.00% × 2, "
          + "2.1.b 66.67% × 1"))
    #expect(weighted.contains("= (75.00% × 2 + 66.67% × 1) ÷ 3 = 72.22%"))
    let pooled = try #require(demo.sectionDerivationLines("2"))
    #expect(pooled.contains("= 8 ÷ 12 = 66.67%"))
    #expect(pooled.last == "band on displayed value 67 → '***' (stars)")
  }

  @Test func scoresComputeFromCountsAlone() throws {
    // The calculator needs only counts: the tallies of docs/scoring.md give its scores.
    var summary = TallySummary(questionCount: 4)
    summary.cases = 4
    summary.scored = 4
    summary.questions = [
      QuestionTally(sufficient: 3, insufficient: 1),
      QuestionTally(sufficient: 1, insufficient: 1, notRelevant: 2),
      QuestionTally(sufficient: 3, insufficient: 1),
      QuestionTally(sufficient: 2, insufficient: 1, notRelevant: 1),
    ]
    let computed = ScoreCalculator(plan: Fixtures.tiny).result(from: summary)
    #expect(approx(computed.item("1.1")?.value, 65))
    #expect(approx(computed.section("1")?.value, 65.83))
    #expect(approx(computed.item("RoH")?.value, 72.22))
  }
}
