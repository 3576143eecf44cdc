import InspectionSchema
import InspectionSupport

/// Accumulates a sample case by case: counts per question, exclusions, and diagnostics.
///
/// Memory grows with the framework, not with the number of cases, apart from a map of case-id
/// hashes for duplicate detection, the excluded and incomplete cases listed, and at most
/// ``diagnosticLimit`` individual diagnostics (the rest are counted per code). The map of
/// case ids grows with the sample in a tally made here; ``Evaluator/evaluate(plan:reader:options:judgements:judgementDiagnostics:)``
/// bounds it, for a sample that can be read twice, by spilling it to a temporary file and
/// re-reading the sample in the rare case a duplicate hid there (see `docs/memory.md`).
///
/// ```swift
/// var tally = SampleTally(plan: plan, options: .init(allowIncomplete: true))
/// while let item = try reader.next() { tally.add(item) }
/// let result = ScoreCalculator(plan: plan).result(from: tally.summary)
/// ```
public struct SampleTally: Sendable {
  /// How cases are checked.
  public struct Options: Sendable, Hashable {
    /// Let a relevant question go unanswered; the case leaves that question's denominator.
    public var allowIncomplete: Bool
    /// Exclude cases with errors (listed with the reason) instead of failing the run.
    public var excludeInvalid: Bool
    /// Keep the sorted case-id hashes in the summary, for partial results (8 bytes a case:
    /// this output grows with the sample whatever the case-id table's budget).
    public var collectCaseIDs: Bool
    /// The case metadata columns declared (``SampleReadOptions/metadata``), whose values are
    /// counted (``TallySummary/metadata``).
    public var metadata: [String]
    /// Attributes or declared metadata columns to break the scored cases down by
    /// (``BreakdownTally``), in order; a name that is neither is ignored (commands check them).
    public var breakdowns: [String]
    /// Keep each scored case's decisions (``TallySummary/caseEffects``) for the case
    /// bootstrap of ``ScoreIntervals``: 4 bytes a case.
    public var collectCaseEffects = false
    /// With ``collectCaseEffects``, keep each case's id beside its decisions
    /// (``CaseEffectTable/ids``), for listing the cases behind a score.
    public var collectCaseEffectIDs = false

    /// Creates options; all off by default.
    public init(
      allowIncomplete: Bool = false, excludeInvalid: Bool = false, collectCaseIDs: Bool = false,
      metadata: [String] = [], breakdowns: [String] = []
    ) {
      self.allowIncomplete = allowIncomplete
      self.excludeInvalid = excludeInvalid
      self.collectCaseIDs = collectCaseIDs
      self.metadata = metadata
      self.breakdowns = breakdowns
    }
  }

  /// Individual diagnostics kept per code before the rest are only counted.
  public static let diagnosticLimit = 200

  /// The plan cases are scored against.
  public let plan: ScoringPlan
  /// How cases are checked.
  public let options: Options
  /// What has been accumulated so far.
  public var summary: TallySummary {
    var summary = counted
    fold(cleanCounts, into: &summary)
    return summary
  }

  /// What has been accumulated, apart from ``cleanCounts``.
  private var counted: TallySummary
  /// Counts added by ``addClean(idHash:row:effects:canonicalJSON:)``, three per question
  /// (sufficient, insufficient, not relevant, by ``AnswerEffect/byteCode``): a flat table the
  /// hot path adds to without branching, folded into ``summary`` when it is read.
  private var cleanCounts: [Int]

  private var caseIDs = CaseIDIndex()
  /// The case-id tables of later parts of the sample merged in by ``absorb(_:)``.
  private var absorbedCaseIDs: [CaseIDIndex] = []
  /// Every case-id hash, sorted, when it had to be gathered from spilled runs (or was given
  /// by the first pass, to a second one): what ``finish()`` reports with `collectCaseIDs`.
  private var collectedCaseIDHashes: [UInt64]?
  private var fingerprint = SampleFingerprint.Accumulator()
  private var keptPerCode: [String: Int] = [:]
  /// Where each breakdown's value is in a case.
  private enum BreakdownSource: Sendable {
    case attribute(Int)
    case metadata(Int)
  }
  private let breakdownSources: [BreakdownSource]
  // Per-case scratch space, reused so that a case allocates nothing when it is clean.
  private var effectsBuffer: [CaseEffect] = []

