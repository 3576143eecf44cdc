/// The case-bootstrap interval of a criterion, section, headline or overall score
/// (``ScoreIntervals``), and whether the score's band is secure within it.
public struct ScoreInterval: Sendable, Hashable {
  /// The lower and upper percentile bounds (percent, or points for an overall rating).
  public var lower: Double
  public var upper: Double
  /// The confidence level (0.95).
  public var level: Double
  /// The replicates in which the score was defined (the interval is over them).
  public var definedReplicates: Int
  /// All replicates drawn.
  public var replicates: Int
  /// `false` when the interval crosses a band bound: the replicates whose score lies inside
  /// the interval fall in more than one band. `nil` when the item has no band.
  public var bandSecure: Bool?

  /// Creates an interval.
  public init(
    lower: Double, upper: Double, level: Double, definedReplicates: Int, replicates: Int,
    bandSecure: Bool?
  ) {
    self.lower = lower
    self.upper = upper
    self.level = level
    self.definedReplicates = definedReplicates
    self.replicates = replicates
    self.bandSecure = bandSecure
  }

  /// Whether the interval crosses a band bound.
  public var bandNotSecure: Bool { bandSecure == false }
}
