import InspectionEvaluator
import InspectionSchema

/// One sample scored under several frameworks: read under the first, carried to each of the
/// others across a chain of crosswalks, and scored by each framework's own rules.
///
/// Coverage says how much evidence each framework received: for every framework, how many
/// of its questions were answered for at least one case, and which source questions held
/// evidence that reached no question of it.
///
/// ```swift
/// var comparison = FrameworkComparison(source: omiPlan, targets: [(omi2Plan, [omiToOMI2])])
/// while let effects = … { comparison.add(effects) }
/// let columns = comparison.finish(sample: evidence)
/// ```
public struct FrameworkComparison: Sendable {
  /// One framework's column.
  public struct Column: Sendable {
    /// The framework's scores from the carried evidence.
    public var result: ScoreResult
    /// The crosswalks the evidence crossed to get here (empty for the source).
    public var path: [String]
    /// Questions of this framework with at least one carried answer.
    public var questionsAnswered: Int
    /// Questions of this framework.
    public var questionCount: Int
    /// Source question ids that held evidence but reach no question of this framework.
    public var unmappedEvidence: [String]
  }

  private let source: ScoringPlan
  private let targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])]
  private var tallies: [TallySummary]
  private var sourceAnswered: [Bool]

  /// Prepares to carry cases from `source` to each target along its chain of carriers.
  public init(source: ScoringPlan, targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])]) {
    self.source = source
    self.targets = targets
    self.tallies = targets.map { TallySummary(questionCount: $0.plan.questions.count) }
    self.sourceAnswered = Array(repeating: false, count: source.questions.count)
  }

  /// Adds one scored source case.
  public mutating func add(_ effects: [AnswerEffect?]) {
    for (index, effect) in effects.enumerated() where effect != nil && effect != .notRelevant {
      sourceAnswered[index] = true
    }
    for (column, target) in targets.enumerated() {
      var carried = effects
      for carrier in target.chain { carried = carrier.carry(carried) }
      tallies[column].cases += 1
      tallies[column].scored += 1
      for (index, effect) in carried.enumerated() {
        switch effect {
        case .sufficient?: tallies[column].questions[index].sufficient += 1
        case .insufficient?: tallies[column].questions[index].insufficient += 1
        case .notRelevant?: tallies[column].questions[index].notRelevant += 1
        case nil: tallies[column].questions[index].unanswered += 1
        }
      }
    }
  }

  /// The columns: the source's own scores first, then each target's.
  public func finish(sample: SampleEvidence) -> [Column] {
    let sourceResult = sample.evaluation.result
    let answeredSources = Set(sourceAnswered.indices.filter { sourceAnswered[$0] })
    var columns = [
      Column(
        result: sourceResult, path: [],
        questionsAnswered: sourceResult.questions.filter { $0.tally.relevant > 0 }.count,
        questionCount: source.questions.count, unmappedEvidence: [])
    ]
    for (index, target) in targets.enumerated() {
      var summary = tallies[index]
      summary.fingerprintState = sample.evaluation.summary.fingerprintState
      let result = ScoreCalculator(plan: target.plan).result(from: summary)
      // Source evidence reaches the target when every link of the chain carries it on.
      let unmapped = answeredSources.sorted().filter { start in
        var reached: Set<Int> = [start]
        for carrier in target.chain {
          reached = Set(
            carrier.sourceOf.indices.filter { carrier.sourceOf[$0].map(reached.contains) ?? false })
        }
        return reached.isEmpty
      }.map { source.questions[$0].question.id }
      columns.append(
        Column(
          result: result,
          path: target.chain.map { "\($0.crosswalk.from.label) → \($0.crosswalk.to.label)" },
          questionsAnswered: result.questions.filter { $0.tally.relevant > 0 }.count,
          questionCount: target.plan.questions.count, unmappedEvidence: unmapped))
    }
    return columns
  }
}
