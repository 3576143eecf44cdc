import InspectionSchema
import InspectionStatistics
import InspectionSupport

/// The scores of one sample under one framework, with everything needed to trust them.
///
/// Percentages are unrounded (0–100) and `nil` when undefined; reports round them with the
/// framework's display rule. Every input case is either counted in ``sample`` as scored or
/// listed in ``SampleSummary/excluded`` with its reason.
public struct ScoreResult: Sendable {
  /// Which framework scored the sample.
  public var framework: FrameworkIdentity
  /// Which cases were scored.
  public var sample: SampleSummary
  /// Every question's counts and score, in framework order.
  public var questions: [QuestionScore]
  /// Every criterion's score, band and judgement, in framework order.
  public var criteria: [ItemScore]
  /// Every section's score, band and judgement.
  public var sections: [ItemScore]
  /// Every headline's score, band and judgement.
  public var headlines: [ItemScore]
  /// Every overall rating.
  public var overall: [ItemScore]
  /// Warnings: small samples, ignored answers, missing judgements.
  public var warnings: [Diagnostic]
  /// Decimals the framework displays percentages with.
  public var displayDecimals: Int
  /// The fewest relevant cases a score may rest on without a small-sample mark.
  public var minimumRelevantCases: Int

  /// Every item in one list: criteria, sections, headlines, overall ratings.
  public var items: [ItemScore] { criteria + sections + headlines + overall }

  /// Every judgement recorded or missing, in framework order.
  public var judgements: [JudgementOutcome] { items.compactMap(\.judgement) }
}

/// A framework's identity in a result: id, version, title and fingerprint.
public struct FrameworkIdentity: Hashable, Sendable, Codable {
  public var id: String
  public var version: String
  public var title: String
  public var fingerprint: String

  /// Creates an identity.
  public init(id: String, version: String, title: String, fingerprint: String) {
    self.id = id
    self.version = version
    self.title = title
    self.fingerprint = fingerprint
  }
}

/// Which cases a result covers.
public struct SampleSummary: Sendable {
  /// The sample fingerprint (`sha256:…`), independent of case order and file layout.
  public var fingerprint: String
  /// Cases in the sample.
  public var cases: Int
  /// Cases scored.
  public var scored: Int
  /// Cases left out, with reasons, by case id.
  public var excluded: [ExcludedCase]
  /// Relevant questions left unanswered under `--allow-incomplete`, by case then question.
  public var incomplete: [IncompleteAnswer]
}

/// One question's counts and score.
public struct QuestionScore: Sendable {
  /// The question id.
  public var id: String
  /// The question text.
  public var text: String
  /// Its criterion's id.
  public var criterion: String
  /// The counts.
  public var tally: QuestionTally
  /// Sufficient ÷ relevant × 100, exactly, or `nil` when nothing is relevant.
  public var exactPercent: Rational? { tally.exactPercent }
  /// ``exactPercent`` as the nearest `Double`.
  public var percent: Double? { tally.percent }
  /// The 95% Wilson interval, in percent, or `nil` when nothing is relevant.
  public var interval: (lower: Double, upper: Double)? {
    WilsonInterval(successes: tally.sufficient, trials: tally.relevant).map {
      ($0.lower * 100, $0.upper * 100)
    }
  }
  /// Whether the score rests on fewer relevant cases than the framework's minimum.
  public var smallSample: Bool
}

/// What kind of item a score belongs to.
public enum ItemKind: String, Sendable, Codable {
  case criterion, section, headline, overall
}

/// A criterion, section, headline or overall rating: its score, band and judgement.
public struct ItemScore: Sendable {
  /// The item id.
  public var id: String
  /// The item title.
  public var title: String
  /// What kind of item it is.
  public var kind: ItemKind
  /// The enclosing item: a criterion's section.
  public var parent: String?
  /// The exact score (percent, or points for overall ratings), or `nil` when undefined.
  public var exact: Rational?
  /// ``exact`` as the nearest `Double`, or `nil` when undefined.
  public var value: Double? { exact?.doubleValue }
  /// The band the value falls in, if the item has a grade scale and a value.
  public var band: BandOutcome?
  /// The judgement, if the item has a judgement scale.
  public var judgement: JudgementOutcome?
  /// Whether the score rests on a small sample somewhere below it: a question the item's rule
  /// used (``ScoreDerivation/usedIDs``, so for a minimum of key questions only the key
  /// questions) has fewer relevant cases than the framework's minimum.
  public var smallSample: Bool
  /// How the value was derived: the rule, its terms and their values.
  public var derivation: ScoreDerivation
  /// How the band was assigned, when the item has one.
  public var banding: BandDerivation?
}

/// A band assigned to a value.
public struct BandOutcome: Hashable, Sendable, Codable {
  /// The grade scale's id.
  public var scale: String
  /// The band's id.
  public var id: String
  /// The band's label.
  public var label: String
  /// The band's points, if any.
  public var points: Double?
  /// The band's points as the exact decimal declared, if any.
  public var exactPoints: Rational? { points.flatMap { Rational(decimal: $0) } }
}

/// A judgement recorded (or missing) for an item, beside its advisory band.
public struct JudgementOutcome: Hashable, Sendable, Codable {
  /// The judged item's id.
  public var item: String
  /// The judgement scale's id.
  public var scale: String
  /// The label's id, or `nil` when no judgement was recorded.
  public var label: String?
  /// The label as published.
  public var labelText: String?
  /// Why the inspectors judged so.
  public var rationale: String?
  /// The label's points, if any.
  public var points: Double?
  /// The label's points as the exact decimal declared, if any.
  public var exactPoints: Rational? { points.flatMap { Rational(decimal: $0) } }
  /// The computed band from the scale's advisory grade scale, if any.
  public var advisory: BandOutcome?
}
