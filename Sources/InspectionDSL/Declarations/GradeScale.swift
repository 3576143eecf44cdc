import InspectionSupport

/// A grade scale: bands that turn a score into a label.
///
/// ```swift
/// GradeScale("conclusion", "OMI criterion conclusions", basis: .raw) {
///   Band("good", "Good", atLeast: 70)
///   Band("priority", "Priority for improvement", atLeast: 60, below: 70)
///   Band("urgent", "Urgent priority", below: 60)
/// }
/// ```
public struct GradeScale: FrameworkComponent, Sendable {
  /// The scale id.
  public let id: String
  /// What the scale is.
  public let title: String
  /// Whether the raw or the displayed value is banded.
  public let basis: BandingBasis
  /// The values the scale covers.
  public let range: ClosedRange<Double>
  /// The bands.
  public let bands: [Band]
  /// Where the scale was declared.
  public let location: SourceLocation
  /// Where the grade scale comes from, if cited.
  public private(set) var provenance: Citation?

  /// Declares a grade scale over `range` (percentages unless stated).
  public init(
    _ id: String, _ title: String, basis: BandingBasis = .raw,
    range: ClosedRange<Double> = 0...100,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @GradeScaleBuilder bands: () -> [Band]
  ) {
    self.id = id
    self.title = title
    self.basis = basis
    self.range = range
    self.bands = bands()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.gradeScale(self)] }

  /// The grade scale, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The grade scale, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// GradeScale("stars", "Theme stars") { … }.from("annual-report-2014", at: "Section 4.4, star key", basis: .inferredRule(reproduces: "23 of 24 printed stars"))
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the grade scale rests on, e.g. `.printedFigure` or `.placeholder`.
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
