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

  /// A lower bound that includes `value` (≥).
  public static func atLeast(_ value: Double) -> Bound { Bound(value: value, inclusive: true) }
  /// A lower bound that excludes `value` (>).
  public static func above(_ value: Double) -> Bound { Bound(value: value, inclusive: false) }
  /// An upper bound that excludes `value` (<).
  public static func below(_ value: Double) -> Bound { Bound(value: value, inclusive: false) }
  /// An upper bound that includes `value` (≤).
  public static func atMost(_ value: Double) -> Bound { Bound(value: value, inclusive: true) }
}
