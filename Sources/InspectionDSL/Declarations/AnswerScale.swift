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

/// One option of an ``AnswerScale``.
public struct Option: Sendable {
  /// The code recorded in samples.
  public let code: String
  /// The option as inspectors read it.
  public let label: String
  /// Whether the option is sufficient, insufficient or not relevant.
  public let effect: AnswerEffect
  /// Where the option was declared.
  public let location: SourceLocation

  /// Declares an option.
  public init(
    _ code: String, _ label: String, _ effect: AnswerEffect,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.code = code
    self.label = label
    self.effect = effect
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
