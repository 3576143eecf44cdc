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
    /// Where the rating (its id, title and items) comes from, if recorded.
    public var provenance: Provenance?
    /// Where the rating's ``rule`` comes from, if recorded.
    public var ruleProvenance: Provenance?

    /// Creates an overall rating.
    public init(
      id: String, title: String, items: [String], gradeScale: String,
      rule: AggregationRule = .sumOfBandPoints, provenance: Provenance? = nil,
      ruleProvenance: Provenance? = nil
    ) {
      self.id = id
      self.title = title
      self.items = items
      self.gradeScale = gradeScale
      self.rule = rule
      self.provenance = provenance
      self.ruleProvenance = ruleProvenance
    }
  }
}
