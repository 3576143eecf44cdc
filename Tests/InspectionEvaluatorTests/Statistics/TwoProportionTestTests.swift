import Testing

@testable import InspectionEvaluator

@Suite struct TwoProportionTestTests {
  /// (x₁, n₁, x₂, n₂, z, p): z from the formula, p from SciPy's `chi2_contingency(correction =
  /// False)`, which equals R's `prop.test(correct = FALSE)`.
  static let references: [(counts: [Int], z: Double, p: Double)] = [
    ([45, 100, 30, 100], 2.190_890_230_020_664_7, 0.028_459_736_916_310_638),
    ([81, 263, 15, 148], 4.752_688_538_523_141, 2.007_294_420_255_701e-06),
    ([10, 20, 10, 20], 0, 1),
    ([0, 50, 5, 50], -2.294_157_338_705_618, 0.021_781_462_791_119_595),
    ([500, 1000, 520, 1000], -0.894_606_130_121_643, 0.370_997_673_736_608_64),
    ([1, 5, 4, 5], -1.897_366_596_101_027_8, 0.057_779_571_123_597_15),
    ([30, 30, 28, 30], 1.438_389_904_456_152_3, 0.150_323_455_478_664_08),
  ]

  @Test(arguments: references)
  func matchesReferences(_ reference: (counts: [Int], z: Double, p: Double)) throws {
    let c = reference.counts
    let test = try #require(
      TwoProportionTest(successes1: c[0], trials1: c[1], successes2: c[2], trials2: c[3]))
    #expect(abs(test.z - reference.z) < 1e-12)
    #expect(abs(test.pValue - reference.p) <= 1e-12 * reference.p + 1e-15)
    #expect(test.difference == Double(c[0]) / Double(c[1]) - Double(c[2]) / Double(c[3]))
  }

  @Test func degenerateGroupsHavePValueOne() throws {
    let allSuccesses = try #require(
      TwoProportionTest(successes1: 5, trials1: 5, successes2: 9, trials2: 9))
    #expect(allSuccesses.z == 0 && allSuccesses.pValue == 1)
    let allFailures = try #require(
      TwoProportionTest(successes1: 0, trials1: 5, successes2: 0, trials2: 9))
    #expect(allFailures.z == 0 && allFailures.pValue == 1)
  }

  @Test(arguments: [[0, 0, 1, 2], [1, 2, 0, 0], [-1, 2, 1, 2], [3, 2, 1, 2], [1, 2, 3, 2]])
  func invalidInputIsNil(_ c: [Int]) {
    #expect(
      TwoProportionTest(successes1: c[0], trials1: c[1], successes2: c[2], trials2: c[3]) == nil
    )
  }
}
