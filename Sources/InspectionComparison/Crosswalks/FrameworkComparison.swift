import InspectionEvaluator
import InspectionSchema

/// One sample scored under several frameworks: read under the first, carried to each of the
/// others across a chain of crosswalks, and scored by each framework's own rules.
///
/// Coverage says how much evidence each framework received: for every framework, how many
/// of its questions were answered for at least one case, which source questions held
/// evidence that reached no question of it, and for every criterion, section, headline and
/// overall rating its ``Coverage`` (questions with evidence, out of its questions, and the
/// cases behind them). Below the threshold a score is not comparable.
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
    /// The crosswalk documents the evidence crossed, in order (empty for the source).
    public var crosswalks: [CrosswalkDocument] = []
    /// Questions of this framework with at least one carried answer.
    public var questionsAnswered: Int
    /// Questions of this framework.
    public var questionCount: Int
    /// Source question ids that held evidence but reach no question of this framework.
    public var unmappedEvidence: [String]
    /// The coverage of each item, by ``ItemMembership/key(_:_:)``.
    public var coverage: [String: Coverage] = [:]
    /// The share of an item's questions, in percent, with evidence for its score to count.
    public var threshold: Int = Coverage.defaultThreshold

    /// The coverage of `item`.
    public func coverage(of item: ItemScore) -> Coverage {
      coverage[ItemMembership.key(item.kind, item.id)]
        ?? Coverage(questionsWithEvidence: 0, questions: 0, cases: 0)
    }

    /// Whether `item`'s score may be compared: its coverage reaches the threshold.
    public func isComparable(_ item: ItemScore) -> Bool {
      coverage(of: item).isComparable(threshold: threshold)
    }
  }

  private let source: ScoringPlan
  private let targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])]
  private let threshold: Int
  private var tallies: [TallySummary]
  private var sourceAnswered: [Bool]
  /// For the source and each target, the items and their question positions.
  private let members: [[(key: String, positions: [Int])]]
  /// For the source and each target, the cases behind each item, in `members` order.
  private var itemCases: [[Int]]

  /// Prepares to carry cases from `source` to each target along its chain of carriers;
  /// `threshold` is the coverage, in percent, below which a score is not comparable.
  public init(
    source: ScoringPlan, targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])],
    threshold: Int = Coverage.defaultThreshold
  ) {
    self.source = source
    self.targets = targets
    self.threshold = threshold
    self.tallies = targets.map { TallySummary(questionCount: $0.plan.questions.count) }
    self.sourceAnswered = Array(repeating: false, count: source.questions.count)
    let members = ([source] + targets.map(\.plan)).map(Self.items)
    self.members = members
    self.itemCases = members.map { [Int](repeating: 0, count: $0.count) }
  }

  private static func items(_ plan: ScoringPlan) -> [(key: String, positions: [Int])] {
    let membership = ItemMembership(plan)
    let document = plan.document
    let keys =
      document.allCriteria.map { (ItemKind.criterion, $0.id) }
      + document.sections.map { (ItemKind.section, $0.id) }
      + document.headlines.map { (ItemKind.headline, $0.id) }
      + document.overall.map { (ItemKind.overall, $0.id) }
    return keys.map { kind, id in
      (ItemMembership.key(kind, id), membership.positions(kind, id))
    }
  }

  /// Adds one scored source case.
  public mutating func add(_ effects: [AnswerEffect?]) {
    for (index, effect) in effects.enumerated() where effect.countsForScore {
      sourceAnswered[index] = true
    }
    count(effects, column: 0)
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
      count(carried, column: column + 1)
    }
  }

  /// Counts the case for every item of `column` it counts for.
  private mutating func count(_ effects: [AnswerEffect?], column: Int) {
    for (index, item) in members[column].enumerated()
    where item.positions.contains(where: { $0 < effects.count && effects[$0].countsForScore }) {
      itemCases[column][index] += 1
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
        questionCount: source.questions.count, unmappedEvidence: [],
        coverage: coverage(column: 0, sourceResult), threshold: threshold)
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
          crosswalks: target.chain.map(\.crosswalk),
          questionsAnswered: result.questions.filter { $0.tally.relevant > 0 }.count,
          questionCount: target.plan.questions.count, unmappedEvidence: unmapped,
          coverage: coverage(column: index + 1, result), threshold: threshold))
    }
    return columns
  }

  private func coverage(column: Int, _ result: ScoreResult) -> [String: Coverage] {
    var coverage: [String: Coverage] = [:]
    for (index, item) in members[column].enumerated() {
      let answered = item.positions.filter {
        $0 < result.questions.count && result.questions[$0].tally.relevant > 0
      }.count
      coverage[item.key] = Coverage(
        questionsWithEvidence: answered, questions: item.positions.count,
        cases: itemCases[column][index])
    }
    return coverage
  }
}

extension Optional where Wrapped == AnswerEffect {
  /// Whether the effect puts the case in a question's denominator (sufficient or
  /// insufficient).
  var countsForScore: Bool { self == .sufficient || self == .insufficient }
}
