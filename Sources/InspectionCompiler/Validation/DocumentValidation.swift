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
  public static func validate(
    _ document: FrameworkDocument, locate: @escaping (String) -> SourceLocation? = { _ in nil }
  ) -> [Diagnostic] {
    var context = ValidationContext(document: document, locate: locate)
    for validator in validators { validator.validate(&context) }
    return context.diagnostics
  }
}
