import InspectionSupport

/// A band bound: a value and whether the value itself belongs to the band.
public struct Bound: Hashable, Sendable, Codable {
  /// The bound's value.
  public var value: Double
  /// Whether the value itself is inside the band.
  public var inclusive: Bool

  /// Creates a bound.
  public init(value: Double, inclusive: Bool) {
    self.value = value
    self.inclusive = inclusive
  }

  /// The bound as the exact decimal it is declared as, or `nil` when it is not finite.
  public var exactValue: Rational? { Rational(decimal: value) }

  /// Whether `value` is on the inside of this bound used as a lower bound (≥ or >). An
  /// infinite bound admits everything (−∞) or nothing (+∞, NaN).
  func admitsFromBelow(_ value: Rational) -> Bool {
    guard let bound = exactValue else { return self.value == -.infinity }
    return inclusive ? !(value < bound) : bound < value
  }

  /// Whether `value` is on the inside of this bound used as an upper bound (≤ or <).
  func admitsFromAbove(_ value: Rational) -> Bool {
    guard let bound = exactValue else { return self.value == .infinity }
    return inclusive ? !(bound < value) : value < bound
  }

  /// A lower bound that includes `value` (≥).
  public static func atLeast(_ value: Double) -> Bound { Bound(value: value, inclusive: true) }
  /// A lower bound that excludes `value` (>).
  public static func above(_ value: Double) -> Bound { Bound(value: value, inclusive: false) }
  /// An upper bound that excludes `value` (<).
  public static func below(_ value: Double) -> Bound { Bound(value: value, inclusive: false) }
  /// An upper bound that includes `value` (≤).
  public static func atMost(_ value: Double) -> Bound { Bound(value: value, inclusive: true) }
}
