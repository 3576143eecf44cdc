import InspectionSupport

/// A band assigned to a value.
public struct BandOutcome: Hashable, Sendable, Codable {
  /// The grade scale's id.
  public var scale: String
  /// The band's id.
  public var id: String
  /// The band's label.
  public var label: String
  /// The band's points, if any.
  public var points: Double?
  /// The band's points as the exact decimal declared, if any.
  public var exactPoints: Rational? { points.flatMap { Rational(decimal: $0) } }
}
