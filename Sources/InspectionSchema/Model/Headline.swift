extension FrameworkDocument {
  /// A headline (thread) score: the mean over the questions that carry a theme.
  ///
  /// Headlines cut across criteria, e.g. OMI's Risk of Harm thread over sections 1 and 2.
  ///
  /// ```swift
  /// Headline(id: "RoH", title: "Risk of Harm to others", theme: "RoH", sections: ["1", "2"])
  /// ```
  public struct Headline: Hashable, Sendable, Codable {
    /// The headline id.
    public var id: String
    /// The headline as published.
    public var title: String
    /// The theme whose questions it averages.
    public var theme: String
    /// The sections whose questions count; empty means every section.
    public var sections: [String]
    /// How the tagged questions combine: ``AggregationRule/meanOfQuestions`` or pooled.
    public var rule: AggregationRule
    /// The grade scale that bands the headline, if any.
    public var gradeScale: String?
    /// The judgement scale inspectors comment on it with, if any.
    public var judgementScale: String?
    /// Where the headline (its id and title) comes from, if recorded.
    public var provenance: Provenance?
    /// Where the headline's ``rule`` comes from, if recorded.
    public var ruleProvenance: Provenance?
    /// Where the headline's membership (which questions count: its theme and sections) comes
    /// from, if recorded.
    public var membershipProvenance: Provenance?
    /// The concepts of the framework's concept catalog this headline measures, and how; `nil`
    /// (omitted in JSON) when it names none.
    public var measures: [ConceptLink]?

    /// Creates a headline.
    public init(
      id: String, title: String, theme: String, sections: [String] = [],
      rule: AggregationRule = .meanOfQuestions, gradeScale: String? = nil,
      judgementScale: String? = nil, provenance: Provenance? = nil,
      ruleProvenance: Provenance? = nil, membershipProvenance: Provenance? = nil,
      measures: [ConceptLink]? = nil
    ) {
      self.id = id
      self.title = title
      self.theme = theme
      self.sections = sections
      self.rule = rule
      self.gradeScale = gradeScale
      self.judgementScale = judgementScale
      self.provenance = provenance
      self.ruleProvenance = ruleProvenance
      self.membershipProvenance = membershipProvenance
      self.measures = measures
    }
  }
}
