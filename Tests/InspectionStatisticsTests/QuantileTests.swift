import Testing

@testable import InspectionStatistics

@Suite struct QuantileTests {
  /// Values from R's `quantile(x, p)` (type 7), equal to NumPy's default.
  static let references: [(values: [Double], p: Double, expected: Double)] = [
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1, 1.9),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.025, 1.225),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.975, 9.775),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 10),
    ([3, 1, 4, 1, 5, 9, 2, 6], 0.5, 3.5),
    ([3, 1, 4, 1, 5, 9, 2, 6], 0.25, 1.75),
    ([3, 1, 4, 1, 5, 9, 2, 6], 0.9, 6.9),
    ([42], 0.3, 42),
  ]

  @Test(arguments: references)
  func matchesR(_ reference: (values: [Double], p: Double, expected: Double)) throws {
    let value = try #require(Quantile.type7(reference.values, probability: reference.p))
    #expect(abs(value - reference.expected) < 1e-12)
  }

  @Test func invalidInputIsNil() {
    #expect(Quantile.type7([], probability: 0.5) == nil)
    #expect(Quantile.type7([1, 2], probability: -0.1) == nil)
    #expect(Quantile.type7([1, 2], probability: 1.1) == nil)
    #expect(Quantile.type7([1, 2], probability: .nan) == nil)
    #expect(Quantile.type7([1, .nan], probability: 0.5) == nil)
  }
}