  /// Starts an empty tally.
  public init(plan: ScoringPlan, options: Options = Options()) {
    self.plan = plan
    self.options = options
    self.counted = TallySummary(questionCount: plan.questions.count)
    self.counted.metadata = options.metadata.map(MetadataTally.init(column:))
    self.breakdownSources = options.breakdowns.compactMap { name in
      if let index = plan.attributeIndex[name] { return .attribute(index) }
      if let index = options.metadata.firstIndex(of: name) { return .metadata(index) }
      return nil
    }
    self.counted.breakdowns = options.breakdowns.filter {
      plan.attributeIndex[$0] != nil || options.metadata.contains($0)
    }.map(BreakdownTally.init(column:))
    self.cleanCounts = Array(repeating: 0, count: plan.questions.count * 3)
  }

  /// Adds a diagnostic found while reading (e.g. a malformed row), subject to the limit.
  public mutating func report(_ diagnostic: Diagnostic) {
    let kept = keptPerCode[diagnostic.code, default: 0]
    keptPerCode[diagnostic.code] = kept + 1
    if kept < Self.diagnosticLimit {
      counted.diagnostics.append(diagnostic)
    } else {
      counted.suppressed[diagnostic.code, default: 0] += 1
      if diagnostic.isError { counted.suppressedErrors += 1 }
    }
  }

  /// Counts a row that could not be read as a case: an error, or an exclusion under
  /// ``Options/excludeInvalid``.
  public mutating func reject(id: String, row: Int, problem: Diagnostic) {
    let id = SampleCaseRules.normalisedID(id)
    counted.cases += 1
    if options.excludeInvalid {
      var warning = problem
      warning.severity = .warning
      report(warning)
      let reason = ([problem.message] + problem.notes.map(\.message)).joined(separator: "; ")
      counted.excluded.append(ExcludedCase(id: id, reason: reason, row: row))
    } else {
      counted.invalidCases += 1
      report(problem)
    }
  }

  /// Reads every record from `reader` into the tally.
  public mutating func add(from reader: inout some SampleReader) {
    reader.read(into: &self)
  }

  /// Adds one thing a reader read: a case, a problem, or a rejected row.
  public mutating func add(_ record: SampleRecord) {
    switch record {
    case .case(let item): add(item)
    case .problem(let diagnostic): report(diagnostic)
    case .rejected(let id, let row, let problem): reject(id: id, row: row, problem: problem)
    }
  }

  /// Adds the tally of a later part of the same sample, read separately, if it holds only
  /// clean cases none of which has an id this tally has seen; otherwise returns `false` and
  /// changes nothing (the sample must then be read in order, to report what is wrong where).
  mutating func absorb(_ part: SampleTally) -> Bool {
    let other = part.summary
    guard other.diagnostics.isEmpty, other.suppressed.isEmpty, other.excluded.isEmpty,
      other.incomplete.isEmpty, other.invalidCases == 0, other.scored == other.cases,
      other.questions.count == counted.questions.count
    else { return false }
    guard !caseIDs.tracksListedOnly, !part.caseIDs.tracksListedOnly else { return false }
    // Groups are counted only the general way, case by case.
    guard breakdownSources.isEmpty, !options.collectCaseEffects else { return false }
    // Spilled ids are not in the tables, so the check across parts would be incomplete: it is
    // left to the merge of every part's runs and tables (``resolveSpilledCaseIDs()``).
    if !hasSpilledCaseIDs && !part.hasSpilledCaseIDs {
      let seen = [caseIDs] + absorbedCaseIDs
      for table in [part.caseIDs] + part.absorbedCaseIDs {
        let repeated = table.containsKey { hash in seen.contains { $0.firstRow(of: hash) != nil } }
        if repeated { return false }
      }
    }
    counted.cases += other.cases
    counted.scored += other.scored
    counted.metadata = MetadataTally.combine(counted.metadata, other.metadata)
    for index in counted.questions.indices {
      counted.questions[index].sufficient += other.questions[index].sufficient
      counted.questions[index].insufficient += other.questions[index].insufficient
      counted.questions[index].notRelevant += other.questions[index].notRelevant
      counted.questions[index].unanswered += other.questions[index].unanswered
    }
    fingerprint.add(part.fingerprint)
    absorbedCaseIDs += [part.caseIDs] + part.absorbedCaseIDs
    return true
  }

