/// The closed interval of values a grade scale covers.
public struct ScoreRange: Hashable, Sendable, Codable {
  /// The lowest value.
  public var minimum: Double
  /// The highest value.
  public var maximum: Double

  /// Creates a range.
  public init(minimum: Double, maximum: Double) {
    self.minimum = minimum
    self.maximum = maximum
  }

  /// Percentages, 0–100.
  public static let percent = ScoreRange(minimum: 0, maximum: 100)
}
