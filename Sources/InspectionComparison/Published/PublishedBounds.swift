/// The shares of cases a published figure allows, held exactly: from a lower to an upper
/// end, each included or not.
///
/// ```swift
/// // "less than half": [0, 1/2)
/// var bounds = PublishedBounds(lower: .zero, upper: .whole)
/// bounds.lowerUpper(to: PublishedShare(fraction: "1/2")!, open: true)
/// bounds.percentRange.description   // "0.00–50.00%"
/// ```
public struct PublishedBounds: Hashable, Sendable {
  /// The lower end.
  public var lower: PublishedShare
  /// Whether the lower end itself is excluded.
  public var lowerOpen = false
  /// The upper end.
  public var upper: PublishedShare
  /// Whether the upper end itself is excluded.
  public var upperOpen = false

  /// The shares from `lower` to `upper`, both included.
  public init(lower: PublishedShare, upper: PublishedShare) {
    self.lower = lower
    self.upper = upper
  }

  /// The one share `value`.
  public init(point value: PublishedShare) { self.init(lower: value, upper: value) }

  /// Raises the lower end to `bound` if that is higher (or equal and `open`).
  mutating func raiseLower(to bound: PublishedShare, open: Bool) {
    if bound > lower || (bound == lower && open) {
      lower = bound
      lowerOpen = open
    }
  }

  /// Lowers the upper end to `bound` if that is lower (or equal and `open`).
  mutating func lowerUpper(to bound: PublishedShare, open: Bool) {
    if bound < upper || (bound == upper && open) {
      upper = bound
      upperOpen = open
    }
  }

  /// Whether no share lies between the ends.
  public var isEmpty: Bool {
    upper < lower || (upper == lower && (lowerOpen || upperOpen))
  }

  /// Whether the bounds hold one share.
  public var isPoint: Bool { lower == upper && !lowerOpen && !upperOpen }

  /// The shares turned round: what the rest of the cases allows (a shortfall made a finding).
  public var complement: PublishedBounds {
    var result = PublishedBounds(lower: upper.complement, upper: lower.complement)
    result.lowerOpen = upperOpen
    result.upperOpen = lowerOpen
    return result
  }

  /// The bounds as percentages.
  public var percentRange: PercentRange {
    PercentRange(
      lower.percent, upper.percent, lowerOpen: lowerOpen, upperOpen: upperOpen)
  }
}
