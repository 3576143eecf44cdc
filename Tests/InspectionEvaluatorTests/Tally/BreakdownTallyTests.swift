import InspectionEvaluator
import InspectionSupport
import Testing

/// ``BreakdownTally`` in a partial result: groups that do not add up to the whole, or whose
/// counts do not add up to their cases, are refused when the partial is verified.
@Suite("Breakdown tallies in partial results")
struct BreakdownTallyTests {
  static func partial() -> PartialResult {
    var reader = CSVSampleReader(
      bytes: Array(Fixtures.demonstrationSample.utf8), plan: Fixtures.demonstration,
      displayName: "sample.csv")
    let evaluation = Evaluator.evaluate(
      plan: Fixtures.demonstration, reader: &reader,
      options: SampleTally.Options(collectCaseIDs: true, breakdowns: ["case_type"]))
    return PartialResult(summary: evaluation.summary, plan: Fixtures.demonstration)
  }

  @Test func groupsOfAPartialAddUpAndVerify() throws {
    let partial = Self.partial()
    let breakdown = try #require(partial.breakdowns?.first)
    #expect(breakdown.column == "case_type")
    #expect(breakdown.groups.keys.sorted() == ["community", "licence"])
    #expect(partial.verificationProblems().isEmpty)
    let read = try PartialResult.read(
      bytes: Array(CanonicalJSON.pretty(partial.document()).utf8), file: "p.json")
    #expect(read.result == partial)
  }

  @Test func groupsThatDoNotAddUpAreRefused() throws {
    var moved = Self.partial()
    // One case moved from a question's sufficient to its insufficient in one group only.
    moved.breakdowns?[0].groups["licence"]?.questions[0].sufficient -= 1
    moved.breakdowns?[0].groups["licence"]?.questions[0].insufficient += 1
    #expect(
      moved.verificationProblems().map(\.message).contains {
        $0.contains("do not add up to the whole")
      })
    var lost = Self.partial()
    lost.breakdowns?[0].groups["community"] = nil
    #expect(lost.verificationProblems().map(\.message).contains { $0.contains("groups hold") })
    var uneven = Self.partial()
    uneven.breakdowns?[0].groups["community"]?.scored += 1
    #expect(!uneven.verificationProblems().isEmpty)
  }
}
