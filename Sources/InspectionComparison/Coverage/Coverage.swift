/// How much evidence a score rests on: the item's questions with evidence, out of all its
/// questions, and the cases behind them.
///
/// A question has evidence when at least one case counts for it (sufficient or insufficient);
/// `cases` counts the cases that count for at least one of the item's questions. A score is
/// **comparable** when at least `threshold` percent of its questions have evidence (the
/// default, ``defaultThreshold``, is half): below that, a comparison prints "not comparable
/// (n of m)" and no score or band, because a score from a few carried questions is not the
/// item the framework defines.
///
/// ```swift
/// let coverage = Coverage(questionsWithEvidence: 2, questions: 78, cases: 40)
/// coverage.isComparable(threshold: Coverage.defaultThreshold)   // false
/// coverage.fraction                                             // "2 of 78"
/// ```
public struct Coverage: Sendable, Hashable {
  /// The share of an item's questions, in percent, that must have evidence for its score to
  /// be compared: 50.
  public static let defaultThreshold = 50

  /// Questions of the item with evidence.
  public var questionsWithEvidence: Int
  /// Questions of the item.
  public var questions: Int
  /// Cases that count for at least one of the item's questions.
  public var cases: Int

  /// Creates a coverage.
  public init(questionsWithEvidence: Int, questions: Int, cases: Int) {
    self.questionsWithEvidence = questionsWithEvidence
    self.questions = questions
    self.cases = cases
  }

  /// Whether at least `threshold` percent of the questions have evidence (and at least one
  /// does), computed exactly: n × 100 ≥ m × threshold.
  public func isComparable(threshold: Int) -> Bool {
    questions > 0 && questionsWithEvidence > 0
      && questionsWithEvidence * 100 >= questions * threshold
  }

  /// "n of m".
  public var fraction: String { "\(questionsWithEvidence) of \(questions)" }
}
