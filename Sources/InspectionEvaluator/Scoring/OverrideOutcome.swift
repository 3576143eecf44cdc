import InspectionSchema
import InspectionSupport

/// An item open to professional discretion: its computed band, the band inspectors recorded
/// instead (if they did) and why.
///
/// The computed band stays the item's ``ItemScore/band``; the override, when recorded, is the
/// rating that counts (``ItemScore/rating``), for points and overall ratings.
///
/// ```swift
/// if let override = item.override, let band = override.band {
///   print("\(item.id): computed \(override.computed?.label ?? "—"), overridden to \(band.label)")
/// }
/// ```
public struct OverrideOutcome: Hashable, Sendable {
  /// The overridden item's id.
  public var item: String
  /// What the framework allows.
  public var policy: OverridePolicy
  /// The band the item's score falls in, or `nil` when the score is undefined.
  public var computed: BandOutcome?
  /// The band recorded instead, or `nil` when the computed band stands.
  public var band: BandOutcome?
  /// Why the inspectors overrode it.
  public var rationale: String?
  /// Where the override was recorded.
  public var location: SourceLocation?

  /// Whether an override was recorded.
  public var isOverridden: Bool { band != nil }
}
