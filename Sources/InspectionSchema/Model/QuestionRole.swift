/// The part a question plays in its criterion's aggregation.
public enum QuestionRole: String, Hashable, Sendable, Codable, CaseIterable {
  /// An ordinary question.
  case individual
  /// The criterion's "overall, was the work sufficient?" question (OMI's 20%).
  case summary
  /// A key question: the criterion takes the lowest key-question score.
  case key
}
