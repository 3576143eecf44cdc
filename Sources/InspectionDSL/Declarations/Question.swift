/// One judgement made per case.
///
/// Answered from the `yes-no` scale unless another is named. A question is relevant to every
/// case unless ``relevant(when:)`` narrows it.
///
/// ```swift
/// Question("2.2.c", "Were MAPPA arrangements used effectively?", themes: "RoH")
///   .relevant(when: .attribute("roh", is: "high", "very high"))
/// Question("2.2.s", "Overall, was enough done to protect the public?", role: .summary)
/// ```
public struct Question: Sendable {
  /// The question id, e.g. `1.2.a`; also the sample column.
  public let id: String
  /// The question as inspectors read it.
  public let text: String
  /// The answer scale id.
  public let scale: String
  /// The themes the question carries.
  public let themes: [String]
  /// The question's part in its criterion's aggregation.
  public let role: QuestionRole
  /// The question's weight under weighted rules.
  public private(set) var weight: Double?
  /// When the question is relevant; `nil` means always.
  public private(set) var applicability: Applicability?
  /// Guidance for inspectors.
  public let guidance: String?
  /// Where the question was declared.
  public let location: SourceLocation

  /// Declares a question.
  public init(
    _ id: String, _ text: String, scale: String = "yes-no", themes: String...,
    role: QuestionRole = .individual, weight: Double? = nil, guidance: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.text = text
    self.scale = scale
    self.themes = themes
    self.role = role
    self.weight = weight
    self.guidance = guidance
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The question, relevant only to cases for which `condition` holds.
  ///
  /// Calling it twice requires both conditions.
  public func relevant(when condition: Applicability) -> Question {
    var copy = self
    copy.applicability = applicability.map { $0 && condition } ?? condition
    return copy
  }

  /// The question with a weight, for criteria that weight their questions.
  public func weighted(_ weight: Double) -> Question {
    var copy = self
    copy.weight = weight
    return copy
  }
}
