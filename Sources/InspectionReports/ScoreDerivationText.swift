import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// A score's derivation in words: the lines `--explain` prints under an item, from the
/// ``ScoreDerivation`` and ``BandDerivation`` the calculator recorded as data.
///
/// Percentages are written with two decimals (rounded half away from zero from the exact
/// value), weights, shares and points as plain decimals.
///
/// ```swift
/// ScoreDerivationText.lines(item, displayDecimals: 0)
/// // ["mean of individual questions: 1.1.a 75.00%, 1.1.b 50.00%",
/// //  "= (75.00% + 50.00%) ÷ 2 = 62.50%", "summary question: 1.1.s 75.00%",
/// //  "1.1 = 0.8 × 62.50% + 0.2 × 75.00% = 65.00%",
/// //  "band on raw value 65.00% → 'Priority for improvement' (conclusion)"]
/// ```
public enum ScoreDerivationText {
  /// The derivation of `item`, then how it was banded, one line each.
  public static func lines(_ item: ItemScore, displayDecimals: Int) -> [String] {
    var lines = lines(item.derivation)
    if let banding = item.banding { lines.append(line(banding, displayDecimals: displayDecimals)) }
    return lines
  }

  /// The rule's lines.
  public static func lines(_ derivation: ScoreDerivation) -> [String] {
    switch derivation {
    case .mean(let step): return lines(step)
    case .weightedMean(let step): return lines(step)
    case .pooled(let step): return lines(step)
    case .individualSummary(let step): return lines(step)
    case .lowestKeyQuestion(let step): return lines(step)
    case .sumOfPoints(let step): return lines(step)
    }
  }

  /// `band on raw value 65.00% → 'Priority for improvement' (conclusion)`.
  public static func line(_ banding: BandDerivation, displayDecimals: Int) -> String {
    let shown =
      banding.basis == .displayed
      ? DisplayRounding.format(banding.banded, decimals: displayDecimals)
      : banding.isPoints ? DisplayRounding.plain(banding.banded) : percent(banding.banded)
    let basis = banding.basis == .displayed ? "displayed" : "raw"
    return "band on \(basis) value \(shown) → '\(banding.label)' (\(banding.scale))"
  }

  // MARK: Rules

  private static func lines(_ step: ScoreDerivation.Mean) -> [String] {
    let head = "mean of \(scope(step.scope)): " + terms(step.terms)
    guard let value = step.value else { return [head, "undefined: nothing below it is defined"] }
    let defined = step.defined
    return [
      head,
      "= (" + defined.map(percent).joined(separator: " + ") + ") ÷ \(defined.count) = "
        + percent(value),
    ]
  }

  private static func lines(_ step: ScoreDerivation.WeightedMean) -> [String] {
    let head =
      "weighted mean of \(scope(step.scope)): "
      + step.terms.map { "\($0.id) \(percent($0.value)) × \(plain($0.weight))" }
      .joined(separator: ", ")
    guard let value = step.value else {
      return [head, "undefined: no defined score carries weight"]
    }
    let defined = step.terms.compactMap { term in
      term.value.map { (value: $0, weight: term.weight) }
    }
    return [
      head,
      "= (" + defined.map { "\(percent($0.value)) × \(plain($0.weight))" }.joined(separator: " + ")
        + ") ÷ \(DisplayRounding.plain(step.totalWeight)) = " + percent(value),
    ]
  }

  private static func lines(_ step: ScoreDerivation.Pooled) -> [String] {
    let head =
      "pooled over \(scope(step.scope)): "
      + step.terms.map { "\($0.id) \($0.sufficient)/\($0.relevant)" }.joined(separator: ", ")
    guard let value = step.value else {
      return [
        head,
        step.relevant == 0
          ? "undefined: no relevant case" : "undefined: the counts are too large to add up",
      ]
    }
    return [head, "= \(step.sufficient) ÷ \(step.relevant) = " + percent(value)]
  }

  private static func lines(_ step: ScoreDerivation.IndividualSummary) -> [String] {
    var lines = lines(step.individual)
    lines.append(
      "summary question: " + (step.summary.map { "\($0.id) \(percent($0.value))" } ?? "none"))
    let id = step.criterion
    switch (step.individual.value, step.summary?.value, step.value) {
    case (let i?, let s?, let value?):
      lines.append(
        "\(id) = \(DisplayRounding.plain(step.individualShare)) × \(percent(i)) + "
          + "\(DisplayRounding.plain(step.summaryShare)) × \(percent(s)) = \(percent(value))")
    case (let i?, nil, _):
      lines.append("\(id) = mean of individual questions = \(percent(i)) (summary undefined)")
    case (nil, let s?, _):
      lines.append("\(id) = summary = \(percent(s)) (every individual question undefined)")
    default:
      lines.append("\(id) is undefined: no question has a relevant case")
    }
    return lines
  }

  private static func lines(_ step: ScoreDerivation.LowestKeyQuestion) -> [String] {
    let head = "key questions: " + terms(step.keys)
    guard let value = step.value, let lowest = step.lowest else {
      return [head, "\(step.criterion) is undefined: no key question has a relevant case"]
    }
    return [head, "\(step.criterion) = lowest key question (\(lowest)) = \(percent(value))"]
  }

  private static func lines(_ step: ScoreDerivation.SumOfPoints) -> [String] {
    var lines = [
      "\(step.rating) = sum of the points of " + step.terms.map(\.id).joined(separator: ", ")
    ]
    for term in step.terms {
      switch (term.source, term.points) {
      case (.judgement(let label), let points?):
        lines.append("  \(term.id): judgement '\(label)' → \(pointsText(points))")
      case (.band(let label), let points?):
        lines.append("  \(term.id): band '\(label)' → \(pointsText(points))")
      case (.override(let label, let computed), let points?):
        let instead = computed.map { " (computed band '\($0)')" } ?? " (no computed band)"
        lines.append("  \(term.id): override '\(label)'\(instead) → \(pointsText(points))")
      case (.judgementMissing(let band), _):
        let standIn = band.map { " (its band '\($0)' does not stand in for one)" } ?? ""
        lines.append(
          "  \(term.id): no judgement recorded\(standIn) → the rating is undefined")
      default:
        lines.append("  \(term.id): no band or judgement with points → the rating is undefined")
      }
    }
    lines.append("  = " + (step.value.map(DisplayRounding.plain) ?? "undefined"))
    return lines
  }

  // MARK: Words

  private static func scope(_ scope: ScoreDerivation.Scope) -> String {
    switch scope {
    case .individualQuestions: "individual questions"
    case .questionsOfCriterion(let id): "questions of criterion \(id)"
    case .questionsOfSection(let id): "questions of section \(id)"
    case .criteriaOfSection(let id): "criteria of section \(id)"
    case .questionsWithTheme(let theme): "questions carrying theme '\(theme)'"
    }
  }

  private static func terms(_ terms: [ScoreDerivation.Term]) -> String {
    terms.map { "\($0.id) \(percent($0.value))" }.joined(separator: ", ")
  }

  /// `65.83%`, or `undefined`.
  static func percent(_ value: Rational?) -> String {
    value.map { DisplayRounding.format($0, decimals: 2) + "%" } ?? "undefined"
  }

  private static func plain(_ value: Rational?) -> String {
    value.map(DisplayRounding.plain) ?? "1"
  }

  /// `2 points`, `1 point`.
  private static func pointsText(_ value: Rational) -> String {
    DisplayRounding.plain(value) + (value == .one ? " point" : " points")
  }
}
