import InspectionSupport

/// A section of a framework: criteria scored together.
///
/// ```swift
/// Section("1", "Assessment and sentence planning", grade: "conclusion") {
///   Criterion("1.1", "Preparing for sentence") { … }
/// }
/// ```
public struct Section: FrameworkComponent, Sendable {
  /// The section id, e.g. `1` or `B`.
  public let id: String
  /// The section title as published.
  public let title: String
  /// The section's standard in the report's words.
  public let standard: String?
  /// How criterion scores combine; the mean of criteria unless stated.
  public let rule: AggregationRule
  /// The section's weight where an enclosing rule weights sections.
  public let weight: Double?
  /// The grade scale id that bands the section score.
  public let grade: String?
  /// The judgement scale id inspectors grade the section on.
  public let judgement: String?
  /// The criteria, in published order.
  public let criteria: [Criterion]
  /// Where the section was declared.
  public let location: SourceLocation
  /// Where the section comes from, if cited.
  public private(set) var provenance: Citation?
  /// Where the section's rule comes from, if cited.
  public private(set) var ruleProvenance: Citation?
  /// The concepts the section measures, with `.measures(_:_:)`.
  public internal(set) var concepts: [ConceptTag] = []

  /// Declares a section.
  public init(
    _ id: String, _ title: String, standard: String? = nil,
    rule: AggregationRule = .meanOfCriteria, weight: Double? = nil,
    grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @SectionBuilder criteria: () -> [Criterion]
  ) {
    self.id = id
    self.title = title
    self.standard = standard
    self.rule = rule
    self.weight = weight
    self.grade = grade
    self.judgement = judgement
    self.criteria = criteria()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.section(self)] }

  /// The section, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The section, its rule citing `citation`.
  public func rule(from citation: Citation) -> Self {
    var copy = self
    copy.ruleProvenance = citation
    return copy
  }

  /// The section, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// Section("1", "Assessment and sentence planning") { … }.from("hertfordshire-2010", at: "Chapter 1", basis: .printedFigure)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the section rests on, e.g. `.printedFigure` or `.placeholder`.
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

  /// The section, citing where its aggregation rule comes from.
  ///
  /// ```swift
  /// Section("1", "Assessment and sentence planning") { … }.rule(from: "hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .statedRule)
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
}
