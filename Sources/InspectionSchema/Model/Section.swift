extension FrameworkDocument {
  /// A section of a framework: criteria scored together, e.g. "Assessment and sentence planning".
  ///
  /// A section may be a grouping only (``scored`` is `false`): it holds criteria under a
  /// heading, such as a domain of standards, and has no score, band or judgement of its own.
  /// A section's ``applicability`` is inherited by every question in it (see
  /// ``FrameworkDocument/applicabilityInEffect(section:criterion:question:)``).
  ///
  /// ```swift
  /// Section(id: "1", title: "Assessment and sentence planning", rule: .meanOfCriteria, criteria: […])
  /// ```
  public struct Section: Hashable, Sendable, Codable {
    /// The section id, e.g. `1` or `B`.
    public var id: String
    /// The section title as published.
    public var title: String
    /// The section's standard, in the report's own words, if it has one.
    public var standard: String?
    /// How criterion (or question) scores combine into the section score.
    public var rule: AggregationRule
    /// The weight of the section where an enclosing rule weights sections.
    public var weight: Double?
    /// The grade scale that bands the section score, if any.
    public var gradeScale: String?
    /// The judgement scale inspectors grade the section on, if any.
    public var judgementScale: String?
    /// The criteria, in published order.
    public var criteria: [Criterion]
    /// Where the section (its id, title and standard) comes from, if recorded.
    public var provenance: Provenance?
    /// Where the section's ``rule`` comes from, if recorded.
    public var ruleProvenance: Provenance?
    /// `false` for a grouping only, with no score, band or judgement; `nil` (omitted in JSON)
    /// for a scored section.
    public var scored: Bool?
    /// When the section's questions are relevant to a case, on top of their own conditions;
    /// `nil` means always.
    public var applicability: Applicability?
    /// Whether inspectors may override the section's computed band, and how; `nil` if not.
    public var override: OverridePolicy?
    /// The concepts of the framework's concept catalog this section measures, and how; `nil`
    /// (omitted in JSON) when it names none.
    public var measures: [ConceptLink]?

    /// Creates a section.
    public init(
      id: String, title: String, standard: String? = nil,
      rule: AggregationRule = .meanOfCriteria, weight: Double? = nil,
      gradeScale: String? = nil, judgementScale: String? = nil, criteria: [Criterion] = [],
      provenance: Provenance? = nil, ruleProvenance: Provenance? = nil,
      scored: Bool? = nil, applicability: Applicability? = nil, override: OverridePolicy? = nil,
      measures: [ConceptLink]? = nil
    ) {
      self.id = id
      self.title = title
      self.standard = standard
      self.rule = rule
      self.weight = weight
      self.gradeScale = gradeScale
      self.judgementScale = judgementScale
      self.criteria = criteria
      self.provenance = provenance
      self.ruleProvenance = ruleProvenance
      self.scored = scored
      self.applicability = applicability
      self.override = override
      self.measures = measures
    }

    /// Whether the section is a grouping only: no score, band or judgement.
    public var isGrouping: Bool { scored == false }
  }
}
