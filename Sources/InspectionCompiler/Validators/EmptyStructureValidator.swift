import InspectionSchema
import InspectionSupport

/// Frameworks have sections, sections have criteria, criteria have questions or a judgement.
///
/// Reports ``DiagnosticCode/emptyFramework`` (IK0103), ``DiagnosticCode/emptySection``
/// (IK0104) and ``DiagnosticCode/emptyCriterion`` (IK0105).
public struct EmptyStructureValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    if document.sections.isEmpty {
      context.report(
        .emptyFramework,
        "framework \(Quoted(document.id)) has no sections; declare at least one "
          + "Section with criteria", at: "")
    }
    for section in document.locatedSections where section.element.criteria.isEmpty {
      context.report(
        .emptySection,
        "section \(Quoted(section.element.id)) has no criteria; add a Criterion or "
          + "remove the section", at: section.path)
    }
    for criterion in document.locatedCriteria
    where criterion.element.questions.isEmpty && criterion.element.judgementScale == nil {
      context.report(
        .emptyCriterion,
        "criterion \(Quoted(criterion.element.id)) has no questions and no judgement "
          + "scale; add questions, or name the judgement scale inspectors grade it on",
        at: criterion.path)
    }
  }
}
