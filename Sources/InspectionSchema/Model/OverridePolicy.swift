/// Professional discretion over a computed rating: inspectors may replace the band an item's
/// score falls in with another band of the same grade scale, saying why.
///
/// The item keeps its computed score and band; a judgements file entry for it is an
/// override, not a judgement. Reports show the computed band, the override and its rationale
/// side by side, and an overall rating counts the override's points. An overridable item
/// without an override counts its computed band, with no warning. The rules, with a worked
/// example, are in `docs/scoring.md` (§12).
///
/// In JSON: `"override": {"reach": "oneBand", "requiresRationale": true}`.
///
/// ```swift
/// Criterion("2.3", "Implementation and delivery", rule: .minimumOfKeyQuestions,
///           grade: "standard") { … }
///   .overridable(by: .oneBand, requiresRationale: true)
/// ```
public struct OverridePolicy: Hashable, Sendable, Codable {
  /// How far from the computed band an override may move.
  public var reach: OverrideReach
  /// Whether an override without a rationale is an error (IK0309) rather than a warning.
  public var requiresRationale: Bool

  /// Creates a policy.
  public init(reach: OverrideReach = .anyBand, requiresRationale: Bool = true) {
    self.reach = reach
    self.requiresRationale = requiresRationale
  }
}

/// How far an override may move an item's rating from its computed band.
///
/// ```swift
/// .overridable(by: .oneBand)   // Good may become Outstanding or Requires improvement
/// ```
public enum OverrideReach: String, Hashable, Sendable, Codable, CaseIterable {
  /// To the band next to the computed one, up or down; an item with no computed band (no
  /// relevant case) cannot be overridden.
  case oneBand
  /// To any band of the item's grade scale, whether or not a band was computed.
  case anyBand

  /// The reach in words, for booklets and reports.
  public var explanation: String {
    switch self {
    case .oneBand: "to the band next to the computed one"
    case .anyBand: "to any band"
    }
  }
}
