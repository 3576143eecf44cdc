import InspectionSupport

/// An answer scale: the options a question takes, each above or below the line.
///
/// Questions use the built-in ``yesNo`` scale (id `yes-no`) unless they name another; the
/// compiler adds it to the document when it is used and not declared.
///
/// ```swift
/// AnswerScale("quality", "Quality of work") {
///   Option("good", "Good", .sufficient)
///   Option("adequate", "Adequate", .sufficient)
///   Option("poor", "Poor", .insufficient)
///   Option("na", "Not applicable", .notRelevant)
/// }
/// ```
public struct AnswerScale: FrameworkComponent, Sendable {
  /// The scale id.
  public let id: String
  /// What the scale is.
  public let title: String
  /// The options, in display order.
  public let options: [Option]
  /// Where the scale was declared.
  public let location: SourceLocation

  /// Declares an answer scale.
  public init(
    _ id: String, _ title: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @AnswerScaleBuilder options: () -> [Option]
  ) {
    self.id = id
    self.title = title
    self.options = options()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.answerScale(self)] }
}
