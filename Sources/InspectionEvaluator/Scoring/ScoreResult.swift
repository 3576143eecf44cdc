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
  /// The scores of each group of each breakdown asked for (`--by`), in the order asked.
  public var breakdowns: [BreakdownScore] = []
  /// Decimals the framework displays percentages with.
  public var displayDecimals: Int
  /// The fewest relevant cases a score may rest on without a small-sample mark.
  public var minimumRelevantCases: Int
  /// Which items are placeholders of ours and which bands rest on an inferred rule, for reports
  /// to mark (empty unless the framework records provenance).
  public var provenanceMarks = ProvenanceMarks()

  /// Every scored item in one list: criteria, sections (groupings left out: they have no
  /// score), headlines, overall ratings.
  public var items: [ItemScore] {
    criteria + sections.filter { !$0.isGrouping } + headlines + overall
  }

  /// Every override recorded or open, in framework order.
  public var overrides: [OverrideOutcome] { items.compactMap(\.override) }

  /// Every judgement recorded or missing, in framework order.
  public var judgements: [JudgementOutcome] { items.compactMap(\.judgement) }
}
