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
}
