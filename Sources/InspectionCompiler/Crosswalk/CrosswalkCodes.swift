import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Crosswalks (IK070x).
  public static let crosswalkUnknownSource = DiagnosticCode(
    "IK0701", "unknown source question",
    "A crosswalk maps a question the source framework does not declare. Check the id against "
      + "'inspect show <framework>'.")
  public static let crosswalkUnknownTarget = DiagnosticCode(
    "IK0702", "unknown target question",
    "A crosswalk maps to a question the target framework does not declare.")
  public static let crosswalkDuplicate = DiagnosticCode(
    "IK0703", "duplicate mapping",
    "The same source question is mapped to the same target twice, or is .equal to two "
      + "questions (or two questions are .equal to one). Keep one mapping; the note points at "
      + "the first.")
  public static let crosswalkMalformed = DiagnosticCode(
    "IK0704", "malformed mapping",
    "A mapping without a target must have relation .none, and a .none mapping names no target.")
  public static let crosswalkFrameworkMismatch = DiagnosticCode(
    "IK0705", "crosswalk framework mismatch",
    "The crosswalk names a framework (id or version) other than the one it was compiled "
      + "against; compile it against the framework it names.")
  public static let crosswalkEmpty = DiagnosticCode(
    "IK0706", "empty crosswalk", "A crosswalk with no mappings carries nothing.")

  /// Every code the crosswalk compiler reports, in code order.
  public static let crosswalkCodes: [DiagnosticCode] = [
    .crosswalkUnknownSource, .crosswalkUnknownTarget, .crosswalkDuplicate, .crosswalkMalformed,
    .crosswalkFrameworkMismatch, .crosswalkEmpty,
  ]
}
