import InspectionSchema

/// The counts of a scored sample, written by `inspect score --partial`, that merge exactly.
///
/// A partial result carries counts, never percentages: merging adds the counts per question,
/// the sample fingerprints (sums of case digests), the exclusions and the case-id hashes, and
/// everything above is recomputed, so merging the partials of samples A and B gives the scores
/// of A ∪ B. A case id present in two partials is a duplicate, as it would be in one sample.
///
/// ```swift
/// let merged = try PartialResult.merge([a, b])
/// let evaluation = Evaluator.finish(plan: plan, summary: merged.summary(plan: plan))
/// ```
public struct PartialResult: Hashable, Sendable, Codable {
  /// One question's counts.
  public struct Counts: Hashable, Sendable, Codable {
    public var id: String
    public var sufficient: Int
    public var insufficient: Int
    public var notRelevant: Int
    public var unanswered: Int
  }

  /// The format version.
  public var schemaVersion = 1
  /// Always `partial`.
  public var kind = "partial"
  /// The framework the counts were taken under.
  public var framework: FrameworkIdentity
  /// Cases read.
  public var cases: Int
  /// Cases scored.
  public var scored: Int
  /// The sample fingerprint's mergeable state.
  public var fingerprint: SampleFingerprint.State
  /// Counts per question, in framework order.
  public var questions: [Counts]
  /// Cases left out, with reasons.
  public var excluded: [ExcludedCase]
  /// Relevant questions left unanswered.
  public var incomplete: [IncompleteAnswer]
  /// FNV-1a hashes of every case id, as 16 hex digits, sorted.
  public var caseIDs: [String]
  /// The cases with each value of each declared case metadata column; absent when none was
  /// declared.
  public var metadata: [MetadataTally]?

  /// The partial result of a finished tally.
  public init(summary: TallySummary, plan: ScoringPlan) {
    framework = FrameworkIdentity(
      id: plan.document.id, version: plan.document.version, title: plan.document.title,
      fingerprint: plan.fingerprint)
    cases = summary.cases
    scored = summary.scored
    fingerprint = summary.fingerprintState ?? SampleFingerprint.State()
    questions = zip(plan.questions, summary.questions).map { planned, tally in
      Counts(
        id: planned.question.id, sufficient: tally.sufficient, insufficient: tally.insufficient,
        notRelevant: tally.notRelevant, unanswered: tally.unanswered)
    }
    excluded = summary.excluded
    incomplete = summary.incomplete
    caseIDs = summary.caseIDHashes.map(Self.hex)
    metadata = summary.metadata.isEmpty ? nil : summary.metadata
  }

  /// Checks that the counts are ones a tally can write: none negative, at most as many cases
  /// scored as read, and each question's four counts adding up to the cases scored (every
  /// scored case lands in exactly one of them). A file edited by hand or damaged fails here,
  /// with the question named, instead of giving impossible scores or overflowing.
  public func checkCounts() throws(EvaluationError) {
    guard cases >= 0, scored >= 0, scored <= cases else {
      throw EvaluationError(
        "the partial result counts \(scored) cases scored of \(cases) read; a partial result "
          + "written by 'inspect score --partial' never does")
    }
    for question in questions {
      let counts = [
        question.sufficient, question.insufficient, question.notRelevant, question.unanswered,
      ]
      var total = 0
      var overflow = false
      for count in counts {
        let (sum, over) = total.addingReportingOverflow(count)
        total = sum
        overflow = overflow || over || count < 0
      }
      guard !overflow, total == scored else {
        throw EvaluationError(
          "the counts of question '\(question.id)' (\(question.sufficient) sufficient, "
            + "\(question.insufficient) insufficient, \(question.notRelevant) not relevant, "
            + "\(question.unanswered) unanswered) do not add up to the \(scored) cases scored; "
            + "the partial result is damaged: score its sample again with --partial")
      }
    }
  }

  /// The summary these counts stand for, ready for ``Evaluator/finish(plan:summary:judgements:judgementDiagnostics:)``.
  public func summary(plan: ScoringPlan) throws(EvaluationError) -> TallySummary {
    guard framework.fingerprint == plan.fingerprint else {
      throw EvaluationError(
        "the partial result was scored under \(framework.id)@\(framework.version) "
          + "\(framework.fingerprint), not \(plan.document.label) \(plan.fingerprint)")
    }
    guard questions.map(\.id) == plan.questions.map(\.question.id) else {
      throw EvaluationError("the partial result's questions do not match \(plan.document.label)")
    }
    try checkCounts()
    var summary = TallySummary(questionCount: plan.questions.count)
    summary.cases = cases
    summary.scored = scored
    summary.questions = questions.map {
      QuestionTally(
        sufficient: $0.sufficient, insufficient: $0.insufficient, notRelevant: $0.notRelevant,
        unanswered: $0.unanswered)
    }
    summary.excluded = excluded
    summary.incomplete = incomplete
    summary.fingerprintState = fingerprint
    summary.metadata = metadata ?? []
    return summary
  }

  /// The partial results combined, as if their samples had been scored as one.
  ///
  /// - Throws: when they were scored under different frameworks, or share a case id.
  public static func merge(_ partials: [PartialResult]) throws(EvaluationError) -> PartialResult {
    guard var merged = partials.first else { throw EvaluationError("there is nothing to merge") }
    try merged.checkCounts()
    for partial in partials.dropFirst() {
      guard partial.framework == merged.framework,
        partial.questions.map(\.id) == merged.questions.map(\.id)
      else {
        throw EvaluationError(
          "cannot merge results scored under \(merged.framework.id)@\(merged.framework.version) "
            + "and \(partial.framework.id)@\(partial.framework.version) (\(partial.framework.fingerprint))"
        )
      }
      let shared = Set(merged.caseIDs).intersection(partial.caseIDs)
      if !shared.isEmpty {
        throw EvaluationError(
          "\(shared.count) case id(s) appear in more than one partial result; each case must be "
            + "scored once")
      }
      try partial.checkCounts()
      let (cases, casesOverflow) = merged.cases.addingReportingOverflow(partial.cases)
      let (scored, scoredOverflow) = merged.scored.addingReportingOverflow(partial.scored)
      guard !casesOverflow, !scoredOverflow else {
        throw EvaluationError("the partial results together count more cases than can be held")
      }
      merged.cases = cases
      merged.scored = scored
      merged.fingerprint = merged.fingerprint + partial.fingerprint
      merged.questions = zip(merged.questions, partial.questions).map { a, b in
        Counts(
          id: a.id, sufficient: a.sufficient + b.sufficient,
          insufficient: a.insufficient + b.insufficient, notRelevant: a.notRelevant + b.notRelevant,
          unanswered: a.unanswered + b.unanswered)
      }
      merged.excluded += partial.excluded
      merged.incomplete += partial.incomplete
      merged.caseIDs = (merged.caseIDs + partial.caseIDs).sorted()
      let metadata = MetadataTally.combine(merged.metadata ?? [], partial.metadata ?? [])
      merged.metadata = metadata.isEmpty ? nil : metadata
    }
    merged.excluded.sort { ($0.id, $0.row) < ($1.id, $1.row) }
    merged.incomplete.sort { ($0.case, $0.question) < ($1.case, $1.question) }
    return merged
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
