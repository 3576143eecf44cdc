import InspectionSupport

/// How scores combine at one level of a framework.
///
/// Each level accepts some rules (see ``AggregationLevel``): a criterion combines its
/// questions, a section its criteria (or pools its questions), a headline the questions that
/// carry its theme, an overall rating the points of its items. The semantics, with worked
/// examples, are in `docs/scoring.md`.
///
/// In JSON a rule is an object with a `kind`:
/// ```json
/// {"kind": "individualSummary", "individualShare": 0.8, "summaryShare": 0.2}
/// ```
public enum AggregationRule: Hashable, Sendable {
  /// The unweighted mean of the defined question scores.
  case meanOfQuestions
  /// `individual` × mean of defined individual questions + `summary` × the summary question.
  case individualSummary(individual: Double, summary: Double)
  /// The weighted mean of defined question scores, by each question's weight.
  case weightedQuestions
  /// The lowest score among the key questions.
  case minimumOfKeyQuestions
  /// Σ sufficient ÷ Σ relevant over every question below.
  case pooledQuestions
  /// The unweighted mean of the defined criterion scores.
  case meanOfCriteria
  /// The weighted mean of defined criterion scores, by each criterion's weight.
  case weightedCriteria
  /// The sum of the points of the items' bands or judgements.
  case sumOfBandPoints

  /// The rule's `kind` string in JSON.
  public var kind: String {
    switch self {
    case .meanOfQuestions: "meanOfQuestions"
    case .individualSummary: "individualSummary"
    case .weightedQuestions: "weightedQuestions"
    case .minimumOfKeyQuestions: "minimumOfKeyQuestions"
    case .pooledQuestions: "pooledQuestions"
    case .meanOfCriteria: "meanOfCriteria"
    case .weightedCriteria: "weightedCriteria"
    case .sumOfBandPoints: "sumOfBandPoints"
    }
  }

  /// Every `kind` a document may use.
  public static let kinds = [
    "meanOfQuestions", "individualSummary", "weightedQuestions", "minimumOfKeyQuestions",
    "pooledQuestions", "meanOfCriteria", "weightedCriteria", "sumOfBandPoints",
  ]

  /// The rule in plain words, for booklets and `--explain`.
  public var explanation: String {
    switch self {
    case .meanOfQuestions: "mean of its question scores"
    case .individualSummary(let individual, let summary):
      "\(DisplayRounding.plain(individual * 100))% mean of individual questions + "
        + "\(DisplayRounding.plain(summary * 100))% summary question"
    case .weightedQuestions: "weighted mean of its question scores"
    case .minimumOfKeyQuestions: "lowest key-question score"
    case .pooledQuestions: "cases sufficient ÷ cases relevant, pooled over its questions"
    case .meanOfCriteria: "mean of its criterion scores"
    case .weightedCriteria: "weighted mean of its criterion scores"
    case .sumOfBandPoints: "sum of the points of its items' bands"
    }
  }
}

extension AggregationRule: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, individualShare, summaryShare
  }

  /// Decodes a rule from `{"kind": …}`; the shares are required for `individualSummary`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    switch kind {
    case "meanOfQuestions": self = .meanOfQuestions
    case "individualSummary":
      self = .individualSummary(
        individual: try container.decode(Double.self, forKey: .individualShare),
        summary: try container.decode(Double.self, forKey: .summaryShare))
    case "weightedQuestions": self = .weightedQuestions
    case "minimumOfKeyQuestions": self = .minimumOfKeyQuestions
    case "pooledQuestions": self = .pooledQuestions
    case "meanOfCriteria": self = .meanOfCriteria
    case "weightedCriteria": self = .weightedCriteria
    case "sumOfBandPoints": self = .sumOfBandPoints
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container,
        debugDescription: "unknown aggregation rule \(Quoted(kind)); use one of "
          + AggregationRule.kinds.map { "'\($0)'" }.joined(separator: ", "))
    }
  }

  /// Encodes the rule as `{"kind": …}` with its shares where it has them.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    if case .individualSummary(let individual, let summary) = self {
      try container.encode(individual, forKey: .individualShare)
      try container.encode(summary, forKey: .summaryShare)
    }
  }
}