  /// Adds flat clean counts to `summary`'s questions.
  private func fold(_ counts: [Int], into summary: inout TallySummary) {
    for index in 0..<min(summary.questions.count, counts.count / 3) {
      summary.questions[index].sufficient += counts[index * 3]
      summary.questions[index].insufficient += counts[index * 3 + 1]
      summary.questions[index].notRelevant += counts[index * 3 + 2]
    }
  }

  // MARK: Bounded case ids

  /// What the case ids spilled while reading (``limitCaseIDs(to:)``) say about the tally.
  enum CaseIDResolution: Sendable, Equatable {
    /// Nothing was spilled, or no id whose first occurrence was spilled occurs again: every
    /// duplicate was found where it was read, and the tally stands.
    case exact
    /// These hashes occur more than once and some occurrence was not seen as a duplicate:
    /// the sample must be read again with a tally told them (``trackCaseIDs(only:all:)``).
    /// `all` is every hash, sorted, when the options collect case ids.
    case repeated(hashes: [UInt64], all: [UInt64]?)
    /// A spilled run could not be read back: read the sample again without a budget.
    case unreadable
  }

  /// The error when spilled case ids cannot be read back and the sample cannot be read again.
  static let unreadableRunsDiagnostic = Diagnostic(
    .unreadableSample,
    "cannot read back the case ids written to a temporary file, so duplicate case ids cannot "
      + "be checked; check the temporary directory (TMPDIR) and score again")

  /// Limits the case-id table to `budget`: beyond it the table spills to a temporary file,
  /// so that memory stays bounded, and a duplicate whose first occurrence was spilled is
  /// found only by ``resolveSpilledCaseIDs()``. Only for a sample that can be read again.
  mutating func limitCaseIDs(to budget: CaseIDBudget) {
    caseIDs.limit(to: budget)
  }

  /// The budget of the case-id table, or `nil` when it grows without limit.
  var caseIDBudget: CaseIDBudget? { caseIDs.budget }

  /// Whether only the case ids given to ``trackCaseIDs(only:all:)`` are tracked.
  var tracksListedCaseIDsOnly: Bool { caseIDs.tracksListedOnly }

  /// How many times a case-id table was spilled, in this tally and those it absorbed.
  var caseIDSpills: Int {
    ([caseIDs] + absorbedCaseIDs).reduce(0) { $0 + $1.runs.spills }
  }

  /// Whether any case-id table was spilled.
  var hasSpilledCaseIDs: Bool {
    !caseIDs.runs.isEmpty || absorbedCaseIDs.contains { !$0.runs.isEmpty }
  }

  /// Checks the spilled case ids for duplicates that were not seen while reading: spills
  /// every table and merges all runs. Call it once every case has been read, before
  /// ``finish()``.
  mutating func resolveSpilledCaseIDs() -> CaseIDResolution {
    guard hasSpilledCaseIDs else { return .exact }
    caseIDs.spillAll()
    for index in absorbedCaseIDs.indices { absorbedCaseIDs[index].spillAll() }
    let runs = ([caseIDs] + absorbedCaseIDs).flatMap(\.runs.runs)
    guard let merged = CaseIDMerge.repeated(in: runs, collecting: options.collectCaseIDs)
    else { return .unreadable }
    guard merged.repeated.isEmpty else {
      return .repeated(hashes: merged.repeated, all: merged.all)
    }
    collectedCaseIDHashes = merged.all
    return .exact
  }

  /// Makes this (empty) tally, for a second pass over the sample, detect duplicates of
  /// `hashes` only, with memory for them alone: every other id is known to occur once.
  /// `all` is what ``finish()`` reports as ``TallySummary/caseIDHashes``.
  mutating func trackCaseIDs(only hashes: [UInt64], all: [UInt64]?) {
    caseIDs = CaseIDIndex(tracking: hashes)
    absorbedCaseIDs = []
    collectedCaseIDHashes = all
  }

  /// Whether a case id with this ``SampleFingerprint/idHash(_:)`` has been read.
  func hasCase(idHash: UInt64) -> Bool {
    caseIDs.firstRow(of: idHash) != nil
  }

