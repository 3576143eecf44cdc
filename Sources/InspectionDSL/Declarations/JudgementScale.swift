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
}
