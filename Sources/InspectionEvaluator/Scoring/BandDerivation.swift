import InspectionSchema
import InspectionSupport

/// The band an item's value was given, and on what value.
public struct BandDerivation: Hashable, Sendable {
  /// Whether the raw or the displayed value was banded.
  public var basis: BandingBasis
  /// The value banded: the exact score, or its displayed rounding.
  public var banded: Rational
  /// Whether the value is points (an overall rating) rather than a percentage.
  public var isPoints: Bool
  /// The band's label.
  public var label: String
  /// The grade scale's id.
  public var scale: String
}