  /// Counts a clean case scored from its bytes (by ``CSVRowScorer``): exactly what
  /// ``add(_:)-(SampleCase)`` does for a case with no problem, given the case's id hash and its
  /// effects by plan position (``AnswerEffect/byteCode``).
  ///
  /// The case's fingerprint digest comes separately, through ``addCaseDigest(_:)``: the caller
  /// hashes cases in batches. It must add one digest per case before the tally is finished.
  mutating func addClean(idHash: UInt64, row: Int, effects: UnsafeBufferPointer<UInt8>) {
    counted.cases += 1
    _ = caseIDs.insert(idHash, row: row)
    counted.scored += 1
    cleanCounts.withUnsafeMutableBufferPointer { counts in
      for index in 0..<min(counts.count / 3, effects.count) {
        counts[index &* 3 &+ Int(min(effects[index], 2))] &+= 1
      }
    }
  }

  /// Adds the SHA-256 digest of a case's canonical JSON to the sample fingerprint, for a case
  /// counted by ``addClean(idHash:row:effects:)``.
  mutating func addCaseDigest(_ digest: SHA256.Digest) {
    fingerprint.add(digest: digest)
  }

  /// Adds a clean case's fingerprint digest as eight big-endian words.
  mutating func addCaseDigest(words: UnsafePointer<UInt32>) {
    fingerprint.add(digestWords: words)
  }

  /// Checks and counts one case, after ``SampleCaseRules`` (its id normalised, a blank
  /// exclusion dropped).
  public mutating func add(_ item: SampleCase) {
    var item = item
    let ruled = SampleCaseRules.apply(to: &item)
    counted.cases += 1
    fingerprint.add(item, plan: plan)
    for index in counted.metadata.indices {
      counted.metadata[index].add(index < item.metadata.count ? item.metadata[index] : nil)
    }
    let origin = item.origin
    var errors = ruled.filter(\.isError)
    for warning in ruled where !warning.isError { report(warning) }

    if item.id.isEmpty {
      errors.append(
        Diagnostic(
          .missingCaseID,
          "row \(origin.row) has no case id; give every case an id in the "
            + "'case' column", location: origin.caseLocation))
    } else {
      let key = SampleFingerprint.idHash(item.id)
      if let first = caseIDs.insert(key, row: origin.row) {
        errors.append(
          Diagnostic(
            .duplicateCaseID,
            "case \(Quoted(item.id)) (row \(origin.row)) is listed twice; it first "
              + "appears in row \(first). List each case once", location: origin.caseLocation))
      }
    }
    if let reason = item.exclusion {
      for error in errors { report(error) }
      counted.excluded.append(ExcludedCase(id: item.id, reason: reason, row: origin.row))
      return
    }

    let questionCount = plan.questions.count
    var effects: [CaseEffect] = []
    swap(&effects, &effectsBuffer)
    defer { swap(&effects, &effectsBuffer) }
    if effects.count != questionCount {
      effects = Array(repeating: .notApplicable, count: questionCount)
    }
    checkAttributes(item, into: &errors)
    // The one decision of what the case means for each question; what is left here is to
    // word its problems.
    plan.decide(attributes: item.attributes, answers: item.answers, into: &effects)
    var incomplete: [Int] = []
    var droppedAnswers: [Int] = []
    for index in 0..<questionCount {
      switch effects[index] {
      case .notOnScale:
        let planned = plan.questions[index]
        let answer = index < item.answers.count ? item.answers[index] ?? "" : ""
        let codes = planned.scale.options.map(\.code)
        errors.append(
          Diagnostic(
            .answerNotOnScale,
            "case \(Quoted(item.id)) (row \(origin.row)): answer \(Quoted(answer)) to "
              + "question '\(planned.question.id)' is not on its scale '\(planned.scale.id)' ("
              + codes.map { "'\($0)'" }.joined(separator: ", ") + ")."
              + Suggestion.didYouMean(answer, among: codes),
            location: origin.answerLocation(index)))
      case .droppedAnswer:
        droppedAnswers.append(index)
      case .unanswered where options.allowIncomplete:
        incomplete.append(index)
      case .unanswered:
        errors.append(
          Diagnostic(
            .unansweredQuestion,
            "case \(Quoted(item.id)) (row \(origin.row)): question "
              + "'\(plan.questions[index].question.id)' is relevant but has no answer; answer it, "
              + "or score with --allow-incomplete", location: origin.answerLocation(index)))
      case .sufficient, .insufficient, .answeredNotRelevant, .notApplicable:
        break
      }
    }

    guard errors.isEmpty else {
      if options.excludeInvalid {
        let reason = errors.map(\.message).joined(separator: "; ")
        counted.excluded.append(ExcludedCase(id: item.id, reason: reason, row: origin.row))
        for error in errors {
          var warning = error
          warning.severity = .warning
          report(warning)
        }
      } else {
        counted.invalidCases += 1
        for error in errors { report(error) }
      }
      return
    }

    counted.scored += 1
    QuestionTally.count(effects, into: &counted.questions)
    if options.collectCaseEffects {
      if options.collectCaseEffectIDs {
        counted.caseEffects.add(effects, id: item.id)
      } else {
        counted.caseEffects.add(effects)
      }
    }
    for (index, source) in breakdownSources.enumerated() {
      let value: String?
      switch source {
      case .attribute(let at): value = at < item.attributes.count ? item.attributes[at] : nil
      case .metadata(let at): value = at < item.metadata.count ? item.metadata[at] : nil
      }
      let group = counted.breakdowns[index].add(value: value, effects: effects)
      if options.collectCaseEffects {
        if counted.caseEffects.groups.count <= index { counted.caseEffects.groups.append([]) }
        counted.caseEffects.groups[index].append(group)
      }
    }
    for index in incomplete {
      let question = plan.questions[index].question.id
      counted.incomplete.append(
        IncompleteAnswer(case: item.id, question: question, row: origin.row))
      report(
        Diagnostic(
          .incompleteCase, .warning,
          "case \(Quoted(item.id)) (row \(origin.row)): question "
            + "'\(question)' is relevant but has no answer, so the case leaves its denominator "
            + "(--allow-incomplete)", location: origin.answerLocation(index)))
    }
    for index in droppedAnswers {
      let question = plan.questions[index].question.id
      report(
        Diagnostic(
          .answerWhereNotRelevant, .warning,
          "case \(Quoted(item.id)) (row \(origin.row)): question "
            + "'\(question)' is not relevant to this case, so its answer is ignored",
          location: origin.answerLocation(index)))
    }
  }

