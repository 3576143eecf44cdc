extension FrameworkDocument {
  /// One judgement made per case, answered from an answer scale.
  ///
  /// A question's score is the share of relevant cases whose answer is sufficient. Its
  /// ``applicability`` decides which cases are relevant; `nil` means every case.
  ///
  /// ```swift
  /// Question(id: "1.2.c", text: "Was a full RoH analysis completed where required?",
  ///          themes: ["RoH"], applicability: .attribute("roh", in: ["high", "very high"]))
  /// ```
  public struct Question: Hashable, Sendable, Codable {
    /// The question id, e.g. `1.2.a`; also the sample column name.
    public var id: String
    /// The question as inspectors read it.
    public var text: String
    /// The answer scale id.
    public var scale: String
    /// The themes (threads) the question carries.
    public var themes: [String]
    /// When the question is relevant to a case; `nil` means always.
    public var applicability: Applicability?
    /// The question's weight under ``AggregationRule/weightedQuestions``.
    public var weight: Double?
    /// Whether the question is an individual, summary or key question.
    public var role: QuestionRole
    /// Guidance for inspectors answering the question.
    public var guidance: String?
    /// Where the question comes from in a declared source, if recorded.
    public var provenance: Provenance?
    /// The concepts of the framework's concept catalog this question measures, and how; `nil`
    /// (omitted in JSON) when it names none.
    public var measures: [ConceptLink]?

    /// Creates a question.
    public init(
      id: String, text: String, scale: String = AnswerScale.yesNo.id, themes: [String] = [],
      applicability: Applicability? = nil, weight: Double? = nil,
      role: QuestionRole = .individual, guidance: String? = nil,
      provenance: Provenance? = nil, measures: [ConceptLink]? = nil
    ) {
      self.id = id
      self.text = text
      self.scale = scale
      self.themes = themes
      self.applicability = applicability
      self.weight = weight
      self.role = role
      self.guidance = guidance
      self.provenance = provenance
      self.measures = measures
    }
  }
}
