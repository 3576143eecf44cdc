/// The part a question plays in its criterion's aggregation.
///
/// Most rules count every question alike; the individual/summary rule sets the summary
/// question apart, and the minimum of key questions counts only the key questions. A question
/// inspectors answer to inform the key questions, but that the minimum must not count, is
/// declared ``supporting``: without it, the compiler warns that the rule ignores the question
/// (IK0150), so that a forgotten `role: .key` never drops a question silently.
///
/// ```swift
/// Question("2.1.a", "Did assessment identify the risks?", role: .key)
/// Question("2.1.x", "Was the record kept up to date?", role: .supporting)
/// ```
public enum QuestionRole: String, Hashable, Sendable, Codable, CaseIterable {
  /// An ordinary question.
  case individual
  /// The criterion's "overall, was the work sufficient?" question (OMI's 20%).
  case summary
  /// A key question: the criterion takes the lowest key-question score.
  case key
  /// A question scored and reported on its own that a minimum of key questions does not count,
  /// by design.
  case supporting
}
