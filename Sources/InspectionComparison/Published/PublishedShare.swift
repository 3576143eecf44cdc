/// A share of cases, held exactly: a printed percentage (`63`, `66.7`) or the fraction of the
/// cases a report names in words (`"2/3"` for "two-thirds").
///
/// Published files write a share either as a JSON number, a percentage from 0 to 100 with at
/// most four decimals, or as a string `"n/d"`, the fraction n/d of the cases (0 ≤ n ≤ d,
/// 1 ≤ d ≤ 1,000,000). Both are kept as a fraction of one in lowest terms, so "two-thirds" is
/// exactly 2/3 and never 66.67%.
///
/// ```swift
/// PublishedShare(percent: 63)?.percent         // 63.0
/// PublishedShare(fraction: "2/3")?.description  // "2/3 (66.67%)"
/// ```
public struct PublishedShare: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The share as a fraction of one, in lowest terms: numerator…
  public let numerator: Int
  /// …and denominator (at least 1).
  public let denominator: Int
  /// Whether the file wrote it as a fraction ("2/3") rather than a percentage.
  public let isFraction: Bool

  /// The largest denominator a fraction may have, and 10⁴ × 100 for percentages.
  public static let maximumDenominator = 1_000_000
  /// The most decimals a percentage may have.
  public static let maximumDecimals = 4

  /// No share of the cases.
  public static let zero = PublishedShare(reduced: 0, 1, isFraction: false)
  /// Every case.
  public static let whole = PublishedShare(reduced: 1, 1, isFraction: false)

  private init(reduced numerator: Int, _ denominator: Int, isFraction: Bool) {
    self.numerator = numerator
    self.denominator = denominator
    self.isFraction = isFraction
  }

  /// The share n/d of the cases, reduced; `nil` unless 0 ≤ n ≤ d and 1 ≤ d.
  public init?(numerator: Int, denominator: Int, isFraction: Bool = true) {
    guard denominator >= 1, numerator >= 0, numerator <= denominator else { return nil }
    let divisor = Self.gcd(numerator, denominator)
    self.init(
      reduced: numerator / divisor, denominator / divisor, isFraction: isFraction)
  }

  /// A percentage from 0 to 100 with at most four decimals; `nil` otherwise.
  public init?(percent: Double) {
    guard percent.isFinite, percent >= 0, percent <= 100 else { return nil }
    let scaled = percent * 10_000
    let units = scaled.rounded()
    // Decimals beyond the fourth would be lost: refuse them rather than round silently.
    guard abs(scaled - units) <= 1e-6 else { return nil }
    self.init(numerator: Int(units), denominator: 1_000_000, isFraction: false)
  }

  /// A fraction written `"n/d"` (digits only, 1 ≤ d ≤ 1,000,000, n ≤ d); `nil` otherwise.
  public init?(fraction text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({
        !$0.isEmpty && $0.count <= 7 && $0.allSatisfy { $0.isASCII && $0.isNumber }
      }),
      let numerator = Int(parts[0]), let denominator = Int(parts[1]),
      denominator <= Self.maximumDenominator
    else { return nil }
    self.init(numerator: numerator, denominator: denominator, isFraction: true)
  }

  /// The share as a percentage (binary floating point, for display and scoring).
  public var percent: Double { Double(numerator) * 100 / Double(denominator) }

  /// What is left: 1 − the share (a printed shortfall turned round).
  public var complement: PublishedShare {
    PublishedShare(reduced: denominator - numerator, denominator, isFraction: isFraction)
  }

  /// The share moved by `points` percentage points, kept within 0…100%.
  ///
  /// `points` is itself a share of one (5 points is 1/20), so the result stays exact.
  public func moved(by points: PublishedShare, up: Bool) -> PublishedShare {
    // a/b ± c/d = (ad ± cb) / bd; b, d ≤ 10⁶ keep every product far inside Int.
    let (a, b, c, d) = (numerator, denominator, points.numerator, points.denominator)
    let scaled = up ? a * d + c * b : a * d - c * b
    let bottom = b * d
    if scaled <= 0 { return .zero }
    if scaled >= bottom { return .whole }
    return PublishedShare(numerator: scaled, denominator: bottom, isFraction: isFraction)
      ?? .zero
  }

  /// `2/3 (66.67%)` for a fraction, `63%` for a percentage.
  public var description: String {
    let shown = Self.percentText(percent)
    return isFraction ? "\(numerator)/\(denominator) (\(shown))" : shown
  }

  /// A percentage without needless decimals, to two at most: `63%`, `66.67%`.
  public static func percentText(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return "\(Int(rounded))%" }
    var text = String(rounded)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text + "%"
  }

  public static func < (lhs: PublishedShare, rhs: PublishedShare) -> Bool {
    // a/b < c/d ⇔ ad < cb, compared in full width so that nothing can overflow.
    let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
    let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    return (left.high, left.low) < (right.high, right.low)
  }

  public static func == (lhs: PublishedShare, rhs: PublishedShare) -> Bool {
    lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(numerator)
    hasher.combine(denominator)
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return max(x, 1)
  }
}
