import InspectionSchema
import InspectionSupport

/// An item open to professional discretion has a computed band to override: a grade scale,
/// and no judgement scale (a judged item's judgement already counts).
///
/// Reports ``DiagnosticCode/overrideWithoutBand`` (IK0162).
public struct OverrideValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    var items: [(kind: String, id: String, path: String, grade: String?, judgement: String?)] =
      []
    for section in context.document.locatedSections
    where section.element.override != nil && !section.element.isGrouping {
      let element = section.element
      items.append(
        ("section", element.id, section.path, element.gradeScale, element.judgementScale))
    }
    for criterion in context.document.locatedCriteria where criterion.element.override != nil {
      let element = criterion.element
      items.append(
        ("criterion", element.id, criterion.path, element.gradeScale, element.judgementScale))
    }
    for item in items {
      let owner = "\(item.kind) \(Quoted(item.id))"
      if item.judgement != nil {
        context.report(
          .overrideWithoutBand,
          "\(owner) is judged (it names a judgement scale) and declared overridable; a "
            + "judgement is already the inspectors' own rating: drop .overridable(…), or drop "
            + "the judgement scale to compute the band and let inspectors override it",
          at: "\(item.path).override")
      } else if item.grade == nil {
        context.report(
          .overrideWithoutBand,
          "\(owner) is declared overridable but has no grade scale, so there is no computed "
            + "band to override; name one with grade: \"…\"", at: "\(item.path).override")
      }
    }
  }
}
