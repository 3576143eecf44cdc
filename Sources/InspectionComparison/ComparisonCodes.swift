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
    "A field is unknown, missing or of the wrong type, or a figure is malformed: out of range, "
      + "both exact and a bound, a bound or approximate value without the report's words, a "
      + "citation of another source (docs/published-files.md). Fix it at the position given.")
  public static let unsupportedPublishedVersion = DiagnosticCode(
    "IK0723", "unsupported published-figures version",
    "The published-figures file's schemaVersion is missing or not 2; a version 1 file is "
      + "upgraded as docs/published-files.md describes.")
  public static let publishedFrameworkMismatch = DiagnosticCode(
    "IK0724", "published under another framework",
    "The figures were published under another framework id than the one given; reconcile "
      + "them with the framework the file names. A different version of the same framework is "
      + "a warning.")

  // Comparisons (IK073x).
  public static let frameworksNotJoined = DiagnosticCode(
    "IK0731", "no crosswalk joins the frameworks",
    "Samples or frameworks of different versions are compared only across a crosswalk; "
      + "declare one in Frameworks/Crosswalks/ or compare under one framework.")
  public static let bootstrapSkipped = DiagnosticCode(
    "IK0732", "bootstrap not run",
    "A sample has more scored cases than the bootstrap keeps (--bootstrap-limit); question "
      + "tests are still exact, but items above questions get no interval.")

  public static let sameSample = DiagnosticCode(
    "IK0733", "the same sample twice",
    "Two inputs have the same sample fingerprint: the same cases, whatever the file names, "
      + "order or format. An aggregate would count them twice and a baseline would be compared "
      + "with itself; check the inputs.")
  public static let notComparable = DiagnosticCode(
    "IK0734", "not comparable",
    "A score rests on fewer of its item's questions than --min-coverage (50% by default), so it "
      + "is printed as 'not comparable (n of m)' with no score or band. Map more questions, or "
      + "lower the threshold knowingly.")

  /// Every code the comparison commands report, in code order.
  public static let comparisonCodes: [DiagnosticCode] = [
    .unreadablePublished, .invalidPublishedShape, .unsupportedPublishedVersion,
    .publishedFrameworkMismatch, .frameworksNotJoined, .bootstrapSkipped, .sameSample,
    .notComparable,
  ]
}
