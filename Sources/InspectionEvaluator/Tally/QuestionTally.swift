import InspectionSupport

/// The case counts behind one question's score.
///
/// Every scored case lands in exactly one of ``relevant``, ``notRelevant`` and
/// ``unanswered``; every relevant case is either sufficient or insufficient. Tallies add, so
/// partial results merge exactly.
public struct QuestionTally: Hashable, Sendable, Codable {
  /// Cases whose answer was sufficient.
  public var sufficient = 0
  /// Cases whose answer was insufficient.
  public var insufficient = 0
  /// Cases to which the question did not apply, or answered "not relevant".
  public var notRelevant = 0
  /// Relevant cases left unanswered (only under `--allow-incomplete`).
  public var unanswered = 0

  /// Creates an empty tally.
  public init() {}

  /// Creates a tally with counts.
  public init(sufficient: Int, insufficient: Int, notRelevant: Int = 0, unanswered: Int = 0) {
    self.sufficient = sufficient
    self.insufficient = insufficient
    self.notRelevant = notRelevant
    self.unanswered = unanswered
  }

  /// Cases in the denominator: sufficient + insufficient.
  public var relevant: Int { sufficient + insufficient }

  /// Every case counted: relevant + not relevant + unanswered.
  public var cases: Int { relevant + notRelevant + unanswered }

  /// Sufficient ÷ relevant × 100 exactly, or `nil` (undefined) when nothing is relevant:
  /// 57 of 100 is 57, not the 56.99999999999999 of binary floating point.
  public var exactPercent: Rational? {
    guard relevant > 0, let share = Rational(sufficient, relevant) else { return nil }
    return share * .hundred
  }

  /// ``exactPercent`` as the nearest `Double`, or `nil` when nothing is relevant.
  public var percent: Double? { exactPercent?.doubleValue }

  /// Adds another tally's counts.
  public static func + (lhs: QuestionTally, rhs: QuestionTally) -> QuestionTally {
    QuestionTally(
      sufficient: lhs.sufficient + rhs.sufficient,
      insufficient: lhs.insufficient + rhs.insufficient,
      notRelevant: lhs.notRelevant + rhs.notRelevant,
      unanswered: lhs.unanswered + rhs.unanswered)
  }

  /// Counts one scored case's per-question `effects` into `questions` (by plan position):
  /// the one place a case's decisions become counts, for the whole sample and for each group
  /// of a breakdown alike (and, `times` at once, for a bootstrap replicate).
  public static func count(
    _ effects: [CaseEffect], times: Int = 1, into questions: inout [QuestionTally]
  ) {
    for (index, decided) in effects.enumerated() where index < questions.count {
      switch decided.effect {
      case .sufficient?: questions[index].sufficient += times
      case .insufficient?: questions[index].insufficient += times
      case .notRelevant?: questions[index].notRelevant += times
      case nil: questions[index].unanswered += times
      }
    }
  }
}
