import InspectionSupport

/// What a tally has accumulated: the counts a score is computed from, and what went wrong.
public struct TallySummary: Sendable {
  /// Cases read.
  public var cases = 0
  /// Cases scored.
  public var scored = 0
  /// Cases with errors (the run fails unless they are excluded).
  public var invalidCases = 0
  /// Counts per question, in plan order.
  public var questions: [QuestionTally]
  /// Cases left out, by id once finished.
  public var excluded: [ExcludedCase] = []
  /// The cases read with each value of each declared case metadata column.
  public var metadata: [MetadataTally] = []
  /// The scored cases' counts in each group of each breakdown asked for
  /// (``SampleTally/Options/breakdowns``), in the order asked.
  public var breakdowns: [BreakdownTally] = []
  /// Each scored case's decisions, in reading order, when
  /// ``SampleTally/Options/collectCaseEffects`` is set (for ``ScoreIntervals``).
  public var caseEffects = CaseEffectTable()
  /// Relevant questions left unanswered, by case then question once finished.
  public var incomplete: [IncompleteAnswer] = []
  /// Diagnostics, up to the per-code limit, in the order found.
  public var diagnostics: [Diagnostic] = []
  /// Diagnostics beyond the limit, counted per code.
  public var suppressed: [String: Int] = [:]
  /// How many of the ``suppressed`` diagnostics are errors.
  public var suppressedErrors = 0
  /// The fingerprint's mergeable state, once finished; `nil` for a summary put together by hand
  /// (a pooled or resampled tally), which has no sample of its own.
  public var fingerprintState: SampleFingerprint.State?
  /// The sample fingerprint once finished, or empty while ``fingerprintState`` is `nil`.
  public var fingerprint: String { fingerprintState?.fingerprint ?? "" }
  /// Hashes of every case id read, sorted, once finished, when
  /// ``SampleTally/Options/collectCaseIDs`` is set (for merging partial results).
  public var caseIDHashes: [UInt64] = []

  /// Creates an empty summary for a framework with `questionCount` questions.
  public init(questionCount: Int) {
    questions = Array(repeating: QuestionTally(), count: questionCount)
  }
}
