import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import Testing

@Suite("Programme aggregates: mean of inspections vs pooled over cases")
struct ProgrammeAggregateTests {
  @Test func pooledWeighsCasesAndMeanWeighsInspections() throws {
    // Inspection A: one case, all sufficient. Inspection B: three cases, q1 insufficient.
    let a = ComparisonFixtures.evidence([["yes", "yes", "yes"]])
    let b = ComparisonFixtures.evidence([
      ["no", "yes", "yes"], ["no", "yes", "yes"], ["no", "yes", "yes"],
    ])
    let aggregate = try ProgrammeAggregate(
      plan: ComparisonFixtures.plan,
      inspections: [("A", a.evaluation.summary), ("B", b.evaluation.summary)])
    let c11 = try #require(aggregate.rows.first { $0.id == "1.1" })
    #expect(c11.values == [100, 0])
    #expect(c11.mean == 50)  // (100 + 0) / 2
    #expect(c11.pooled == 25)  // 1 of 4 cases
    #expect(c11.difference == -25)
    #expect(c11.pooledBand == "Poor")
    let section = try #require(aggregate.rows.first { $0.id == "1" })
    // Pooled section = mean(1.1 pooled 25, 1.2 pooled 100) = 62.5; mean = mean(100, 50) = 75.
    #expect(section.pooled == 62.5)
    #expect(section.mean == 75)
  }

  @Test func anEmptyProgrammeIsRefused() {
    #expect(throws: ComparisonError.self) {
      try ProgrammeAggregate(plan: ComparisonFixtures.plan, inspections: [])
    }
  }
}
