import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// ``Rational``: exact where binary floating point is not, rounding half away from zero,
/// and conversions that recover the declared decimal and the nearest `Double`.
@Suite struct RationalTests {
  static func r(_ n: Int, _ d: Int = 1) -> Rational {
    Rational(n, d) ?? .zero
  }

  @Test func theEightyTwentyRepro() throws {
    // 0.8 × 200/3 + 0.2 × 100/3 is 60 exactly; not so in binary floating point.
    let individual = try #require(Rational(decimal: 0.8))
    let summary = try #require(Rational(decimal: 0.2))
    let value = individual * Self.r(200, 3) + summary * Self.r(100, 3)
    #expect(value == Self.r(60))
    let binary: Double = 0.8 * (200.0 / 3) + 0.2 * (100.0 / 3)
    #expect(binary != 60)
    #expect(value.doubleValue == 60)
    // 57 of 100 cases as a percentage is 57, not 56.99999999999999.
    #expect(Self.r(57, 100) * .hundred == Self.r(57))
    let fiftySeven: Double = Double(57) / Double(100) * 100
    #expect(fiftySeven < 57)
  }

  @Test(
    arguments: [
      (0.8, "4/5"), (0.2, "1/5"), (0.1, "1/10"), (57, "57"), (59.5, "119/2"), (-0.25, "-1/4"),
      (1e-5, "1/100000"), (1.5e20, "150000000000000000000"), (0, "0"),
      (2.0 / 3, "3333333333333333/5000000000000000"),
      (0.30000000000000004, "7500000000000001/25000000000000000"),
    ] as [(Double, String)])
  func decimalsAreReadAsWritten(value: Double, expected: String) throws {
    let exact = try #require(Rational(decimal: value))
    #expect(exact.description == expected)
    #expect(exact.doubleValue == value)
  }

  @Test func nonFiniteDoublesHaveNoExactValue() {
    #expect(Rational(decimal: .infinity) == nil)
    #expect(Rational(decimal: -.infinity) == nil)
    #expect(Rational(decimal: .nan) == nil)
    #expect(Rational(1, 0) == nil)
    #expect(Self.r(1).dividing(by: .zero) == nil)
  }

  @Test
  func formattingRoundsHalfAwayFromZero() {
    for (n, d, decimals, expected) in [
      (1, 8, 2, "0.13"), (-1, 8, 2, "-0.13"), (2, 3, 2, "0.67"), (139, 2, 0, "70"),
      (-139, 2, 0, "-70"), (1, 3, 0, "0"), (-1, 3, 0, "0"), (57, 200, 2, "0.29"),
      (5, 2, 0, "3"), (-5, 2, 0, "-3"), (7, 2, 3, "3.500"), (1, 1000, 2, "0.00"),
      (-1, 1000, 2, "0.00"), (12345, 1, 0, "12345"), (1, 3, 9, "0.333333333"),
    ] as [(Int, Int, Int, String)] {
      #expect(Self.r(n, d).formatted(decimals: decimals) == expected)
    }
  }

  @Test func roundingToDecimalsIsExact() {
    // 0.285 (57/200) to 2 decimals is 0.29; 69.5 to 0 is 70; -69.5 is -70.
    #expect(Self.r(57, 200).rounded(decimals: 2) == Self.r(29, 100))
    #expect(Self.r(139, 2).rounded(decimals: 0) == Self.r(70))
    #expect(Self.r(-139, 2).rounded(decimals: 0) == Self.r(-70))
    #expect(Self.r(200, 3).rounded(decimals: 1) == Self.r(667, 10))
  }

  @Test(
    arguments: [
      (4, 5, "0.8"), (70, 1, "70"), (125, 2, "62.5"), (1, 3, "0.333333333"), (-3, 4, "-0.75"),
      (0, 1, "0"),
    ] as [(Int, Int, String)])
  func plainDecimals(n: Int, d: Int, expected: String) {
    #expect(Self.r(n, d).plain() == expected)
  }

