import InspectionSupport

/// Replaces the bands of one of the base framework's grade scales.
///
/// The new bands are checked like any grade scale's (no overlaps, no gaps, in order).
///
/// ```swift
/// Reband("conclusion") {
///   Band("good", "Good", atLeast: 75)
///   Band("priority", "Priority for improvement", atLeast: 60, below: 75)
///   Band("urgent", "Urgent priority", below: 60)
/// }
/// ```
public struct Reband: DerivationComponent, Sendable {
  /// The change this declaration makes.
  public private(set) var change: Change

  /// Replaces the bands of the base's grade scale `scale`, and its basis if given.
  public init(
    _ scale: String, basis: BandingBasis? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @GradeScaleBuilder bands: () -> [Band]
  ) {
    change = Change(
      .reband(scale, basis: basis, bands: bands()),
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  public var derivationElements: [DerivationElement] { [.change(change)] }

  /// The change, citing where the new bands comes from. Without a citation, the re-banded scale cites nothing (its base citation no longer applies).
  ///
  /// ```swift
  /// Reband("conclusion") { … }.from("local-2025", at: "Audit standard, section 2", basis: .statedRule)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the derived framework or its base declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the result rests on, e.g. `.statedRule` or `.placeholder`.
  ///   - quote: the source's own words, short.
  ///   - note: anything a reader should know.
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.change = change.citing(
      Citation(
        source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
        column: column))
    return copy
  }
}
