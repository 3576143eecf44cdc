import InspectionSupport

/// A headline (thread) score: the mean of the questions that carry a theme.
///
/// ```swift
/// Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", "2",
///          judgement: "improvement")
/// ```
public struct Headline: FrameworkComponent, Sendable {
  /// The headline id.
  public let id: String
  /// The headline as published.
  public let title: String
  /// The theme whose questions count.
  public let theme: String
  /// The sections whose questions count; none means all.
  public let sections: [String]
  /// How the questions combine.
  public let rule: AggregationRule
  /// The grade scale id that bands the headline.
  public let grade: String?
  /// The judgement scale id inspectors comment with.
  public let judgement: String?
  /// Where the headline was declared.
  public let location: SourceLocation
  /// Where the headline comes from, if cited.
  public private(set) var provenance: Citation?
  /// Where the headline's rule comes from, if cited.
  public private(set) var ruleProvenance: Citation?
  /// Where the headline's membership (its theme and sections) comes from, if cited.
  public private(set) var membershipProvenance: Citation?
  /// The concepts the headline measures, with `.measures(_:_:)`.
  public internal(set) var concepts: [ConceptTag] = []

  /// Declares a headline.
  public init(
    _ id: String, _ title: String, theme: String, sections: String...,
    rule: AggregationRule = .meanOfQuestions, grade: String? = nil, judgement: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.theme = theme
    self.sections = sections
    self.rule = rule
    self.grade = grade
    self.judgement = judgement
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.headline(self)] }

  /// The headline, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The headline, its rule citing `citation`.
  public func rule(from citation: Citation) -> Self {
    var copy = self
    copy.ruleProvenance = citation
    return copy
  }

  /// The headline, its membership citing `citation`.
  public func membership(from citation: Citation) -> Self {
    var copy = self
    copy.membershipProvenance = citation
    return copy
  }

  /// The headline, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// Headline("RoH", "Risk of Harm to others", theme: "RoH").from("hertfordshire-2010", at: "Scoring and summary table", basis: .printedFigure)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the headline rests on, e.g. `.printedFigure` or `.placeholder`.
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

  /// The headline, citing where its aggregation rule comes from.
  ///
  /// ```swift
  /// Headline("RoH", "Risk of Harm to others", theme: "RoH").rule(from: "hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .statedRule)
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

  /// The headline, citing where its membership comes from: which questions count (the theme
  /// they carry, in which sections).
  ///
  /// ```swift
  /// Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", "2")
  ///   .membership(from: "hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .statedRule,
  ///               note: "Which questions concern RoH is ours, by subject.")
  /// ```
  ///
  /// The parameters are those of ``from(_:at:basis:quote:note:fileID:line:column:)``.
  public func membership(
    from source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.membershipProvenance = Citation(
      source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
      column: column)
    return copy
  }
}
