import InspectionSupport

/// The outcome of scoring a sample: the result, the counts behind it, and any errors.
public struct Evaluation: Sendable {
  /// The scores (meaningful only when not ``failed``).
  public var result: ScoreResult
  /// The counts the scores come from (what `--partial` writes).
  public let summary: TallySummary
  /// Errors in the sample or judgements; any error fails the run.
  public let errors: [Diagnostic]

  /// Every error found, including those beyond the per-code limit that are only counted.
  public var errorCount: Int { errors.count + summary.suppressedErrors }

  /// Whether the sample or judgements had errors.
  public var failed: Bool { !errors.isEmpty || summary.invalidCases > 0 }
}
