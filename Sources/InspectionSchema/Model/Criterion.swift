extension FrameworkDocument {
  /// A criterion (general criterion, standard): questions whose scores combine into one score.
  ///
  /// A criterion with no questions is judged, not computed: it must name a judgement scale.
  /// A criterion's ``applicability`` is inherited by its questions, and an ``override`` policy
  /// lets inspectors replace its computed band.
  ///
  /// ```swift
  /// Criterion(id: "1.2", title: "Assessment of Risk of Harm",
  ///           rule: .individualSummary(individual: 0.8, summary: 0.2), questions: […])
  /// ```
  public struct Criterion: Hashable, Sendable, Codable {
    /// The criterion id, e.g. `1.2` or `B1`.
    public var id: String
    /// The criterion title as published.
    public var title: String
    /// The one-line standard, in the report's own words.
    public var standard: String?
    /// How question scores combine into the criterion score.
    public var rule: AggregationRule
    /// The criterion's weight where its section uses ``AggregationRule/weightedCriteria``.
    public var weight: Double?
    /// The grade scale that bands the criterion score, if any.
    public var gradeScale: String?
    /// The judgement scale inspectors grade the criterion on, if any.
    public var judgementScale: String?
    /// The questions, in tool order.
    public var questions: [Question]
    /// Where the criterion (its id, title and standard) comes from, if recorded.
    public var provenance: Provenance?
    /// Where the criterion's ``rule`` comes from, if recorded.
    public var ruleProvenance: Provenance?
    /// When the criterion's questions are relevant to a case, on top of their own conditions
    /// and the section's; `nil` means always.
    public var applicability: Applicability?
    /// Whether inspectors may override the criterion's computed band, and how; `nil` if not.
    public var override: OverridePolicy?
    /// The concepts of the framework's concept catalog this criterion measures, and how; `nil`
    /// (omitted in JSON) when it names none.
    public var measures: [ConceptLink]?

    /// Creates a criterion.
    public init(
      id: String, title: String, standard: String? = nil,
      rule: AggregationRule = .meanOfQuestions, weight: Double? = nil,
      gradeScale: String? = nil, judgementScale: String? = nil, questions: [Question] = [],
      provenance: Provenance? = nil, ruleProvenance: Provenance? = nil,
      applicability: Applicability? = nil, override: OverridePolicy? = nil,
      measures: [ConceptLink]? = nil
    ) {
      self.id = id
      self.title = title
      self.standard = standard
      self.rule = rule
      self.weight = weight
      self.gradeScale = gradeScale
      self.judgementScale = judgementScale
      self.questions = questions
      self.provenance = provenance
      self.ruleProvenance = ruleProvenance
      self.applicability = applicability
      self.override = override
      self.measures = measures
    }
  }
}
