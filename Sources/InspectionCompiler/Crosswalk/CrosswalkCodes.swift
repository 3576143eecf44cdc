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
      + "questions (or two questions are .equal to one), by entries or by concepts both measure "
      + "exactly. Keep one mapping (a Veto removes a derived one); the note points at the first.")
  public static let crosswalkMalformed = DiagnosticCode(
    "IK0704", "malformed mapping",
    "A mapping without a target must have relation .none, and a .none mapping names no target.")
  public static let crosswalkFrameworkMismatch = DiagnosticCode(
    "IK0705", "crosswalk framework mismatch",
    "The crosswalk names a framework (id or version) other than the one it was compiled "
      + "against; compile it against the framework it names.")
  public static let crosswalkEmpty = DiagnosticCode(
    "IK0706", "empty crosswalk",
    "A crosswalk with no mappings, and no concepts shared by its frameworks, carries nothing.")
  public static let crosswalkWithoutReason = DiagnosticCode(
    "IK0707", "entry without a reason",
    "A crosswalk entry says nothing of why: give it because: \"…\" and cite where the two "
      + "reports say so with cites: .from(…), .to(…).")
  public static let crosswalkUnknownCitedSource = DiagnosticCode(
    "IK0708", "citation of an undeclared source",
    "A crosswalk entry cites a source the framework on that side (from: the source framework, "
      + "to: the target) does not declare, or cites it with no place. Check the id against "
      + "'inspect provenance <framework>'.")
  public static let crosswalkIneffectiveEntry = DiagnosticCode(
    "IK0709", "entry has no effect",
    "A Veto names a pair the shared concepts do not map, or an Align repeats what they give. "
      + "Remove the entry, or check the ids.")
  public static let crosswalkContradiction = DiagnosticCode(
    "IK0710", "contradictory entries",
    "NoCounterpart names a target question that a mapping reaches, or a Map and a Veto name the "
      + "same pair. Keep one.")

  /// Every code the crosswalk compiler reports, in code order.
  public static let crosswalkCodes: [DiagnosticCode] = [
    .crosswalkUnknownSource, .crosswalkUnknownTarget, .crosswalkDuplicate, .crosswalkMalformed,
    .crosswalkFrameworkMismatch, .crosswalkEmpty, .crosswalkWithoutReason,
    .crosswalkUnknownCitedSource, .crosswalkIneffectiveEntry, .crosswalkContradiction,
  ]
}
