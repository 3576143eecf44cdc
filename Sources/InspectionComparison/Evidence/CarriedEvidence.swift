import InspectionEvaluator
import InspectionSchema

/// A sample's evidence carried case by case across a crosswalk into another framework, as if
/// the sample had been recorded under it: the baseline of `inspect compare
/// --followup-framework`.
///
/// Each case's effects are carried by the ``CrosswalkCarrier`` (only carrying relations; other
/// target questions are left unanswered and stay out of every denominator), tallied under the
/// target plan, and kept for the bootstrap up to `caseLimit` cases, like ``SampleEvidence``.
///
/// ```swift
/// var carried = CarriedEvidence(carrier: esiToOMI, target: omiPlan)
/// let baseline = try ComparisonSupport.evidence(path, plan: esiPlan, onCase: { carried.add($0) })
/// let evidence = carried.finish(sample: baseline)
/// ```
public struct CarriedEvidence: Sendable {
  /// The carrier used.
  public let carrier: CrosswalkCarrier
  /// The plan the evidence is carried into.
  public let target: ScoringPlan
  private var summary: TallySummary
  private var kept: [[UInt8]]?
  private let caseLimit: Int

  /// Prepares to carry cases into `target`.
  public init(
    carrier: CrosswalkCarrier, target: ScoringPlan,
    caseLimit: Int = SampleEvidence.defaultCaseLimit
  ) {
    self.carrier = carrier
    self.target = target
    self.summary = TallySummary(questionCount: target.questions.count)
    self.kept = []
    self.caseLimit = caseLimit
  }

  /// Adds one scored source case.
  public mutating func add(_ effects: [AnswerEffect?]) {
    let carried = carrier.carry(effects)
    summary.cases += 1
    summary.scored += 1
    for (index, effect) in carried.enumerated() {
      switch effect {
      case .sufficient?: summary.questions[index].sufficient += 1
      case .insufficient?: summary.questions[index].insufficient += 1
      case .notRelevant?: summary.questions[index].notRelevant += 1
      case nil: summary.questions[index].unanswered += 1
      }
    }
    if kept != nil {
      if (kept?.count ?? 0) < caseLimit {
        kept?.append(CaseEffectsCode.pack(carried))
      } else {
        kept = nil
      }
    }
  }

  /// The carried evidence; `source` is the sample as read under its own framework (for its
  /// fingerprint).
  public func finish(source: SampleEvidence) -> SampleEvidence {
    var summary = self.summary
    summary.fingerprintState = source.evaluation.summary.fingerprintState
    let evaluation = Evaluator.finish(plan: target, summary: summary)
    return SampleEvidence(
      plan: target, evaluation: evaluation, cases: kept, caseLimit: caseLimit)
  }
}