  private func checkAttributes(_ item: SampleCase, into errors: inout [Diagnostic]) {
    for (index, attribute) in plan.attributes.enumerated() {
      let value = index < item.attributes.count ? item.attributes[index] : nil
      guard let value else {
        errors.append(
          Diagnostic(
            .missingAttributeValue,
            "case \(Quoted(item.id)) (row \(item.origin.row)) has no value for "
              + "attribute '\(attribute.id)'; use one of "
              + attribute.values.map { "'\($0)'" }.joined(separator: ", "),
            location: item.origin.attributeLocation(index)))
        continue
      }
      if !attribute.values.contains(value) {
        errors.append(
          Diagnostic(
            .undeclaredAttributeValue,
            "case \(Quoted(item.id)) (row \(item.origin.row)): \(Quoted(value)) "
              + "is not a value of attribute '\(attribute.id)' ("
              + attribute.values.map { "'\($0)'" }.joined(separator: ", ") + ")."
              + Suggestion.didYouMean(value, among: attribute.values),
            location: item.origin.attributeLocation(index)))
      }
    }
  }

  /// Finishes the tally: the sample fingerprint and a stable order for every list.
  public func finish() -> TallySummary {
    var finished = summary
    finished.fingerprintState = fingerprint.state
    if options.collectCaseIDs {
      if let collectedCaseIDHashes {
        finished.caseIDHashes = collectedCaseIDHashes
      } else if hasSpilledCaseIDs {
        // Only when finished without ``resolveSpilledCaseIDs()``: merge the runs now.
        let tables = [caseIDs] + absorbedCaseIDs
        let runs =
          tables.flatMap(\.runs.runs)
          + tables.map { table in
            let hashes = table.sortedHashes()
            return CaseIDRun(storage: .memory(hashes), count: hashes.count, level: 0)
          }
        if let merged = CaseIDMerge.repeated(in: runs, collecting: true), let all = merged.all {
          finished.caseIDHashes = all
        } else {
          finished.diagnostics.append(Self.unreadableRunsDiagnostic)
        }
      } else {
        finished.caseIDHashes = ([caseIDs] + absorbedCaseIDs).flatMap { $0.sortedHashes() }
          .sorted()
      }
    }
    finished.excluded.sort { ($0.id, $0.row) < ($1.id, $1.row) }
    finished.incomplete.sort { ($0.case, $0.question) < ($1.case, $1.question) }
    if finished.cases == 0 {
      finished.diagnostics.append(
        Diagnostic(.emptySample, .warning, "the sample has no cases; every score is undefined"))
    }
    return finished
  }
}
