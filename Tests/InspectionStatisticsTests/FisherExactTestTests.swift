import Foundation
import Testing

@testable import InspectionStatistics

@Suite struct FisherExactTestTests {
  /// Tables `[[a, b], [c, d]]` and two-sided p-values computed exactly with rational
  /// arithmetic (R's rule, tolerance 1 + 1e-7) and checked against R / SciPy.
  static let references: [(table: [Int], p: Double)] = [
    // Tea tasting (Fisher 1935; R: fisher.test(matrix(c(3, 1, 1, 3), 2))): 0.4857.
    ([3, 1, 1, 3], 0.485_714_285_714_285_7),
    // R: fisher.test(matrix(c(10, 2, 3, 15), 2)): 0.0005367.
    ([10, 3, 2, 15], 0.000_536_724_119_143_435_8),
    // R's Convictions example, matrix(c(2, 10, 15, 3), 2): 0.0005367.
    ([2, 15, 10, 3], 0.000_536_724_119_143_435_8),
    ([1, 9, 11, 3], 0.002_759_456_185_220_083_6),
    ([0, 5, 5, 0], 0.007_936_507_936_507_936),
    ([5, 0, 0, 5], 0.007_936_507_936_507_936),
    ([7, 2, 3, 8], 0.069_778_518_694_927_36),
    ([12, 5, 7, 9], 0.166_320_065_773_564_84),
    ([20, 30, 25, 25], 0.421_551_772_461_527_1),
    ([8, 2, 1, 5], 0.034_965_034_965_034_97),
    ([100, 90, 80, 120], 0.014_713_291_217_011_724),
    ([3, 5, 8, 6], 0.659_442_724_458_204_3),
    ([0, 0, 0, 0], 1),
    ([0, 10, 0, 10], 1),
    ([1, 0, 0, 0], 1),
  ]

  @Test
  func matchesReferences() throws {
    for reference in Self.references {
      let t = reference.table
      let p = try #require(FisherExactTest.pValue(a: t[0], b: t[1], c: t[2], d: t[3]))
      #expect(abs(p - reference.p) <= 1e-10 * max(reference.p, 1e-300) + 1e-15)
    }
  }

  /// Large tables (n up to 10⁶), checked against SciPy 1.17 `fisher_exact`.
  static let largeReferences: [(table: [Int], p: Double)] = [
    ([5000, 4000, 4500, 4600], 2.059_517_793_377_431e-16),
    ([250_000, 250_000, 249_000, 251_000], 0.045_716_172_892_690_705),
    ([500, 499_500, 600, 499_400], 0.002_804_436_118_121_694),
  ]

  @Test(arguments: largeReferences)
  func largeTables(_ reference: (table: [Int], p: Double)) throws {
    let t = reference.table
    let p = try #require(FisherExactTest.pValue(a: t[0], b: t[1], c: t[2], d: t[3]))
    #expect(abs(p - reference.p) <= 1e-6 * reference.p)
  }

  @Test func symmetricUnderTransposeAndSwaps() throws {
    let p = try #require(FisherExactTest.pValue(a: 12, b: 5, c: 7, d: 9))
    let transposed = try #require(FisherExactTest.pValue(a: 12, b: 7, c: 5, d: 9))
    #expect(abs(transposed - p) < 1e-12)
    let swapped = try #require(FisherExactTest.pValue(a: 7, b: 9, c: 12, d: 5))
    #expect(abs(swapped - p) < 1e-12)
  }

  @Test func invalidInputIsNil() {
    #expect(FisherExactTest.pValue(a: -1, b: 0, c: 0, d: 0) == nil)
    #expect(FisherExactTest.pValue(a: .max, b: 1, c: 0, d: 0) == nil)
    #expect(FisherExactTest.pValue(a: .max / 2, b: .max / 2, c: 1, d: 1) == nil)
  }

  @Test func totalsBeyondTheLimitAreNil() {
    #expect(FisherExactTest.pValue(a: .max / 4, b: 0, c: 0, d: .max / 4) == nil)
    let limit = FisherExactTest.maximumTotal
    #expect(FisherExactTest.pValue(a: limit / 2, b: 0, c: 0, d: limit / 2 + 1) == nil)
    #expect(FisherExactTest.pValue(a: limit / 2, b: 0, c: 0, d: limit / 2) == 0)
  }

  @Test func logFactorialMatchesDirectSums() {
    var sum = 0.0
    for k in 1...2_000 {
      sum += log(Double(k))
      #expect(abs(LogFactorial.of(k) - sum) <= 1e-13 * sum, "k = \(k)")
    }
    #expect(LogFactorial.of(0) == 0)
    #expect(LogFactorial.of(-3) == 0)
  }
}
