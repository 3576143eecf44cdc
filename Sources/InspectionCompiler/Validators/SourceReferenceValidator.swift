import InspectionSchema
import InspectionSupport

/// Every provenance entry cites a source the framework declares with an id.
///
/// Checked in every framework, historical or not: a citation of an undeclared source is a
/// broken reference. Reports ``DiagnosticCode/unknownSource`` (IK0122) at the citation, with a
/// suggestion when a declared id is close.
public struct SourceReferenceValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let known = document.sources.compactMap(\.id)
    let declared = Set(known)
    for item in document.provenanceItems {
      guard let provenance = item.provenance, !declared.contains(provenance.source) else {
        continue
      }
      let remedy =
        known.isEmpty
        ? " The framework declares no source with an id; declare it with Source(id: "
          + "\"\(provenance.source)\", publisher: …, title: …, date: …, reference: …)."
        : Suggestion.didYouMean(provenance.source, among: known)
      context.report(
        .unknownSource,
        "\(item.description) cites source \(Quoted(provenance.source)), which the framework does "
          + "not declare.\(remedy)", at: item.path)
    }
  }
}
