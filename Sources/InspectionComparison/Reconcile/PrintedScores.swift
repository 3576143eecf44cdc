import InspectionEvaluator
import InspectionSchema

/// A framework's own rules applied to printed figures instead of counted cases.
///
/// Each printed figure stands for a question's (or, for sections, a criterion's) result: its
/// lowest and highest allowed shares become two tallies of that share, and the evaluator's
/// ``ScoreCalculator`` scores both — the same code that scores samples, so the rules are written
/// once. Every rule but pooling (which needs counts of cases) is monotone in each input, so the
/// lowest inputs give the lowest score and the highest the highest: the two results bound what
/// the rule gives from the figures. Applicability plays no part: a printed percentage is
/// already a share of the relevant cases.
///
/// A second pair of results widens each printed whole percentage by its rounding (63 stands
/// for anything from 62.5 to 63.5), to tell a divergence that rounding could explain from one
/// it cannot.
struct PrintedScores {
  /// The scores from the lowest, highest, lowest unrounded and highest unrounded inputs.
  let low: ScoreResult
  let high: ScoreResult
  let unroundedLow: ScoreResult
  let unroundedHigh: ScoreResult
  /// Which inputs have an open lower or upper end ("less than half"), by id.
  let openLow: Set<String>
  let openHigh: Set<String>

  /// Scores `plan` from `inputs`, the figure bounds of some of its questions by id (and their
  /// unrounded bounds); questions without an input are undefined.
  init(
    plan: ScoringPlan, inputs: [String: (bounds: PublishedBounds, unrounded: PublishedBounds)]
  ) {
    func result(_ pick: (PublishedBounds, PublishedBounds) -> PublishedShare) -> ScoreResult {
      var summary = TallySummary(questionCount: plan.questions.count)
      for planned in plan.questions {
        guard let input = inputs[planned.question.id] else { continue }
        let share = pick(input.bounds, input.unrounded)
        summary.questions[planned.position] = QuestionTally(
          sufficient: share.numerator, insufficient: share.denominator - share.numerator)
      }
      return ScoreCalculator(plan: plan).result(from: summary)
    }
    low = result { bounds, _ in bounds.lower }
    high = result { bounds, _ in bounds.upper }
    unroundedLow = result { _, unrounded in unrounded.lower }
    unroundedHigh = result { _, unrounded in unrounded.upper }
    openLow = Set(inputs.filter { $0.value.bounds.lowerOpen }.map(\.key))
    openHigh = Set(inputs.filter { $0.value.bounds.upperOpen }.map(\.key))
  }

  /// What the rule gives for item `id` of `kind`, from inputs `members`: the range between the
  /// lowest and highest scores (an end is open when an input's end is), and the same range
  /// from unrounded inputs. `nil` when the rule leaves it undefined.
  func range(_ kind: ItemKind, _ id: String, members: [String])
    -> (expected: PercentRange, unrounded: PercentRange)?
  {
    func value(_ result: ScoreResult) -> Double? {
      result.items.first { $0.kind == kind && $0.id == id }?.value
    }
    guard let lower = value(low), let upper = value(high),
      let unroundedLower = value(unroundedLow), let unroundedUpper = value(unroundedHigh)
    else { return nil }
    let expected = PercentRange(
      lower, upper, lowerOpen: members.contains { openLow.contains($0) },
      upperOpen: members.contains { openHigh.contains($0) })
    return (expected, PercentRange(unroundedLower, unroundedUpper))
  }

  /// A document whose criteria each hold one question standing for the criterion's printed
  /// figure, under the same section rules and weights: scoring it applies each section's rule
  /// to printed criterion figures. Criteria without questions are left out, as the evaluator
  /// leaves them out of section scores.
  static func criterionFigureDocument(_ document: FrameworkDocument) -> FrameworkDocument {
    let sections = document.sections.map { section in
      FrameworkDocument.Section(
        id: section.id, title: section.title, rule: section.rule, weight: section.weight,
        criteria: section.criteria.filter { !$0.questions.isEmpty }.map { criterion in
          FrameworkDocument.Criterion(
            id: criterion.id, title: criterion.title, rule: .meanOfQuestions,
            weight: criterion.weight,
            questions: [FrameworkDocument.Question(id: criterion.id, text: criterion.title)])
        })
    }
    return FrameworkDocument(
      id: document.id, version: document.version, title: document.title, scales: [.yesNo],
      sections: sections, presentation: document.presentation)
  }
}
