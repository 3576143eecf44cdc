import InspectionSupport

extension DiagnosticCode {
  // Partial results (IK05xx).
  public static let unreadablePartial = DiagnosticCode(
    "IK0501", "unreadable partial result",
    "The partial result is not well-formed JSON, is too large, or cannot be read. Fix it at the "
      + "position given, or score the part again with --partial.")
  public static let unsupportedPartial = DiagnosticCode(
    "IK0502", "not a partial result this InspectionKit reads",
    "The file's kind is not 'partial', or its format version is not 2: it is another kind of "
      + "file, or was written by another version of InspectionKit. Score the part again with "
      + "this version's --partial.")
  public static let partialIntegrity = DiagnosticCode(
    "IK0503", "partial result altered",
    "The partial result's content does not match its integrity digest: it was edited or damaged "
      + "after it was written. Score the part again with --partial.")
  public static let invalidPartial = DiagnosticCode(
    "IK0504", "inconsistent partial result",
    "A field of the partial result has the wrong type or is unknown, or its counts cannot all "
      + "be true together (a negative count, question counts that do not add up to the cases "
      + "scored, case ids not sorted and unique, exclusions that do not match the counts). "
      + "Score the part again with --partial.")
  public static let partialFrameworkMismatch = DiagnosticCode(
    "IK0505", "partial results of different frameworks",
    "Partial results were scored under different frameworks or versions (their framework "
      + "fingerprints differ), or not under the framework given. Merge partials of one "
      + "framework version.")
  public static let overlappingPartials = DiagnosticCode(
    "IK0506", "overlapping partial results",
    "Two partial results count the same case: each case may be counted once. A merged partial "
      + "already holds its inputs; merge it only with partials of other cases.")

  /// Every code of partial results, in code order.
  public static let partialResultCodes: [DiagnosticCode] = [
    .unreadablePartial, .unsupportedPartial, .partialIntegrity, .invalidPartial,
    .partialFrameworkMismatch, .overlappingPartials,
  ]
}
