import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Published figures (IK072x).
  public static let unreadablePublished = DiagnosticCode(
    "IK0721", "unreadable published figures",
    "The published-figures file is not well-formed JSON or cannot be read. Fix it at the "
      + "position given.")
  public static let invalidPublishedShape = DiagnosticCode(
    "IK0722", "invalid published figures",
    "A field the reader uses has the wrong type or is missing (Examples/Published/README.md); "
      + "other fields are ignored.")
  public static let unsupportedPublishedVersion = DiagnosticCode(
    "IK0723", "unsupported published-figures version",
    "The published-figures file's schemaVersion is missing or not 1.")
  public static let publishedFrameworkMismatch = DiagnosticCode(
    "IK0724", "published under another framework",
    "The figures were published under another framework id than the one given; reconcile "
      + "them with the framework the file names. A different version of the same framework is "
      + "a warning.")

  public static let publishedFigureOutOfRange = DiagnosticCode(
    "IK0725", "published figure out of range",
    "A percentage is not a finite number from 0 to 100, or a count, numerator, denominator or "
      + "line number is negative or beyond its limit (docs/limits.md). Correct the figure.")

  // Comparisons (IK073x).
  public static let frameworksNotJoined = DiagnosticCode(
    "IK0731", "no crosswalk joins the frameworks",
    "Samples or frameworks of different versions are compared only across a crosswalk; "
      + "declare one in Frameworks/Crosswalks/ or compare under one framework.")
  public static let bootstrapSkipped = DiagnosticCode(
    "IK0732", "bootstrap not run",
    "A sample has more scored cases than the bootstrap keeps (--bootstrap-limit); question "
      + "tests are still exact, but items above questions get no interval.")

  /// Every code the comparison commands report, in code order.
  public static let comparisonCodes: [DiagnosticCode] = [
    .unreadablePublished, .invalidPublishedShape, .unsupportedPublishedVersion,
    .publishedFrameworkMismatch, .publishedFigureOutOfRange, .frameworksNotJoined,
    .bootstrapSkipped,
  ]
}
