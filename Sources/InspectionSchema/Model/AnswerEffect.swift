/// Where an answer puts the case for its question.
public enum AnswerEffect: String, Hashable, Sendable, Codable, CaseIterable {
  /// Above the line: counts in the numerator and the denominator.
  case sufficient
  /// Below the line: counts in the denominator only.
  case insufficient
  /// Not relevant to this case: out of the denominator.
  case notRelevant
}
