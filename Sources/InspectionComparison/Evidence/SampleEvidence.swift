import InspectionEvaluator
import InspectionSchema

/// A sample scored under one framework, with each case's answer effects kept for resampling
/// when the sample is small enough.
///
/// The ordinary ``Evaluation`` comes from the same ``SampleTally`` that `inspect score` uses,
/// so every check and exclusion applies. Kept cases cost one byte per question; above
/// ``caseLimit`` scored cases none are kept (``cases`` is `nil`) and resampling is refused,
/// so memory stays bounded however large the sample.
///
/// ```swift
/// var reader = try CSVSampleReader(path: "baseline.csv", plan: plan)
/// let evidence = SampleEvidence.gather(plan: plan, reader: &reader)
/// evidence.evaluation.result.criteria   // the scores
/// evidence.cases?.count                 // scored cases kept for the bootstrap
/// ```
public struct SampleEvidence: Sendable {
  /// The default largest number of scored cases kept for resampling (20,000).
  ///
  /// 20,000 cases of a 200-question framework take 4 MB; a 1,000-replicate bootstrap over
  /// them takes minutes, not hours. Larger samples are scored exactly but not resampled.
  public static let defaultCaseLimit = 20_000
  /// The largest case limit that may be asked for (1,000,000; `docs/limits.md`).
  public static let maximumCaseLimit = 1_000_000

  /// The plan the sample was scored against.
  public let plan: ScoringPlan
  /// The ordinary scoring of the sample.
  public let evaluation: Evaluation
  /// Each scored case's effects by plan position, or `nil` when over ``caseLimit``.
  public let cases: [[UInt8]]?
  /// The limit the cases were kept under.
  public let caseLimit: Int

  /// Reads every case from `reader`, scoring it and keeping effects up to `caseLimit` cases.
  ///
  /// `onCase` sees each scored case's effects in sample order (used to carry evidence across
  /// crosswalks while streaming).
  public static func gather(
    plan: ScoringPlan, reader: inout some SampleReader,
    options: SampleTally.Options = SampleTally.Options(),
    caseLimit: Int = SampleEvidence.defaultCaseLimit,
    onCase: ((_ effects: [AnswerEffect?]) -> Void)? = nil
  ) -> SampleEvidence {
    var tally = SampleTally(plan: plan, options: options)
    var kept: [[UInt8]]? = []
    while let record = reader.next() {
      switch record {
      case .case(let item):
        let before = tally.summary.scored
        tally.add(item)
        guard tally.summary.scored > before else { continue }
        let effects = plan.effects(of: item)
        onCase?(effects)
        if kept != nil {
          if (kept?.count ?? 0) < caseLimit {
            kept?.append(CaseEffectsCode.pack(effects))
          } else {
            kept = nil
          }
        }
      case .problem(let diagnostic): tally.report(diagnostic)
      case .rejected(let id, let row, let problem): tally.reject(id: id, row: row, problem: problem)
      }
    }
    let evaluation = Evaluator.finish(plan: plan, summary: tally.finish())
    return SampleEvidence(plan: plan, evaluation: evaluation, cases: kept, caseLimit: caseLimit)
  }

  /// Creates evidence from parts (for tests and merged inputs).
  public init(plan: ScoringPlan, evaluation: Evaluation, cases: [[UInt8]]?, caseLimit: Int) {
    self.plan = plan
    self.evaluation = evaluation
    self.cases = cases
    self.caseLimit = caseLimit
  }

  /// The tally of the kept cases, each counted `weights[c]` times (a bootstrap replicate),
  /// restricted to the questions whose positions are in `questions` (all when `nil`).
  func summary(weights: [Int], questions: Set<Int>? = nil) -> TallySummary {
    var summary = TallySummary(questionCount: plan.questions.count)
    guard let cases else { return summary }
    var sufficient = [Int](repeating: 0, count: plan.questions.count)
    var insufficient = [Int](repeating: 0, count: plan.questions.count)
    var total = 0
    for (index, effects) in cases.enumerated() {
      let weight = index < weights.count ? weights[index] : 0
      guard weight > 0 else { continue }
      total += weight
      for (position, code) in effects.enumerated() {
        if code == CaseEffectsCode.sufficient {
          sufficient[position] += weight
        } else if code == CaseEffectsCode.insufficient {
          insufficient[position] += weight
        }
      }
    }
    for position in 0..<plan.questions.count {
      let kept = questions?.contains(position) ?? true
      summary.questions[position] = QuestionTally(
        sufficient: kept ? sufficient[position] : 0,
        insufficient: kept ? insufficient[position] : 0,
        notRelevant: kept ? 0 : total)
    }
    summary.cases = total
    summary.scored = total
    return summary
  }
}

extension TallySummary {
  /// The summary with every question outside `positions` emptied (undefined), as if the
  /// sample had not collected it: the "adjusted" scores of the 2005 ESI follow-up.
  func restricted(to positions: Set<Int>) -> TallySummary {
    var copy = self
    for index in copy.questions.indices where !positions.contains(index) {
      let tally = copy.questions[index]
      copy.questions[index] = QuestionTally(
        sufficient: 0, insufficient: 0, notRelevant: tally.cases, unanswered: 0)
    }
    return copy
  }
}
