import InspectionSupport

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
