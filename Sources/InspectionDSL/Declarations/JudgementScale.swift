import InspectionSupport

/// A judgement scale: labels inspectors record with a rationale.
///
/// ```swift
/// JudgementScale("section4", "Section 4 grades") {
///   Label("well-met", "Well met", points: 3)
///   Label("satisfactorily-met", "Satisfactorily met", points: 2)
///   Label("partly-met", "Partly met", points: 1)
///   Label("not-met", "Not met", points: 0)
/// }
/// ```
public struct JudgementScale: FrameworkComponent, Sendable {
  /// The scale id.
  public let id: String
  /// What the scale is.
  public let title: String
  /// A grade scale whose computed band is shown beside each judgement.
  public let advisory: String?
  /// The labels, best first.
  public let labels: [Label]
  /// Where the scale was declared.
  public let location: SourceLocation
  /// Where the judgement scale comes from, if cited.
  public private(set) var provenance: Citation?

  /// Declares a judgement scale.
  public init(
    _ id: String, _ title: String, advisory: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @JudgementScaleBuilder labels: () -> [Label]
  ) {
    self.id = id
    self.title = title
    self.advisory = advisory
    self.labels = labels()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.judgementScale(self)] }

  /// The judgement scale, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The judgement scale, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// JudgementScale("section4", "Section 4 grades") { … }.from("cheshire-2006", at: "Appendix 3, Scoring approach", basis: .statedRule)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the judgement scale rests on, e.g. `.printedFigure` or `.placeholder`.
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
}
