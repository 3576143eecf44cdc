import InspectionSupport

/// An overall rating: the band points of other items summed, and banded.
///
/// ```swift
/// OverallRating("overall", "Overall rating", items: "2.1", "2.2", "2.3", grade: "rating-points")
/// ```
public struct OverallRating: FrameworkComponent, Sendable {
  /// The rating id.
  public let id: String
  /// The rating as published.
  public let title: String
  /// The criteria, sections or headlines whose points are summed.
  public let items: [String]
  /// The grade scale id, over points.
  public let grade: String
  /// Where the rating was declared.
  public let location: SourceLocation
  /// Where the overall rating comes from, if cited.
  public private(set) var provenance: Citation?
  /// Where the overall rating's rule comes from, if cited.
  public private(set) var ruleProvenance: Citation?

  /// Declares an overall rating.
  public init(
    _ id: String, _ title: String, items: String..., grade: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.items = items
    self.grade = grade
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.overall(self)] }

  /// The overall rating, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The overall rating, its rule citing `citation`.
  public func rule(from citation: Citation) -> Self {
    var copy = self
    copy.ruleProvenance = citation
    return copy
  }

  /// The overall rating, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// OverallRating("overall", "Overall", items: "1", "2", grade: "points").from("report", at: "Annex A", basis: .statedRule)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the overall rating rests on, e.g. `.printedFigure` or `.placeholder`.
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

  /// The overall rating, citing where its aggregation rule comes from.
  ///
  /// ```swift
  /// OverallRating("overall", "Overall", items: "1", "2", grade: "points").rule(from: "hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .statedRule)
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
