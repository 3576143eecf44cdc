import InspectionStatistics
import InspectionSupport

/// Percentile intervals for every criterion, section, headline and overall score by a seeded
/// case bootstrap (`docs/intervals.md`).
///
/// Replicate `r` draws as many cases as were scored, uniformly with replacement, by
/// ``Bootstrap/counts(forReplicate:)`` (`SeededGenerator(seed:stream: r)`, one draw per case in
/// reading order); the drawn cases' decisions (``CaseEffectTable``) are counted per question
/// exactly as a sample's are (``QuestionTally/count(_:times:into:)``) and the replicate is
/// scored by the same ``ScoreCalculator`` as the sample, with the same judgements. An item's
/// interval is the type-7 percentile interval (``Bootstrap/percentileInterval(_:level:)``) of
/// its scores over the replicates in which it is defined. Its band is *not secure* when the
/// replicates whose score lies inside the interval fall in more than one band.
///
/// The cost is `replicates × (cases + distinct decision vectors × questions)` plus scoring
/// each replicate; memory is the table (4 bytes a case) and one `Double` per item and
/// replicate.
///
/// ```swift
/// let intervals = ScoreIntervals(plan: plan, replicates: 1_000, seed: 2005)
/// intervals.apply(to: &result, effects: summary.caseEffects, judgements: judgements)
/// ```
public struct ScoreIntervals: Sendable {
  /// The default number of replicates.
  public static let defaultReplicates = 1_000
  /// The default seed.
  public static let defaultSeed: UInt64 = 2005

  /// The plan scores are computed under.
  public var plan: ScoringPlan
  /// Replicates drawn.
  public var replicates: Int
  /// The seed every replicate's generator derives from.
  public var seed: UInt64
  /// The confidence level.
  public var level: Double

  /// Settings for `plan`.
  public init(plan: ScoringPlan, replicates: Int, seed: UInt64, level: Double = 0.95) {
    self.plan = plan
    self.replicates = replicates
    self.seed = seed
    self.level = level
  }

  /// Each item's replicate scores (`nil` where undefined) and band ids, by item id.
  public func replicateScores(
    effects: CaseEffectTable, judgements: [String: RecordedJudgement] = [:]
  ) -> [String: [(value: Double?, band: String?)]] {
    let bootstrap = Bootstrap(
      caseCount: effects.caseCount, replicateCount: replicates, seed: seed)
    let calculator = ScoreCalculator(plan: plan)
    var scores: [String: [(value: Double?, band: String?)]] = [:]
    guard effects.caseCount > 0 else { return scores }
    var drawn = [Int](repeating: 0, count: effects.patterns.count)
    for replicate in 0..<replicates {
      let counts = bootstrap.counts(forReplicate: replicate)
      for index in drawn.indices { drawn[index] = 0 }
      for (caseIndex, count) in counts.enumerated() where count > 0 {
        drawn[Int(effects.cases[caseIndex])] += count
      }
      var summary = TallySummary(questionCount: plan.questions.count)
      summary.cases = effects.caseCount
      summary.scored = effects.caseCount
      for (pattern, times) in drawn.enumerated() where times > 0 {
        QuestionTally.count(effects.patterns[pattern], times: times, into: &summary.questions)
      }
      let result = calculator.result(from: summary, judgements: judgements)
      for item in result.items {
        scores[item.id, default: []].append((item.value, item.band?.id))
      }
    }
    return scores
  }

  /// Sets ``ItemScore/interval`` on every criterion, section, headline and overall rating of
  /// `result` whose score is defined.
  public func apply(
    to result: inout ScoreResult, effects: CaseEffectTable,
    judgements: [String: RecordedJudgement] = [:]
  ) {
    let scores = replicateScores(effects: effects, judgements: judgements)
    func update(_ items: inout [ItemScore]) {
      for index in items.indices {
        guard items[index].value != nil, let replicate = scores[items[index].id] else { continue }
        let defined = replicate.compactMap { entry in entry.value.map { ($0, entry.band) } }
        guard let (lower, upper) = Bootstrap.percentileInterval(defined.map(\.0), level: level)
        else { continue }
        var secure: Bool?
        if items[index].band != nil {
          let inside = Set(defined.filter { $0.0 >= lower && $0.0 <= upper }.map { $0.1 ?? "" })
          secure = inside.count <= 1
        }
        items[index].interval = ScoreInterval(
          lower: lower, upper: upper, level: level, definedReplicates: defined.count,
          replicates: replicates, bandSecure: secure)
      }
    }
    update(&result.criteria)
    update(&result.sections)
    update(&result.headlines)
    update(&result.overall)
    // Each group shown in a breakdown: the same bootstrap over the group's cases alone.
    for (breakdown, scores) in result.breakdowns.enumerated() {
      for (index, group) in scores.groups.enumerated() {
        guard var groupResult = group.scores else { continue }
        let cases = effects.subset(breakdown: breakdown, group: group.value)
        guard cases.caseCount > 0 else { continue }
        apply(to: &groupResult, effects: cases)
        result.breakdowns[breakdown].groups[index].scores = groupResult
      }
    }
  }
}
