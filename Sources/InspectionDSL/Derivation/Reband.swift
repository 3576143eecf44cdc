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
  public let change: Change

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
}
