import Testing

@testable import InspectionStatistics

@Suite struct WilsonIntervalTests {
  /// Newcombe (1998) table I, method 3 (4 decimals), and R `prop.test(correct = FALSE)`.
  static let references: [(k: Int, n: Int, lower: Double, upper: Double)] = [
    (81, 263, 0.255_288_519_878_274_2, 0.366_209_576_982_800_04),
    (15, 148, 0.062_386_399_530_736_3, 0.160_487_241_723_308_03),
    (0, 20, 0, 0.161_125_158_052_819_38),
    (1, 29, 0.006_113_214_292_762_653, 0.171_755_218_793_202_88),
    (5, 10, 0.236_593_090_512_564, 0.763_406_909_487_436_1),
    (10, 10, 0.722_467_200_137_110_7, 1),
    (0, 1, 0, 0.793_450_685_622_762_6),
    (1, 1, 0.206_549_314_377_237_45, 1),
    (50, 1000, 0.038_130_262_392_748_82, 0.065_313_820_244_250_81),
    (999_999, 1_000_000, 0.999_994_335_088_195_7, 0.999_999_823_475_423_3),
  ]

  @Test
  func matchesReferences() throws {
    for reference in Self.references {
      let interval = try #require(WilsonInterval(successes: reference.k, trials: reference.n))
      #expect(abs(interval.lower - reference.lower) < 1e-12)
      #expect(abs(interval.upper - reference.upper) < 1e-12)
      #expect(interval.lower >= 0 && interval.upper <= 1 && interval.lower <= interval.upper)
    }
  }

  @Test func newcombePublishedValues() throws {
    let interval = try #require(WilsonInterval(successes: 81, trials: 263))
    #expect((interval.lower * 10_000).rounded() == 2553)
    #expect((interval.upper * 10_000).rounded() == 3662)
  }

  @Test func otherConfidenceLevel() throws {
    // 99%: z = Φ⁻¹(0.995).
    let z99 = 2.575_829_303_548_900_4
    let interval = try #require(WilsonInterval(successes: 15, trials: 148, z: z99))
    #expect(abs(interval.lower - 0.053_644_869_613_964_86) < 1e-12)
    #expect(abs(interval.upper - 0.183_267_350_113_152_5) < 1e-12)
  }

  @Test func zeroZIsThePointEstimate() throws {
    let interval = try #require(WilsonInterval(successes: 3, trials: 4, z: 0))
    #expect(interval.lower == 0.75 && interval.upper == 0.75)
  }

  @Test(arguments: [(0, 0), (-1, 5), (6, 5), (1, -2)])
  func invalidInputIsNil(_ input: (Int, Int)) {
    #expect(WilsonInterval(successes: input.0, trials: input.1) == nil)
  }

  @Test func invalidZIsNil() {
    #expect(WilsonInterval(successes: 1, trials: 2, z: -1) == nil)
    #expect(WilsonInterval(successes: 1, trials: 2, z: .nan) == nil)
    #expect(WilsonInterval(successes: 1, trials: 2, z: .infinity) == nil)
  }
}