  @Test func arithmeticAndOrderAgreeWithIntegersOnRandomFractions() throws {
    var random = SplitMix64(seed: 5)
    for _ in 0..<3_000 {
      let (a, b) = (
        Int.random(in: -1_000...1_000, using: &random), Int.random(in: 1...1_000, using: &random)
      )
      let (c, d) = (
        Int.random(in: -1_000...1_000, using: &random), Int.random(in: 1...1_000, using: &random)
      )
      let x = Self.r(a, b)
      let y = Self.r(c, d)
      #expect(x + y == Self.r(a * d + c * b, b * d))
      #expect(x * y == Self.r(a * c, b * d))
      #expect(x - y + y == x)
      #expect((x < y) == (a * d < c * b))
      #expect(x.doubleValue == Double(a) / Double(b))
      if c != 0 { #expect(try #require(x.dividing(by: y)) * y == x) }
    }
  }

  @Test func beyondSixtyFourBitsNothingOverflows() throws {
    // The sum of 1/p over the first primes outgrows 64-bit denominators; subtracting the
    // terms again brings it back exactly.
    let primes = [
      2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
      89, 97,
    ]
    var sum = Rational.zero
    for p in primes { sum = sum + Self.r(1, p) }
    #expect(sum.parts.denominator.int64 == nil)
    #expect(sum > Self.r(1) && sum < Self.r(2))
    #expect(abs(sum.doubleValue - primes.reduce(0) { $0 + 1 / Double($1) }) < 1e-12)
    for p in primes { sum = sum - Self.r(1, p) }
    #expect(sum == .zero)
    // Products past Int64.max, compared and divided back.
    let big = Self.r(Int.max) * Self.r(Int.max)
    #expect(big > Self.r(Int.max))
    #expect(try #require(big.dividing(by: Self.r(Int.max))) == Self.r(Int.max))
    #expect(Self.r(Int.min) < Self.r(Int.max))
    #expect((-Self.r(Int.min)).description == "9223372036854775808")
  }

  /// The `Double` a value converts to is the nearest one: no neighbour is closer.
  @Test func doubleValueIsTheNearestDouble() throws {
    var random = SplitMix64(seed: 9)
    for _ in 0..<1_000 {
      let n = BigIntegerTests.random(limbs: 4, using: &random)
      let d = BigIntegerTests.random(limbs: 3, using: &random).magnitude
      guard !d.isZero else { continue }
      let x = Rational(reducing: n, d)
      let nearest = x.doubleValue
      try #require(nearest.isFinite)
      let distance = Self.exact(nearest) - x
      for neighbour in [nearest.nextUp, nearest.nextDown] {
        let other = Self.exact(neighbour) - x
        let (a, b) = (distance.isNegative ? -distance : distance, other.isNegative ? -other : other)
        #expect(!(b < a), "\(x): \(nearest) vs \(neighbour)")
      }
    }
  }

  @Test func tiesGoToTheEvenDouble() {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even significand wins; likewise
    // 2^53 + 3 goes to 2^53 + 4, and (2^54 + 2) / 2^60 to 2^-6.
    let twoTo53 = 1 << 53
    #expect(Self.r(twoTo53 + 1).doubleValue == Double(twoTo53))
    #expect(Self.r(twoTo53 + 3).doubleValue == Double(twoTo53 + 4))
    #expect(Self.r(-(twoTo53 + 3)).doubleValue == -Double(twoTo53 + 4))
    #expect(Self.r(twoTo53 + 1, 1 << 60).doubleValue == 1.0 / 128)
  }

  /// A finite `Double` as the exact binary fraction it is.
  static func exact(_ value: Double) -> Rational {
    guard value != 0 else { return .zero }
    let significand = BigInteger(
      magnitude: value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
    let exponent = Int(value.exponent) - 52
    let signed = value < 0 ? -significand : significand
    return exponent >= 0
      ? Rational(reducing: signed.shiftedLeft(exponent), BigInteger(1))
      : Rational(reducing: signed, BigInteger(1).shiftedLeft(-exponent))
  }
}
