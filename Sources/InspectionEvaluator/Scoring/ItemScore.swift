import InspectionSupport

/// What kind of item a score belongs to.
public enum ItemKind: String, Sendable, Codable {
  case criterion, section, headline, overall
}

/// A criterion, section, headline or overall rating: its score, band and judgement.
///
/// A section declared as a grouping only has ``isGrouping`` set and no score, band or
/// judgement; reports show its title alone, and ``ScoreResult/items`` leaves it out.
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
  /// The case-bootstrap interval of the score, when intervals were asked for
  /// (``ScoreIntervals``).
  public var interval: ScoreInterval? = nil
  /// The computed band, the override and its rationale, when the item is overridable.
  public var override: OverrideOutcome?
  /// Whether the item is a section declared as a grouping only: no score, band or judgement.
  public var isGrouping = false

  /// The band that counts: the override when one is recorded, the computed band otherwise.
  public var rating: BandOutcome? { override?.band ?? band }
}
