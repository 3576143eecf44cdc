import InspectionSchema
import InspectionSupport

/// Runs every validation rule over a framework document and collects all diagnostics.
///
/// ```swift
/// let diagnostics = DocumentValidation.validate(document) { path in locations[path] }
/// ```
public enum DocumentValidation {
  /// The rules, in the order their diagnostics are reported.
  public static let validators: [any FrameworkValidator] = [
    IdentifierFormatValidator(),
    UniqueIdentifierValidator(),
    EmptyStructureValidator(),
    ReferenceValidator(),
    ApplicabilityValidator(),
    AnswerScaleValidator(),
    AttributeValidator(),
    SummaryQuestionValidator(),
    WeightValidator(),
    NumberLimitValidator(),
    RuleLevelValidator(),
    KeyQuestionValidator(),
    GroupingValidator(),
    GradeScaleValidator(),
    JudgementScaleValidator(),
    OverrideValidator(),
    HeadlineValidator(),
    UnusedThemeValidator(),
    OverallRatingValidator(),
    PresentationValidator(),
    SourceReferenceValidator(),
    ProvenanceDetailValidator(),
    MissingProvenanceValidator(),
  ]

  /// Every problem in `document`, each located through `locate` where possible.
  ///
  /// `concepts` are the concept catalogs the document's `conceptCatalog` may name; with `nil`,
  /// the concept ids its items measure are not checked (their relations still are).
  public static func validate(
    _ document: FrameworkDocument, concepts: [ConceptCatalogDocument]? = nil,
    locate: @escaping (String) -> SourceLocation? = { _ in nil }
  ) -> [Diagnostic] {
    var context = ValidationContext(document: document, locate: locate)
    for validator in validators { validator.validate(&context) }
    ConceptReferenceValidator(catalogs: concepts).validate(&context)
    return context.diagnostics
  }
}
