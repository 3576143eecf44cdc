import InspectionSchema
import InspectionSupport

/// In a historical framework, every part says where it comes from.
///
/// A framework that declares itself historical (`Historical()`, `"historical": true`) records
/// a published framework, so each question, criterion, section, answer scale, grade scale,
/// judgement scale, headline and overall rating, each computing rule and each headline's
/// membership must carry a provenance entry (``FrameworkDocument/provenanceItems``). A new
/// framework may leave them out. Reports ``DiagnosticCode/missingProvenance`` (IK0182) at the
/// element's declaration.
public struct MissingProvenanceValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    guard document.requiresProvenance else { return }
    let cited = document.sources.compactMap(\.id)
    let hint =
      cited.isEmpty
      ? "declare the report with Source(id: …, publisher: …, title: …, date: …, reference: …) and "
        + "cite it" : "cite one of \(cited.map { "\(Quoted($0))" }.joined(separator: ", "))"
    for item in document.provenanceItems where item.provenance == nil {
      let modifier =
        switch item.aspect {
        case .element: ".from(\"source\", at: …, basis: …)"
        case .rule: ".rule(from: \"source\", at: …, basis: …)"
        case .membership: ".membership(from: \"source\", at: …, basis: …)"
        }
      context.report(
        .missingProvenance,
        "\(item.description) says nothing of where it comes from, and \(document.label) is "
          + "historical; add \(modifier): \(hint), with .placeholder where the wording is ours",
        at: item.elementPath)
    }
  }
}
