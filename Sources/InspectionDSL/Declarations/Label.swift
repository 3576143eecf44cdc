import InspectionSupport

/// One label of a ``JudgementScale``.
public struct Label: Sendable {
  /// The label id recorded in judgements files.
  public let id: String
  /// The label as published.
  public let label: String
  /// Points for overall ratings.
  public let points: Double?
  /// What the label means.
  public let meaning: String?
  /// Where the label was declared.
  public let location: SourceLocation

  /// Declares a label.
  public init(
    _ id: String, _ label: String, points: Double? = nil, meaning: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.label = label
    self.points = points
    self.meaning = meaning
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}

extension Label {
  /// Provenance is cited for the whole scale, not for one of its entries.
  @available(
    *, unavailable,
    message: "cite the whole scale instead: JudgementScale(…) { … }.from(\"id\", at: …, basis: …)"
  )
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil
  ) -> Self { self }
}
