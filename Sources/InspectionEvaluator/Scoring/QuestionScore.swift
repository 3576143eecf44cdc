import InspectionStatistics
import InspectionSupport

/// One question's counts and score.
public struct QuestionScore: Sendable {
  /// The question id.
  public var id: String
  /// The question text.
  public var text: String
  /// Its criterion's id.
  public var criterion: String
  /// The counts.
  public var tally: QuestionTally
  /// Sufficient ÷ relevant × 100, exactly, or `nil` when nothing is relevant.
  public var exactPercent: Rational? { tally.exactPercent }
  /// ``exactPercent`` as the nearest `Double`.
  public var percent: Double? { tally.percent }
  /// The 95% Wilson interval, in percent, or `nil` when nothing is relevant.
  public var interval: (lower: Double, upper: Double)? {
    WilsonInterval(successes: tally.sufficient, trials: tally.relevant).map {
      ($0.lower * 100, $0.upper * 100)
    }
  }
  /// Whether the score rests on fewer relevant cases than the framework's minimum.
  public var smallSample: Bool
}
