import InspectionSupport

/// A criterion (general criterion, standard): questions whose scores combine into one.
///
/// A criterion without questions is judged by inspectors and names a judgement scale. A
/// computed criterion may be left open to professional discretion with
/// ``overridable(by:requiresRationale:fileID:line:column:)``, and its
/// ``relevant(when:fileID:line:column:)`` condition is inherited by its questions.
///
/// ```swift
/// Criterion("1.2", "Assessment of Risk of Harm", standard: "RoH is assessed …",
///           rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion") {
///   Question("1.2.a", "Was a RoSH screening completed?", themes: "RoH")
///   Question("1.2.s", "Overall, was the RoH assessment sufficient?", role: .summary)
/// }
/// Criterion("4.1", "Leadership", judgement: "section4")   // judged, no questions
/// Criterion("2.3", "Delivery", rule: .minimumOfKeyQuestions, grade: "standard") { … }
///   .overridable(by: .oneBand, requiresRationale: true)
/// ```
public struct Criterion: Sendable {
  /// The criterion id, e.g. `1.2`.
  public let id: String
  /// The criterion title as published.
  public let title: String
  /// The one-line standard in the report's words.
  public let standard: String?
  /// How question scores combine; the mean of questions unless stated.
  public let rule: AggregationRule
  /// The criterion's weight where its section weights criteria.
  public let weight: Double?
  /// The grade scale id that bands the criterion score.
  public let grade: String?
  /// The judgement scale id inspectors grade the criterion on.
  public let judgement: String?
  /// The questions, in tool order.
  public let questions: [Question]
  /// When the criterion's questions are relevant, on top of their own conditions; `nil` means
  /// always.
  public private(set) var applicability: Applicability?
  /// Where ``applicability`` was declared (its last `.relevant(when:)`).
  public private(set) var applicabilityLocation: SourceLocation?
  /// Whether inspectors may override the criterion's computed band.
  public private(set) var override: OverridePolicy?
  /// Where ``override`` was declared.
  public private(set) var overrideLocation: SourceLocation?
  /// Where the criterion was declared.
  public let location: SourceLocation
  /// Where the criterion comes from, if cited.
  public private(set) var provenance: Citation?
  /// Where the criterion's rule comes from, if cited.
  public private(set) var ruleProvenance: Citation?
  /// The concepts the criterion measures, with `.measures(_:_:)`.
  public internal(set) var concepts: [ConceptTag] = []

  /// Declares a criterion.
  public init(
    _ id: String, _ title: String, standard: String? = nil,
    rule: AggregationRule = .meanOfQuestions, weight: Double? = nil,
    grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CriterionBuilder questions: () -> [Question] = { [] }
  ) {
    self.id = id
    self.title = title
    self.standard = standard
    self.rule = rule
    self.weight = weight
    self.grade = grade
    self.judgement = judgement
    self.questions = questions()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The criterion, its questions relevant only to cases for which `condition` holds (on top
  /// of their own conditions and the section's).
  ///
  /// Calling it twice requires both conditions. An answer test may read only questions
  /// declared before the criterion.
  ///
  /// ```swift
  /// Criterion("2.4", "Reviewing", rule: .minimumOfKeyQuestions) { … }
  ///   .relevant(when: .attribute("review_due", is: "yes"))
  /// ```
  public func relevant(
    when condition: Applicability,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.applicability = applicability.map { $0 && condition } ?? condition
    copy.applicabilityLocation = SourceLocation(file: fileID, line: line, column: column)
    return copy
  }

  /// The criterion, its computed band open to professional discretion: inspectors may record
  /// another band of its grade scale in the judgements file, with a rationale.
  ///
  /// The override feeds points and overall ratings; reports show it beside the computed band.
  /// The criterion needs a grade scale and no judgement scale.
  ///
  /// ```swift
  /// Criterion("2.3", "Implementation and delivery", rule: .minimumOfKeyQuestions,
  ///           grade: "standard") { … }
  ///   .overridable(by: .oneBand, requiresRationale: true)
  /// ```
  ///
  /// - Parameters:
  ///   - reach: how far the override may move from the computed band (`.anyBand` unless
  ///     stated).
  ///   - requiresRationale: whether an override without a rationale is an error (`true`
  ///     unless stated) rather than a warning.
  public func overridable(
    by reach: OverrideReach = .anyBand, requiresRationale: Bool = true,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.override = OverridePolicy(reach: reach, requiresRationale: requiresRationale)
    copy.overrideLocation = SourceLocation(file: fileID, line: line, column: column)
    return copy
  }

  /// The criterion, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// Criterion("1.1", "Preparing for sentence") { … }.from("hertfordshire-2010", at: "Chapter 1, criterion 1.1", basis: .printedFigure)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the criterion rests on, e.g. `.printedFigure` or `.placeholder`.
  ///   - quote: the source's own words, short.
  ///   - note: anything a reader should know, e.g. what is ours.
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.provenance = Citation(
      source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
      column: column)
    return copy
  }

  /// The criterion, citing where its aggregation rule comes from.
  ///
  /// ```swift
  /// Criterion("1.1", "Preparing for sentence") { … }.rule(from: "hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .statedRule)
  /// ```
  ///
  /// The parameters are those of ``from(_:at:basis:quote:note:fileID:line:column:)``.
  public func rule(
    from source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.ruleProvenance = Citation(
      source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
      column: column)
    return copy
  }

  /// The criterion, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The criterion, its rule citing `citation`.
  public func rule(from citation: Citation) -> Self {
    var copy = self
    copy.ruleProvenance = citation
    return copy
  }
}
