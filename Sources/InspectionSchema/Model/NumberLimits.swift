/// The limits on the numbers a framework document may declare, checked when it is compiled or
/// loaded (code IK0148), so that no score, weighted mean or sum of points computed from them
/// can overflow, lose exactness or trap, whatever the document says.
///
/// The limits are far beyond any published framework (weights of 1 to 3, points of 0 to 3,
/// percentages): they exist to refuse a document that is broken or hostile (`1e308`), with an
/// error that names the limit. `docs/limits.md` lists them with every other limit.
///
/// ```swift
/// NumberLimits.weight   // 1,000,000
/// ```
public enum NumberLimits {
  /// The largest weight of a question, criterion or section (weights are also 0 or more).
  public static let weight: Double = 1_000_000
  /// The largest magnitude of the points of a band or a judgement label.
  public static let points: Double = 1_000_000
  /// The largest magnitude of a grade scale's range (and so of its bounds).
  public static let range: Double = 1_000_000_000
  /// The largest small-sample minimum (``FrameworkDocument/Presentation/minimumRelevantCases``).
  public static let minimumRelevantCases = 1_000_000
}
