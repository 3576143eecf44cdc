import InspectionSupport

/// A judgement recorded (or missing) for an item, beside its advisory band.
public struct JudgementOutcome: Hashable, Sendable, Codable {
  /// The judged item's id.
  public var item: String
  /// The judgement scale's id.
  public var scale: String
  /// The label's id, or `nil` when no judgement was recorded.
  public var label: String?
  /// The label as published.
  public var labelText: String?
  /// Why the inspectors judged so.
  public var rationale: String?
  /// The label's points, if any.
  public var points: Double?
  /// The label's points as the exact decimal declared, if any.
  public var exactPoints: Rational? { points.flatMap { Rational(decimal: $0) } }
  /// The computed band from the scale's advisory grade scale, if any.
  public var advisory: BandOutcome?
}
