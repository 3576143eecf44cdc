import InspectionSchema
import InspectionSupport

/// Provenance entries are complete: a source and a place, what an inferred rule reproduces,
/// and, in a historical framework, cited sources a reader can find.
///
/// The DSL cannot leave out what an inferred rule reproduces; a JSON document can, and so can
/// any entry give an empty source or place. A source cited by a historical framework needs
/// its publisher, date and where to find it (`reference`). Reports
/// ``DiagnosticCode/incompleteProvenance`` (IK0183).
public struct ProvenanceDetailValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    var citedSources: Set<String> = []
    for item in document.provenanceItems {
      guard let provenance = item.provenance else { continue }
      citedSources.insert(provenance.source)
      if provenance.source.trimmingSpaces.isEmpty {
        context.report(
          .incompleteProvenance, "\(item.description) cites no source; name a declared source id",
          at: item.path)
      }
      if provenance.location.trimmingSpaces.isEmpty {
        context.report(
          .incompleteProvenance,
          "\(item.description) does not say where in \(Quoted(provenance.source)) it comes from; "
            + "give the chapter, paragraph, table or appendix as the source numbers or heads it",
          at: item.path)
      }
      if provenance.basis == .inferredRule, (provenance.reproduces ?? "").trimmingSpaces.isEmpty {
        context.report(
          .incompleteProvenance,
          "\(item.description) rests on an inferred rule but does not say what it reproduces; "
            + "add it, e.g. \"27 of 27 printed conclusions\"", at: item.path)
      }
    }
    guard document.requiresProvenance else { return }
    var checked: Set<String> = []
    for (index, source) in document.sources.enumerated() {
      // A second source with the same id is a duplicate (IK0101), not a second citation.
      guard let id = source.id, citedSources.contains(id), checked.insert(id).inserted else {
        continue
      }
      let missing = [
        source.publisher == nil ? "publisher" : nil, source.date == nil ? "date" : nil,
        source.reference == nil ? "reference (where to find it)" : nil,
      ].compactMap { $0 }
      if !missing.isEmpty {
        context.report(
          .incompleteProvenance,
          "source \(Quoted(id)) is cited but gives no \(missing.joined(separator: ", ")); a "
            + "reader of a historical framework must be able to find it", at: "sources[\(index)]")
      }
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  fileprivate var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return self[first...last]
  }
}
