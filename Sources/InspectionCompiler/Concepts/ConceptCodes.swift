import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Concepts (IK0125–IK0129), beside the other references of a framework (IK012x).
  public static let unknownConcept = DiagnosticCode(
    "IK0125", "unknown concept",
    "An item names a concept (.measures, \"measures\" in JSON) that its concept catalog does "
      + "not declare. Declare it with Concept(\"id\", \"what is checked\") in the catalog, or fix "
      + "the id.")
  public static let unknownConceptRelation = DiagnosticCode(
    "IK0126", "unknown concept relation",
    "An item measures a concept with a relation other than exact, broader, narrower or partOf "
      + "(part of). Choose one of the four (docs/comparing.md, Concepts).")
  public static let duplicateConcept = DiagnosticCode(
    "IK0127", "duplicate concept",
    "Two concepts (or two areas) of a concept catalog share an id, or one item names the same "
      + "concept twice. Keep one; the note points at the first.")
  public static let missingConceptCatalog = DiagnosticCode(
    "IK0128", "no concept catalog",
    "Items name concepts, but the framework names no concept catalog (Concepts(from:)), or the "
      + "catalog it names is not one this inspect knows. Name the catalog, or load the document "
      + "with the catalog available.")
  public static let conceptCatalogChanged = DiagnosticCode(
    "IK0129", "concept catalog changed",
    "The framework was compiled against another content of its concept catalog (the recorded "
      + "fingerprint differs); concept ids were checked against the catalog available now. "
      + "Recompile the framework.")

  /// The concept codes, in code order.
  public static let conceptCodes: [DiagnosticCode] = [
    .unknownConcept, .unknownConceptRelation, .duplicateConcept, .missingConceptCatalog,
    .conceptCatalogChanged,
  ]
}
