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

/// One band of a ``GradeScale``, with bounds written as words.
///
/// `atLeast` (≥) or `above` (>) bound it from below; `below` (<) or `atMost` (≤) from above.
/// A missing bound is open to the end of the scale.
public struct Band: Sendable {
  /// The band id recorded in results.
  public let id: String
  /// The band as published.
  public let label: String
  /// The lower bound.
  public let lower: Bound?
  /// The upper bound.
  public let upper: Bound?
  /// Points for overall ratings.
  public let points: Double?
  /// What the band means.
  public let meaning: String?
  /// Both an inclusive and an exclusive bound were given on one side.
  public let conflictingBounds: [String]
  /// Where the band was declared.
  public let location: SourceLocation

  /// Declares a band.
  public init(
    _ id: String, _ label: String,
    atLeast: Double? = nil, above: Double? = nil, below: Double? = nil, atMost: Double? = nil,
    points: Double? = nil, meaning: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.label = label
    self.lower = atLeast.map(Bound.atLeast) ?? above.map(Bound.above)
    self.upper = below.map(Bound.below) ?? atMost.map(Bound.atMost)
    var conflicts: [String] = []
    if atLeast != nil, above != nil { conflicts.append("'atLeast' and 'above'") }
    if below != nil, atMost != nil { conflicts.append("'below' and 'atMost'") }
    self.conflictingBounds = conflicts
    self.points = points
    self.meaning = meaning
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}

extension Band {
  /// Provenance is cited for the whole scale, not for one of its entries.
  @available(
    *, unavailable,
    message: "cite the whole scale instead: GradeScale(…) { … }.from(\"id\", at: …, basis: …)"
  )
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil
  ) -> Self { self }
}
