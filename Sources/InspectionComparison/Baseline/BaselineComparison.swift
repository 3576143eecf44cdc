import InspectionEvaluator
import InspectionSchema
import InspectionStatistics

/// A baseline sample and a follow-up sample under one framework: what changed, and whether
/// the change is more than sampling noise.
///
/// - Questions: the change in percentage points with Fisher's exact two-sided p-value on
///   the 2×2 table of sufficient and insufficient cases (``FisherExactTest``).
/// - Criteria, sections, headlines and overall ratings: the change with a 95% percentile
///   interval from a case bootstrap (``Bootstrap``) that resamples each sample's cases
///   independently with a fixed seed, so the interval is the same on every run.
/// - The *adjusted* scores use only the questions defined (some relevant case) in both
///   samples, as the 2005 ESI follow-up re-scored its 2004 baseline without the evidence it
///   did not collect again. Changes are always adjusted-to-adjusted.
///
/// A question's change is significant when its p-value, adjusted for the number of questions
/// tested (``adjustment``: Holm by default, or Benjamini–Hochberg), is below ``alpha``; both
/// adjusted values are kept beside the raw one, and a question with no test (not defined in
/// both samples) is never marked. An item's change is significant when its interval excludes
/// 0 and its coverage — the share of its questions defined in both samples — reaches
/// ``threshold``; below it the item is not comparable and gets no change.
///
/// ```swift
/// let comparison = BaselineComparison(baseline: before, followUp: after, replicates: 1_000, seed: 2005)
/// comparison.items.filter(\.significant)
/// comparison.questions.filter(\.significant)   // by the Holm-adjusted p-value
/// ```
public struct BaselineComparison: Sendable {
  /// The significance level (two-sided), 0.05.
  public static let alpha = 0.05

  /// The framework both samples were scored under.
  public let framework: FrameworkIdentity
  /// The baseline's own scores.
  public let baseline: ScoreResult
  /// The baseline re-scored on the questions present in both samples.
  public let adjustedBaseline: ScoreResult
  /// The follow-up's own scores.
  public let followUp: ScoreResult
  /// The follow-up re-scored on the questions present in both samples.
  public let adjustedFollowUp: ScoreResult
  /// Question ids left out of the adjusted baseline (not defined in the follow-up).
  public let droppedFromBaseline: [String]
  /// Question ids left out of the adjusted follow-up (not defined in the baseline).
  public let droppedFromFollowUp: [String]
  /// Every question's change.
  public let questions: [QuestionChange]
  /// Every criterion, section, headline and overall rating's change.
  public let items: [ItemChange]
  /// How the bootstrap ran, or why it did not.
  public let bootstrap: BootstrapSettings
  /// The adjustment the questions' marker follows; `nil` for the raw p-value.
  public let adjustment: MultipleTesting.Method?
  /// The coverage, in percent, below which an item is not comparable.
  public let threshold: Int

  /// How the intervals above questions were obtained.
  public struct BootstrapSettings: Sendable, Hashable {
    /// Replicates requested.
    public var replicates: Int
    /// The seed of the baseline's resamples; the follow-up uses `seed + 1`.
    public var seed: UInt64
    /// Why no bootstrap ran (a sample over the case limit), if it did not.
    public var skipped: String?
  }

  /// One question's change.
  public struct QuestionChange: Sendable, Hashable {
    public var id: String
    public var text: String
    public var criterion: String
    public var baseline: QuestionTally
    public var followUp: QuestionTally
    /// Follow-up minus baseline, in percentage points; `nil` unless defined in both.
    public var change: Double?
    /// Newcombe's 95% interval of the change, in points; `nil` unless defined in both.
    public var changeInterval: ClosedRange<Double>?
    /// Fisher's exact two-sided p-value; `nil` (no test) unless defined in both.
    public var pValue: Double?
    /// The p-value adjusted by Holm's method over the questions tested.
    public var holm: Double?
    /// The p-value adjusted by Benjamini and Hochberg's method over the questions tested.
    public var benjaminiHochberg: Double?
    /// The value the marker follows: the adjusted one by the comparison's method, or the raw.
    public var markerPValue: Double?
    /// Whether a test was run (the question is defined in both samples).
    public var tested: Bool { pValue != nil }
    /// Whether `markerPValue` < ``BaselineComparison/alpha``.
    public var significant: Bool { (markerPValue ?? 1) < BaselineComparison.alpha }
  }

