extension FrameworkDocument {
  /// An overall rating: the sum of the band (or judgement) points of other items, banded.
  ///
  /// ```swift
  /// OverallRating(id: "overall", title: "Overall rating", items: ["2.1", "2.2"], gradeScale: "points")
  /// ```
  public struct OverallRating: Hashable, Sendable, Codable {
    /// The rating id.
    public var id: String
    /// The rating as published.
    public var title: String
    /// The criteria, sections or headlines whose points are summed.
    public var items: [String]
    /// The grade scale, over points, that bands the sum.
    public var gradeScale: String
    /// How the items combine; always ``AggregationRule/sumOfBandPoints`` today.
    public var rule: AggregationRule

    /// Creates an overall rating.
    public init(
      id: String, title: String, items: [String], gradeScale: String,
      rule: AggregationRule = .sumOfBandPoints
    ) {
      self.id = id
      self.title = title
      self.items = items
      self.gradeScale = gradeScale
      self.rule = rule
    }
  }
}
