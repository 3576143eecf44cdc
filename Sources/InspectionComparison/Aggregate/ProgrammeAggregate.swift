import InspectionEvaluator
import InspectionSchema

/// A programme of inspections under one framework, aggregated two ways.
///
/// - **Mean of inspections**: each item's score is the mean of the inspections' scores
///   (inspections where it is undefined are left out). Every inspection weighs the same,
///   whatever its size.
/// - **Pooled over cases**: the inspections' question counts are added and every score is
///   recomputed by the framework's rules, as if the programme were one sample. Larger
///   inspections weigh more. The 2013–14 annual report's IAOW set aggregates behave like
///   this, not like the mean (victims in the violent-offender set: 77% printed, 75.7 the mean
///   of the six trusts; HM Inspectorate of Probation, Annual Report 2013–14, paragraph 2.3).
///
/// ```swift
/// let aggregate = try ProgrammeAggregate(inspections: [("Kent", kent), ("London", london)])
/// aggregate.rows.first?.mean      // mean of the two inspection scores
/// aggregate.rows.first?.pooled    // the score of the two samples pooled
/// ```
public struct ProgrammeAggregate: Sendable {
  /// The framework every inspection was scored under.
  public let framework: FrameworkIdentity
  /// The inspections, by name, in the order given.
  public let inspections: [(name: String, result: ScoreResult)]
  /// The pooled result.
  public let pooled: ScoreResult
  /// One row per criterion, section, headline and overall rating.
  public let rows: [Row]

  /// One item across the programme.
  public struct Row: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: ItemKind
    /// Each inspection's score, in inspection order.
    public var values: [Double?]
    /// The mean of the defined inspection scores.
    public var mean: Double?
    /// The score of the pooled counts.
    public var pooled: Double?
    /// The pooled score's band, if the item has a grade scale.
    public var pooledBand: String?
    /// Pooled minus mean.
    public var difference: Double? { pooled.flatMap { p in mean.map { p - $0 } } }
  }

  /// Aggregates `inspections`, each a name with its tally summary, under `plan`.
  public init(plan: ScoringPlan, inspections: [(name: String, summary: TallySummary)])
    throws(ComparisonError)
  {
    guard !inspections.isEmpty else { throw ComparisonError("no inspections to aggregate") }
    let calculator = ScoreCalculator(plan: plan)
    var total = TallySummary(questionCount: plan.questions.count)
    for inspection in inspections {
      guard inspection.summary.questions.count == plan.questions.count else {
        throw ComparisonError(
          "inspection '\(inspection.name)' was not tallied under \(plan.document.label)")
      }
      total.cases += inspection.summary.cases
      total.scored += inspection.summary.scored
      for index in total.questions.indices {
        total.questions[index] = total.questions[index] + inspection.summary.questions[index]
      }
    }
    let results = inspections.map { (name: $0.name, result: calculator.result(from: $0.summary)) }
    let pooled = calculator.result(from: total)
    self.framework = pooled.framework
    self.inspections = results
    self.pooled = pooled
    self.rows = pooled.items.enumerated().map { index, item in
      let values = results.map { $0.result.items[index].value }
      let defined = values.compactMap { $0 }
      return Row(
        id: item.id, title: item.title, kind: item.kind, values: values,
        mean: defined.isEmpty ? nil : defined.reduce(0, +) / Double(defined.count),
        pooled: item.value, pooledBand: item.band?.label)
    }
  }
}