  /// One item's change.
  public struct ItemChange: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: ItemKind
    public var baseline: Double?
    public var adjustedBaseline: Double?
    public var followUp: Double?
    public var adjustedFollowUp: Double?
    public var baselineBand: String?
    public var followUpBand: String?
    /// Adjusted follow-up minus adjusted baseline; `nil` unless both are defined.
    public var change: Double?
    /// The 95% bootstrap percentile interval of the change, if the bootstrap ran.
    public var interval: ClosedRange<Double>?
    /// Replicates in which the item was undefined on either side (left out of the interval).
    public var undefinedReplicates: Int
    /// The item's questions defined in both samples, of its questions, and the follow-up's
    /// cases behind them (0 when the cases were not kept).
    public var coverage: Coverage
    /// The baseline's cases behind the item's questions defined in both.
    public var baselineCases: Int
    /// Whether the coverage reaches the comparison's threshold; otherwise the item has no
    /// change to report.
    public var comparable: Bool
    /// Whether the item is comparable and its interval excludes 0.
    public var significant: Bool {
      guard comparable, let interval else { return false }
      return interval.lowerBound > 0 || interval.upperBound < 0
    }
  }

  /// The most bootstrap replicates (100,000): the bootstrap's time grows with replicates
  /// times cases (`docs/limits.md`).
  public static let maximumReplicates = 100_000

  /// Compares `baseline` with `followUp`, both scored under the same plan.
  ///
  /// - Precondition: both were gathered with the same framework (checked by fingerprint;
  ///   a mismatch throws, see ``ComparisonError``), and `replicates` is from 0 to
  ///   ``maximumReplicates`` (otherwise it throws too).
  public init(
    baseline: SampleEvidence, followUp: SampleEvidence, replicates: Int = 1_000,
    seed: UInt64 = 2005, adjustment: MultipleTesting.Method? = .holm,
    threshold: Int = Coverage.defaultThreshold
  ) throws(ComparisonError) {
    guard (0...Self.maximumReplicates).contains(replicates) else {
      throw ComparisonError(
        "\(replicates) bootstrap replicates were asked for; use 0 to \(Self.maximumReplicates)")
    }
    guard baseline.plan.fingerprint == followUp.plan.fingerprint else {
      throw ComparisonError(
        "the baseline was scored under \(baseline.plan.document.label) and the follow-up "
          + "under \(followUp.plan.document.label); compare samples of one framework, or "
          + "carry one across a crosswalk first")
    }
    let plan = baseline.plan
    let calculator = ScoreCalculator(plan: plan)
    let b = baseline.evaluation.summary
    let f = followUp.evaluation.summary
    let definedBoth = Set(
      plan.questions.indices.filter {
        b.questions[$0].relevant > 0 && f.questions[$0].relevant > 0
      })
    self.framework = baseline.evaluation.result.framework
    self.baseline = baseline.evaluation.result
    self.followUp = followUp.evaluation.result
    self.adjustedBaseline = calculator.result(from: b.restricted(to: definedBoth))
    self.adjustedFollowUp = calculator.result(from: f.restricted(to: definedBoth))
    self.droppedFromBaseline = plan.questions.indices
      .filter { b.questions[$0].relevant > 0 && !definedBoth.contains($0) }
      .map { plan.questions[$0].question.id }
    self.droppedFromFollowUp = plan.questions.indices
      .filter { f.questions[$0].relevant > 0 && !definedBoth.contains($0) }
      .map { plan.questions[$0].question.id }

    self.adjustment = adjustment
    self.threshold = threshold
    var questions = zip(
      baseline.evaluation.result.questions, followUp.evaluation.result.questions
    )
    .map { before, after in
      let defined = before.tally.relevant > 0 && after.tally.relevant > 0
      let interval = NewcombeInterval(
        first: (before.tally.sufficient, before.tally.relevant),
        second: (after.tally.sufficient, after.tally.relevant))
      return QuestionChange(
        id: before.id, text: before.text, criterion: before.criterion,
        baseline: before.tally, followUp: after.tally,
        change: defined ? (after.percent ?? 0) - (before.percent ?? 0) : nil,
        changeInterval: defined ? interval.map { ($0.lower * 100)...($0.upper * 100) } : nil,
        pValue: defined
          ? FisherExactTest.pValue(
            a: after.tally.sufficient, b: after.tally.insufficient,
            c: before.tally.sufficient, d: before.tally.insufficient) : nil)
    }
    // The family is the questions tested; untested ones get no adjusted value.
    let tested = questions.indices.filter { questions[$0].pValue != nil }
    let raw = tested.compactMap { questions[$0].pValue }
    let holm = MultipleTesting.holm(raw) ?? []
    let bh = MultipleTesting.benjaminiHochberg(raw) ?? []
    for (rank, index) in tested.enumerated() where rank < holm.count && rank < bh.count {
      questions[index].holm = holm[rank]
      questions[index].benjaminiHochberg = bh[rank]
    }
    for index in questions.indices {
      questions[index].markerPValue =
        switch adjustment {
        case .holm?: questions[index].holm
        case .benjaminiHochberg?: questions[index].benjaminiHochberg
        case nil: questions[index].pValue
        }
    }
    self.questions = questions

    // The bootstrap: every replicate resamples both samples' cases and re-scores them.
    var skipped: String?
    if baseline.cases == nil || followUp.cases == nil {
      skipped =
        "a sample has more than \(baseline.caseLimit) scored cases, so its cases were not "
        + "kept for resampling; intervals above questions are not computed"
    } else if replicates <= 0 {
      skipped = "no replicates were requested"
    }
    self.bootstrap = BootstrapSettings(replicates: replicates, seed: seed, skipped: skipped)
    let adjustedB = adjustedBaseline.items
    let adjustedF = adjustedFollowUp.items
    var draws = [[Double]](repeating: [], count: adjustedB.count)
    var undefined = [Int](repeating: 0, count: adjustedB.count)
    if skipped == nil, let before = baseline.cases, let after = followUp.cases {
      let resampleB = Bootstrap(caseCount: before.count, replicateCount: replicates, seed: seed)
      let resampleF = Bootstrap(
        caseCount: after.count, replicateCount: replicates, seed: seed &+ 1)
      for replicate in 0..<replicates {
        let itemsB = calculator.result(
          from: baseline.summary(
            weights: resampleB.counts(forReplicate: replicate), questions: definedBoth)
        ).items
        let itemsF = calculator.result(
          from: followUp.summary(
            weights: resampleF.counts(forReplicate: replicate), questions: definedBoth)
        ).items
        for index in adjustedB.indices {
          if let x = itemsB[index].value, let y = itemsF[index].value {
            draws[index].append(y - x)
          } else {
            undefined[index] += 1
          }
        }
      }
    }
    let full = Dictionary(
      zip(self.baseline.items, self.followUp.items).map { ($0.0.id, ($0.0, $0.1)) },
      uniquingKeysWith: { first, _ in first })
    let membership = ItemMembership(plan)
    func cases(_ evidence: SampleEvidence, _ positions: [Int]) -> Int {
      (evidence.cases ?? []).filter { effects in
        positions.contains {
          $0 < effects.count
            && (effects[$0] == CaseEffectsCode.sufficient
              || effects[$0] == CaseEffectsCode.insufficient)
        }
      }.count
    }
    self.items = adjustedB.indices.map { index in
      let before = adjustedB[index]
      let after = adjustedF[index]
      let change = before.value.flatMap { x in after.value.map { $0 - x } }
      let interval =
        change == nil || draws[index].isEmpty
        ? nil : Bootstrap.percentileInterval(draws[index]).map { $0.lower...$0.upper }
      let positions = membership.positions(before.kind, before.id)
      let inBoth = positions.filter(definedBoth.contains)
      let coverage = Coverage(
        questionsWithEvidence: inBoth.count, questions: positions.count,
        cases: cases(followUp, inBoth))
      return ItemChange(
        id: before.id, title: before.title, kind: before.kind,
        baseline: full[before.id]?.0.value, adjustedBaseline: before.value,
        followUp: full[before.id]?.1.value, adjustedFollowUp: after.value,
        baselineBand: before.band?.label, followUpBand: after.band?.label,
        change: change, interval: interval, undefinedReplicates: undefined[index],
        coverage: coverage, baselineCases: cases(baseline, inBoth),
        comparable: coverage.isComparable(threshold: threshold))
    }
  }
}
