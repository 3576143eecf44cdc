import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import Testing

@Suite("Baseline vs follow-up: deltas, Fisher, adjusted baseline, bootstrap")
struct BaselineComparisonTests {
  // Baseline: q1 3/4, q2 2/4, q3 4/4. Follow-up: q1 1/4, q2 4/4, q3 never answered.
  let baseline = ComparisonFixtures.evidence([
    ["yes", "yes", "yes"], ["yes", "no", "yes"], ["yes", "yes", "yes"], ["no", "no", "yes"],
  ])
  let followUp = ComparisonFixtures.evidence(
    [["no", "yes", nil], ["yes", "yes", nil], ["no", "yes", nil], ["no", "yes", nil]],
    allowIncomplete: true)

  @Test func questionDeltasAndFisherPValuesAreTheHandComputedOnes() throws {
    #expect(!baseline.evaluation.failed && !followUp.evaluation.failed)
    let comparison = try BaselineComparison(baseline: baseline, followUp: followUp, replicates: 0)
    let q1 = try #require(comparison.questions.first { $0.id == "q1" })
    // 25% − 75% = −50 points; the table [[1, 3], [3, 1]] is Fisher's tea tasting: p = 34/70.
    #expect(q1.change == -50)
    #expect(abs((q1.pValue ?? 0) - 34.0 / 70.0) < 1e-12)
    #expect(!q1.significant)
    let q2 = try #require(comparison.questions.first { $0.id == "q2" })
    // 100% − 50%; [[4, 0], [2, 2]]: p = P(4) + P(2) = 1/70·… = 0.4285714 (R: fisher.test).
    #expect(q2.change == 50)
    #expect(abs((q2.pValue ?? 0) - 3.0 / 7.0) < 1e-9)
    let q3 = try #require(comparison.questions.first { $0.id == "q3" })
    #expect(q3.change == nil && q3.pValue == nil)
  }

  @Test func theAdjustedBaselineDropsQuestionsTheFollowUpDidNotCollect() throws {
    let comparison = try BaselineComparison(baseline: baseline, followUp: followUp, replicates: 0)
    #expect(comparison.droppedFromBaseline == ["q3"])
    #expect(comparison.droppedFromFollowUp == [])
    let c12 = try #require(comparison.items.first { $0.id == "1.2" })
    // Baseline 1.2 = mean(50, 100) = 75; adjusted = q2 only = 50; follow-up = 100.
    #expect(c12.baseline == 75)
    #expect(c12.adjustedBaseline == 50)
    #expect(c12.adjustedFollowUp == 100)
    #expect(c12.change == 50)
    let section = try #require(comparison.items.first { $0.id == "1" })
    // Adjusted: mean(75, 50) = 62.5 → mean(25, 100) = 62.5: no change.
    #expect(section.adjustedBaseline == 62.5)
    #expect(section.change == 0)
  }

  @Test func theBootstrapIsDeterministicAndBracketsTheChange() throws {
    let one = try BaselineComparison(
      baseline: baseline, followUp: followUp, replicates: 400, seed: 7)
    let two = try BaselineComparison(
      baseline: baseline, followUp: followUp, replicates: 400, seed: 7)
    #expect(one.items == two.items)
    let c11 = try #require(one.items.first { $0.id == "1.1" })
    let interval = try #require(c11.interval)
    #expect(interval.lowerBound <= -50 && -50 <= interval.upperBound)
    // Pinned: seed 7 gives this interval on every platform (xoshiro256** and Lemire draws).
    #expect(interval == -100...25)
  }

  @Test func samplesOfDifferentFrameworksAreRefused() throws {
    let other = try ScoringPlan(ComparisonFixtures.document, fingerprint: "sha256:other")
    let moved = SampleEvidence(
      plan: other, evaluation: followUp.evaluation, cases: followUp.cases, caseLimit: 10)
    #expect(throws: ComparisonError.self) {
      try BaselineComparison(baseline: baseline, followUp: moved, replicates: 0)
    }
  }

  @Test func aSampleOverTheCaseLimitIsScoredButNotResampled() throws {
    var reader = JSONSampleReader(
      bytes: Array(
        #"{"cases": [{"case": "a", "attributes": {}, "answers": {"q1": "yes", "q2": "no", "q3": "yes"}}, {"case": "b", "attributes": {}, "answers": {"q1": "no", "q2": "no", "q3": "yes"}}]}"#
          .utf8),
      plan: ComparisonFixtures.plan, file: "big.json")
    let big = SampleEvidence.gather(plan: ComparisonFixtures.plan, reader: &reader, caseLimit: 1)
    #expect(big.cases == nil)
    #expect(big.evaluation.result.questions[0].tally.relevant == 2)
    let comparison = try BaselineComparison(baseline: baseline, followUp: big, replicates: 100)
    #expect(comparison.bootstrap.skipped != nil)
    #expect(comparison.items.allSatisfy { $0.interval == nil })
  }
}
