/// The levels of a framework at which a rule can be declared.
public enum AggregationLevel: String, Sendable, CaseIterable {
  case criterion, section, headline, overall

  /// The rules this level accepts.
  public var allowedKinds: [String] {
    switch self {
    case .criterion:
      [
        "meanOfQuestions", "individualSummary", "weightedQuestions", "minimumOfKeyQuestions",
        "pooledQuestions",
      ]
    case .section: ["meanOfCriteria", "weightedCriteria", "pooledQuestions"]
    case .headline: ["meanOfQuestions", "pooledQuestions"]
    case .overall: ["sumOfBandPoints"]
    }
  }
}
