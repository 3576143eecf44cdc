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
  /// The cases with each value of each declared case metadata column.
  public var metadata: [MetadataTally] = []
}
