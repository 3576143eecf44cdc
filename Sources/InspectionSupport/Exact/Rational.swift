/// An exact fraction: what scores are computed in, so that a score exactly on a band's bound
/// is banded by the declared rule whatever the arithmetic path.
///
/// A percentage of counts (57 of 100 cases is 57, not 56.99999999999999), a mean of such
/// percentages, an 80/20 weighting (0.8 × 200/3 + 0.2 × 100/3 is exactly 60) and a sum of
/// points are all fractions of integers. A `Rational` keeps them exactly: numerator and
/// denominator in lowest terms, the denominator positive, held in 64-bit integers while they
/// fit and in ``BigInteger``s beyond, so no operation overflows or traps. Division by zero is
/// refused (``dividing(by:)`` returns `nil`); a `Double` becomes a `Rational` only when finite,
/// as the decimal it was written as (``init(decimal:)``: `0.8` is 4/5, not the binary
/// fraction nearest it).
///
/// ```swift
/// let criterion = Rational(4, 5)! * Rational(200, 3)! + Rational(1, 5)! * Rational(100, 3)!
/// criterion == Rational(60)                      // true
/// Rational(2, 3)!.formatted(decimals: 2)         // "0.67"
/// ```
public struct Rational: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Lowest terms, denominator positive; `small` whenever both parts fit an `Int64`.
  private enum Storage: Hashable, Sendable {
    case small(Int64, Int64)
    case big(BigInteger, BigInteger)
  }

  private var storage: Storage

  /// Zero.
  public static let zero = Rational(0)
  /// One.
  public static let one = Rational(1)
  /// One hundred: a proportion × 100 is a percentage.
  public static let hundred = Rational(100)

  /// The integer `value`.
  public init(_ value: Int) {
    storage = value == .min ? .big(BigInteger(value), BigInteger(1)) : .small(Int64(value), 1)
  }

  /// `numerator` ÷ `denominator` in lowest terms, or `nil` when `denominator` is zero.
  public init?(_ numerator: Int, _ denominator: Int) {
    guard denominator != 0 else { return nil }
    self = Self.reduced(Int64(numerator), Int64(denominator))
  }

  /// The fraction `numerator` ÷ `denominator` (non-zero), reduced.
  init(reducing numerator: BigInteger, _ denominator: BigInteger) {
    var numerator = numerator
    var denominator = denominator
    if denominator.isNegative {
      numerator = -numerator
      denominator = -denominator
    }
    if numerator.isZero {
      self.init(storage: .small(0, 1))
      return
    }
    let divisor = BigInteger.gcd(numerator, denominator)
    if divisor != BigInteger(1) {
      numerator = numerator.quotientAndRemainder(dividingBy: divisor)?.quotient ?? numerator
      denominator = denominator.quotientAndRemainder(dividingBy: divisor)?.quotient ?? denominator
    }
    self.init(normalised: numerator, denominator)
  }

  /// Lowest terms already: stored small when both fit.
  private init(normalised numerator: BigInteger, _ denominator: BigInteger) {
    if let n = numerator.int64, let d = denominator.int64, n != .min {
      storage = .small(n, d)
    } else {
      storage = .big(numerator, denominator)
    }
  }

  /// The decimal `value` was written as, exactly: the shortest decimal that reads back as
  /// `value` (Swift's `description` of it), so `0.8` is 4/5 and `57` is 57. `nil` when
  /// `value` is infinite or NaN.
  ///
  /// Weights, shares, bounds and points are declared as decimals in the DSL and in JSON and
  /// held as `Double`s; this recovers the declared decimal whenever it has at most 15
  /// significant digits (every `Double` holds those exactly enough to read them back).
  public init?(decimal value: Double) {
    guard value.isFinite else { return nil }
    if value == value.rounded(), abs(value) < 9e15 {
      self.init(Int(value))
      return
    }
    // `description` is the shortest round-trip form: "0.8", "1e-05", "1.5e+20".
    var text = Substring(value.description)
    var negative = false
    if text.first == "-" {
      negative = true
      text = text.dropFirst()
    }
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let parsed = Int(text[text.index(after: e)...]) else { return nil }
      exponent = parsed
      text = text[..<e]
    }
    var digits = BigInteger.zero
    var seenPoint = false
    for character in text {
      if character == "." {
        seenPoint = true
        continue
      }
      guard let digit = character.wholeNumberValue else { return nil }
      digits = digits * BigInteger(10) + BigInteger(digit)
      if seenPoint { exponent -= 1 }
    }
    if negative { digits = -digits }
    if exponent >= 0 {
      self.init(reducing: digits * BigInteger.powerOfTen(exponent), BigInteger(1))
    } else {
      self.init(reducing: digits, BigInteger.powerOfTen(-exponent))
    }
  }

  // MARK: Parts

  /// Numerator (with the value's sign) and denominator (positive), in lowest terms.
  package var parts: (numerator: BigInteger, denominator: BigInteger) {
    switch storage {
    case .small(let n, let d): (BigInteger(n), BigInteger(d))
    case .big(let n, let d): (n, d)
    }
  }

  /// Whether the value is below zero.
  public var isNegative: Bool {
    switch storage {
    case .small(let n, _): n < 0
    case .big(let n, _): n.isNegative
    }
  }

  /// Whether the value is a whole number.
  public var isInteger: Bool {
    switch storage {
    case .small(_, let d): d == 1
    case .big(_, let d): d == BigInteger(1)
    }
  }

  // MARK: Arithmetic

  public static func + (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      if b == d {
        let (sum, overflow) = a.addingReportingOverflow(c)
        if !overflow { return b == 1 ? Rational(storage: .small(sum, 1)) : reduced(sum, b) }
      } else {
        let (ad, o1) = a.multipliedReportingOverflow(by: d)
        let (cb, o2) = c.multipliedReportingOverflow(by: b)
        let (bd, o3) = b.multipliedReportingOverflow(by: d)
        let (sum, o4) = ad.addingReportingOverflow(cb)
        if !(o1 || o2 || o3 || o4) { return reduced(sum, bd) }
      }
    }
    let (a, b) = lhs.parts
    let (c, d) = rhs.parts
    return Rational(reducing: a * d + c * b, b * d)
  }

  public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + -rhs }

  public static prefix func - (value: Rational) -> Rational {
    switch value.storage {
    case .small(let n, let d): Rational(storage: .small(-n, d))  // n ≠ Int64.min, see init
    case .big(let n, let d): Rational(normalised: -n, d)
    }
  }

  public static func * (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      let (n, o1) = a.multipliedReportingOverflow(by: c)
      let (m, o2) = b.multipliedReportingOverflow(by: d)
      if !(o1 || o2) { return reduced(n, m) }
    }
    let (a, b) = lhs.parts
    let (c, d) = rhs.parts
    return Rational(reducing: a * c, b * d)
  }

  /// `self ÷ divisor`, or `nil` when `divisor` is zero.
  public func dividing(by divisor: Rational) -> Rational? {
    guard divisor != .zero else { return nil }
    let (a, b) = parts
    let (c, d) = divisor.parts
    return Rational(reducing: a * d, b * c)
  }

  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
      let (ad, o1) = a.multipliedReportingOverflow(by: d)
      let (cb, o2) = c.multipliedReportingOverflow(by: b)
      if !(o1 || o2) { return ad < cb }
    }
    let (a, b) = lhs.parts
    let (c, d) = rhs.parts
    return a * d < c * b
  }

  private init(storage: Storage) { self.storage = storage }

  /// `n / d` (d > 0 or any sign) reduced, for parts that fit `Int64`.
  private static func reduced(_ n: Int64, _ d: Int64) -> Rational {
    guard n != .min, d != .min, d != 0 else {
      return Rational(reducing: BigInteger(n), BigInteger(d))
    }
    var a = n.magnitude
    var b = d.magnitude
    while b != 0 { (a, b) = (b, a % b) }
    let g = Int64(a)
    let sign: Int64 = d < 0 ? -1 : 1
    return Rational(storage: .small(sign * n / g, sign * d / g))
  }

  // MARK: Rounding and conversion

  /// The integer nearest the value, halves rounded away from zero (2.5 → 3, -2.5 → -3).
  package func roundedHalfAwayFromZero() -> BigInteger {
    let (n, d) = parts
    guard let (quotient, remainder) = n.magnitude.quotientAndRemainder(dividingBy: d) else {
      return .zero
    }
    // Round up the magnitude when the remainder is at least half the denominator.
    let up = !(remainder.shiftedLeft(1) < d)
    let magnitude = up ? quotient + BigInteger(1) : quotient
    return n.isNegative ? -magnitude : magnitude
  }

  /// The value rounded half away from zero to `decimals` decimal places (at least 0).
  public func rounded(decimals: Int) -> Rational {
    let scale = BigInteger.powerOfTen(max(0, decimals))
    let scaled = self * Rational(reducing: scale, BigInteger(1))
    return Rational(reducing: scaled.roundedHalfAwayFromZero(), scale)
  }

  /// The value rounded half away from zero to exactly `decimals` decimals (at least 0), e.g.
  /// `"65.83"`; no minus sign when the rounded value is zero.
  public func formatted(decimals: Int) -> String {
    let places = max(0, decimals)
    let scale = BigInteger.powerOfTen(places)
    let units = (self * Rational(reducing: scale, BigInteger(1))).roundedHalfAwayFromZero()
    let digits = units.magnitude.description
    let sign = units.isNegative ? "-" : ""
    guard places > 0 else { return sign + digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return sign + padded[..<split] + "." + padded[split...]
  }

  /// The value as a decimal when it has at most `maximumDecimals` decimals (no trailing
  /// zeros: `0.8`, `70`, `62.5`), otherwise rounded half away from zero to that many and
  /// trimmed. Weights, shares and points are written this way.
  public func plain(maximumDecimals: Int = 9) -> String {
    var text = formatted(decimals: maximumDecimals)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// The `Double` nearest the value (ties to even), infinite beyond the `Double` range.
  public var doubleValue: Double {
    switch storage {
    case .small(let n, let d):
      // Both exact in a Double: one correctly rounded division.
      if n.magnitude <= 1 << 53, d <= 1 << 53 { return Double(n) / Double(d) }
    case .big: break
    }
    let (n, d) = parts
    return Self.nearestDouble(n.magnitude, d, negative: n.isNegative)
  }

  /// The `Double` nearest `n ÷ d` (both positive, `d` non-zero), ties to even.
  private static func nearestDouble(_ n: BigInteger, _ d: BigInteger, negative: Bool) -> Double {
    guard !n.isZero else { return 0 }
    // Scale so that the quotient has 55 or 56 bits: 53 kept, a rounding bit and a sticky bit.
    let shift = 55 - (n.bitWidth - d.bitWidth)
    let scaledN = shift > 0 ? n.shiftedLeft(shift) : n
    let scaledD = shift < 0 ? d.shiftedLeft(-shift) : d
    guard let (quotient, remainder) = scaledN.quotientAndRemainder(dividingBy: scaledD),
      let q = quotient.int64
    else { return negative ? -.infinity : .infinity }
    var bits = UInt64(q)
    var exponent = -shift
    // Keep 54 bits (53 and the rounding bit), folding the rest into the sticky bit.
    var sticky = !remainder.isZero
    while bits >= 1 << 54 {
      sticky = sticky || bits & 1 == 1
      bits >>= 1
      exponent += 1
    }
    let roundBit = bits & 1 == 1
    bits >>= 1
    exponent += 1
    if roundBit && (sticky || bits & 1 == 1) { bits += 1 }
    let magnitude = Double(sign: .plus, exponent: exponent, significand: Double(bits))
    return negative ? -magnitude : magnitude
  }

  /// `n/d`, or `n` when the value is an integer.
  public var description: String {
    let (n, d) = parts
    return d == BigInteger(1) ? n.description : "\(n)/\(d)"
  }
}
