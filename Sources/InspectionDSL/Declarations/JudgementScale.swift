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
