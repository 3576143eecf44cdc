import InspectionSchema
import InspectionSupport

/// The counts of a scored sample, written by `inspect score --partial`, that merge exactly.
///
/// A partial result carries counts, never percentages: merging adds the counts per question,
/// the sample fingerprints (sums of case digests), the exclusions and the case ids, and
/// everything above is recomputed, so merging the partials of samples A and B gives the scores
/// of A ∪ B. A case id present in two partials is a duplicate, as it would be in one sample —
/// which is also how a merged partial merged again with one of its own inputs is refused.
///
/// The file format (version ``formatVersion``, `docs/partial-results.md`) is verified whole
/// when read (``read(bytes:file:)``): its kind and version, an integrity digest over its
/// content, its shape, and every rule that ties its counts together
/// (``verificationProblems()``). ``document()`` writes it.
///
/// ```swift
/// let a = try PartialResult.read(bytes: bytesA, file: "north.json")
/// let b = try PartialResult.read(bytes: bytesB, file: "south.json")
/// let merged = try PartialResult.merge([(a, "north.json"), (b, "south.json")])
/// let evaluation = Evaluator.finish(plan: plan, summary: try merged.summary(plan: plan))
/// ```
public struct PartialResult: Hashable, Sendable, Codable {
  /// One question's counts.
  public struct Counts: Hashable, Sendable, Codable {
    /// The question id.
    public var id: String
    /// Cases whose answer was sufficient.
    public var sufficient: Int
    /// Cases whose answer was insufficient.
    public var insufficient: Int
    /// Cases the question did not apply to, or answered "not relevant".
    public var notRelevant: Int
    /// Relevant cases left unanswered (`--allow-incomplete`).
    public var unanswered: Int

    /// Creates counts.
    public init(id: String, sufficient: Int, insufficient: Int, notRelevant: Int, unanswered: Int) {
      self.id = id
      self.sufficient = sufficient
      self.insufficient = insufficient
      self.notRelevant = notRelevant
      self.unanswered = unanswered
    }
  }

  /// The format version this InspectionKit writes and reads.
  public static let formatVersion = 3
  /// The value of ``kind``.
  public static let kindName = "partial"
  /// The name of the member holding the integrity digest.
  public static let integrityKey = "integrity"
  /// The largest partial-result file read: 256 MiB, some ten million case ids
  /// (`docs/limits.md`).
  public static let maximumFileBytes = 256 << 20
  /// The largest count a partial result may hold (cases, rows, and each question's counts),
  /// before or after merging: 10¹², far beyond any sample, and small enough that no sum of
  /// counts can overflow and every count is exact as a `Double`.
  public static let maximumCount = 1_000_000_000_000

  /// The format version.
  public var schemaVersion = PartialResult.formatVersion
  /// Always `partial`.
  public var kind = PartialResult.kindName
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
  /// Cases left out, with reasons, by id then row.
  public var excluded: [ExcludedCase]
  /// Relevant questions left unanswered, by case then question.
  public var incomplete: [IncompleteAnswer]
  /// The 64-bit hashes of every case id (``SampleFingerprint/idHash(_:)`` of the normalised
  /// id), as 16 lower-case hex digits, sorted, each once.
  public var caseIDs: [String]
  /// The cases with each value of each declared case metadata column; absent when none was
  /// declared.
  public var metadata: [MetadataTally]?
  /// The scored cases' question counts in each group of each breakdown (`--by`), in the order
  /// asked; absent when none was asked for. Each breakdown's groups add up to the whole.
  public var breakdowns: [BreakdownTally]?

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
    breakdowns = summary.breakdowns.isEmpty ? nil : summary.breakdowns
  }

  /// The summary these counts stand for, ready for
  /// ``Evaluator/finish(plan:summary:judgements:judgementDiagnostics:)``; its case-id hashes
  /// are kept, so that a merged result written with `--partial` keeps them.
  ///
  /// - Throws: when the counts were taken under another framework or version, or break a
  ///   rule of ``verificationProblems()`` (counts no tally writes are never scored).
  public func summary(plan: ScoringPlan) throws(EvaluationError) -> TallySummary {
    if let problem = verificationProblems().first {
      throw EvaluationError(
        "the partial result is damaged: \(problem.path): \(problem.message); score its sample "
          + "again with --partial")
    }
    guard framework.fingerprint == plan.fingerprint else {
      throw EvaluationError(
        "the partial result was scored under \(framework.id)@\(framework.version) "
          + "\(framework.fingerprint), not \(plan.document.label) \(plan.fingerprint)")
    }
    guard questions.map(\.id) == plan.questions.map(\.question.id) else {
      throw EvaluationError("the partial result's questions do not match \(plan.document.label)")
    }
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
    summary.caseIDHashes = caseIDs.compactMap { UInt64($0, radix: 16) }
    summary.metadata = metadata ?? []
    summary.breakdowns = breakdowns ?? []
    return summary
  }

  /// The file's JSON: these members, and ``integrityKey`` holding the digest of the rest.
  public func document() -> JSONValue {
    guard case .object(var members) = (try? JSONValueEncoder().encode(self)) ?? .null else {
      return .null
    }
    members[Self.integrityKey] = .string(Self.integrity(of: members))
    return .object(members)
  }

  /// The digest written under ``integrityKey``: the ``Fingerprint`` of the compact canonical
  /// JSON of every other member.
  static func integrity(of members: [String: JSONValue]) -> String {
    var content = members
    content.removeValue(forKey: integrityKey)
    return Fingerprint(canonicalJSONOf: .object(content)).description
  }

  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
