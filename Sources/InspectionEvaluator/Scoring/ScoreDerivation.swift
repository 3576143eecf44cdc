import InspectionSchema
import InspectionSupport

/// How an item's score was derived, as data: the rule, the terms it combined with their
/// exact values, and the result. `InspectionReports` renders it in words for `--explain`;
/// the calculator builds no text.
///
/// ```swift
/// if case .individualSummary(let step) = item.derivation {
///   step.individual.terms.map(\.id)   // ["1.1.a", "1.1.b"]
///   step.value                        // 65
/// }
/// ```
public enum ScoreDerivation: Hashable, Sendable {
  /// The unweighted mean of the defined scores among `terms`.
  case mean(Mean)
  /// The weighted mean of the defined scores among `terms`, by their weights.
  case weightedMean(WeightedMean)
  /// Σ sufficient ÷ Σ relevant over the questions in `terms`.
  case pooled(Pooled)
  /// `individualShare` × the mean of the individual questions + `summaryShare` × the summary
  /// question, with the fallbacks when either is undefined.
  case individualSummary(IndividualSummary)
  /// The lowest score among the key questions.
  case lowestKeyQuestion(LowestKeyQuestion)
  /// The sum of the points of the items an overall rating sums.
  case sumOfPoints(SumOfPoints)

  /// What the terms of a mean or a pooled value are.
  public enum Scope: Hashable, Sendable {
    /// The individual (non-summary) questions of an 80/20 criterion.
    case individualQuestions
    /// The questions of a criterion.
    case questionsOfCriterion(String)
    /// The questions of a section (pooled).
    case questionsOfSection(String)
    /// The criteria of a section.
    case criteriaOfSection(String)
    /// The questions carrying a theme, in the sections a headline covers.
    case questionsWithTheme(String)
  }

  /// One score a rule combined: an id and its exact value (`nil` when undefined).
  public struct Term: Hashable, Sendable {
    /// The question's or item's id.
    public var id: String
    /// Its exact score, or `nil` when undefined (left out of the rule).
    public var value: Rational?
    /// Its weight, for a weighted mean.
    public var weight: Rational?

    /// Creates a term.
    public init(id: String, value: Rational?, weight: Rational? = nil) {
      self.id = id
      self.value = value
      self.weight = weight
    }
  }

  /// A mean of scores.
  public struct Mean: Hashable, Sendable {
    /// What the terms are.
    public var scope: Scope
    /// Every term, defined or not, in framework order.
    public var terms: [Term]
    /// The mean of the defined terms, or `nil` when none is defined.
    public var value: Rational?
    /// The defined terms' values, in order.
    public var defined: [Rational] { terms.compactMap(\.value) }
  }

  /// A weighted mean of scores.
  public struct WeightedMean: Hashable, Sendable {
    /// What the terms are.
    public var scope: Scope
    /// Every term with its weight, in framework order.
    public var terms: [Term]
    /// The weights of the defined terms, summed.
    public var totalWeight: Rational
    /// Σ value × weight ÷ Σ weight over the defined terms, or `nil` when no defined term
    /// carries weight.
    public var value: Rational?
  }

  /// One question's counts in a pooled value.
  public struct Counts: Hashable, Sendable {
    /// The question id.
    public var id: String
    /// Its sufficient cases.
    public var sufficient: Int
    /// Its relevant cases.
    public var relevant: Int
  }

  /// A value pooled over questions' counts.
  public struct Pooled: Hashable, Sendable {
    /// What the questions are.
    public var scope: Scope
    /// Each question's counts.
    public var terms: [Counts]
    /// Σ sufficient.
    public var sufficient: Int
    /// Σ relevant.
    public var relevant: Int
    /// Σ sufficient ÷ Σ relevant × 100, or `nil` when nothing is relevant.
    public var value: Rational?
  }

  /// An 80/20-style criterion.
  public struct IndividualSummary: Hashable, Sendable {
    /// The criterion.
    public var criterion: String
    /// The mean of the individual questions.
    public var individual: Mean
    /// The summary question, if the criterion has one.
    public var summary: Term?
    /// The individual questions' share (0.8).
    public var individualShare: Rational
    /// The summary question's share (0.2).
    public var summaryShare: Rational
    /// The criterion's value, or `nil` when nothing below it is defined.
    public var value: Rational?
  }

  /// A minimum-of-key-questions criterion.
  public struct LowestKeyQuestion: Hashable, Sendable {
    /// The criterion.
    public var criterion: String
    /// The key questions, defined or not.
    public var keys: [Term]
    /// The key question with the lowest defined score (the first of equals), or `nil`.
    public var lowest: String?
    /// Its score, or `nil` when no key question is defined.
    public var value: Rational?
  }

  /// Where an overall rating's item took its points from.
  public enum PointsSource: Hashable, Sendable {
    /// A recorded judgement, by its published label.
    case judgement(String)
    /// The item's computed band (an item without a judgement scale), by its label.
    case band(String)
    /// An override inspectors recorded for an overridable item (the band's label), in place
    /// of its computed band (`computed`, its label, or `nil` when the score is undefined).
    case override(String, computed: String?)
    /// The item has a judgement scale but no judgement was recorded, so the rating is
    /// undefined: its band (`band`, the computed or advisory band shown beside the judgement,
    /// if any) does not stand in for the judgement.
    case judgementMissing(band: String?)
    /// The item has no band (it is undefined, or banded without points) and no judgement.
    case none
  }

  /// One item of an overall rating.
  public struct PointsTerm: Hashable, Sendable {
    /// The item id.
    public var id: String
    /// Where its points come from.
    public var source: PointsSource
    /// Its points, or `nil` when it has none.
    public var points: Rational?
  }

  /// An overall rating's sum of points.
  public struct SumOfPoints: Hashable, Sendable {
    /// The rating.
    public var rating: String
    /// Each item summed, in declaration order.
    public var terms: [PointsTerm]
    /// The sum, or `nil` when any item has no points.
    public var value: Rational?
  }

  /// The value derived, or `nil` when undefined.
  public var value: Rational? {
    switch self {
    case .mean(let step): step.value
    case .weightedMean(let step): step.value
    case .pooled(let step): step.value
    case .individualSummary(let step): step.value
    case .lowestKeyQuestion(let step): step.value
    case .sumOfPoints(let step): step.value
    }
  }

  /// The ids of the scores the rule used: the terms it combined (for a minimum of key
  /// questions, only the key questions), whether defined or not. A small-sample mark (†)
  /// follows these.
  public var usedIDs: [String] {
    switch self {
    case .mean(let step): step.terms.map(\.id)
    case .weightedMean(let step): step.terms.map(\.id)
    case .pooled(let step): step.terms.map(\.id)
    case .individualSummary(let step):
      step.individual.terms.map(\.id) + (step.summary.map { [$0.id] } ?? [])
    case .lowestKeyQuestion(let step): step.keys.map(\.id)
    case .sumOfPoints(let step): step.terms.map(\.id)
    }
  }
}
