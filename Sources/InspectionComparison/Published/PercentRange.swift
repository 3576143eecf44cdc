/// A set of percentages between two ends, each end included or not: what a published figure
/// allows, or what a framework's rule gives from figures that are themselves ranges.
///
/// A point is a range whose ends are equal and included. Ends are compared with a tolerance of
/// 10⁻⁹ points, so that the noise of binary arithmetic (63.49999999999999 for 63.5) cannot move
/// a value across a rounding boundary: within it, two ends are the same number.
///
/// ```swift
/// let printed = PercentRange.rounding(to: 63)          // [62.5, 63.5): what rounds to 63
/// printed.overlaps(.point(61.96))                      // false
/// printed.overlaps(PercentRange(62, 64))               // true
/// ```
public struct PercentRange: Hashable, Sendable, CustomStringConvertible {
  /// The lower end.
  public var lower: Double
  /// Whether the lower end itself is excluded.
  public var lowerOpen: Bool
  /// The upper end.
  public var upper: Double
  /// Whether the upper end itself is excluded.
  public var upperOpen: Bool

  /// How close two ends must be to count as the same number.
  public static let epsilon = 1e-9

  /// The values from `lower` to `upper`, ends included unless said otherwise.
  public init(_ lower: Double, _ upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false) {
    self.lower = lower
    self.upper = upper
    self.lowerOpen = lowerOpen
    self.upperOpen = upperOpen
  }

  /// The single value `value`.
  public static func point(_ value: Double) -> PercentRange { PercentRange(value, value) }

  /// The values that round half away from zero to `printed` at its printed precision:
  /// [p − h, p + h) where h is half a unit of the last printed decimal (0.5 for a whole number).
  public static func rounding(to printed: Double, halfWidth: Double = 0.5) -> PercentRange {
    PercentRange(printed - halfWidth, printed + halfWidth, upperOpen: true)
  }

  /// Whether the range is one value.
  public var isPoint: Bool { abs(upper - lower) <= Self.epsilon && !lowerOpen && !upperOpen }

  /// Whether some value lies in both ranges.
  public func overlaps(_ other: PercentRange) -> Bool {
    // The higher of the lower ends and the lower of the upper ends, with their openness.
    let (low, lowOpen) = Self.higher((lower, lowerOpen), (other.lower, other.lowerOpen))
    let (high, highOpen) = Self.lower((upper, upperOpen), (other.upper, other.upperOpen))
    if low < high - Self.epsilon { return true }
    return abs(low - high) <= Self.epsilon && !lowOpen && !highOpen
  }

  /// Whether `value` lies in the range.
  public func contains(_ value: Double) -> Bool { overlaps(.point(value)) }

  /// Signed distance from `other` to this range, in points: positive when this range lies
  /// wholly above `other`, negative when wholly below, 0 when they overlap.
  public func distance(from other: PercentRange) -> Double {
    if overlaps(other) { return 0 }
    return lower >= other.upper ? lower - other.upper : upper - other.lower
  }

  /// The middle of the range.
  public var middle: Double { (lower + upper) / 2 }

  /// `61.96%` for a point, `58.20–63.10%` for a range. A range's ends are rounded outwards to
  /// two decimals (62.4969 shows as 62.49, not 62.50), so that the text never hides a value
  /// the range holds.
  public var description: String {
    if isPoint { return Self.text(lower) + "%" }
    let low = ((lower + Self.epsilon) * 100).rounded(.down) / 100
    let high = ((upper - Self.epsilon) * 100).rounded(.up) / 100
    return Self.text(low) + "–" + Self.text(high) + "%"
  }

  static func text(_ value: Double) -> String {
    // Percentages are 0–100; anything else (never read from a file) is written as it is,
    // so the conversions below cannot trap.
    guard value.isFinite, abs(value) < 1e12 else { return String(value) }
    let hundredths = (abs(value) * 100).rounded()
    let whole = Int(hundredths / 100)
    let fraction = Int(hundredths) % 100
    let sign = value < 0 && hundredths > 0 ? "-" : ""
    return sign + "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }

  private static func higher(_ a: (Double, Bool), _ b: (Double, Bool)) -> (Double, Bool) {
    if abs(a.0 - b.0) <= epsilon { return (max(a.0, b.0), a.1 || b.1) }
    return a.0 > b.0 ? a : b
  }

  private static func lower(_ a: (Double, Bool), _ b: (Double, Bool)) -> (Double, Bool) {
    if abs(a.0 - b.0) <= epsilon { return (min(a.0, b.0), a.1 || b.1) }
    return a.0 < b.0 ? a : b
  }
}
