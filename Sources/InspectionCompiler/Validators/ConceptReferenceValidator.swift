import InspectionSchema
import InspectionSupport

/// Every concept an item measures is declared in the framework's concept catalog, once per
/// item, with one of the four relations.
///
/// Reports, at the `.measures(…)` (or the `measures` entry in JSON):
/// - ``DiagnosticCode/unknownConcept`` (IK0125), with a suggestion when a declared id is close;
/// - ``DiagnosticCode/unknownConceptRelation`` (IK0126) for a relation other than `exact`,
///   `broader`, `narrower` or `partOf`;
/// - ``DiagnosticCode/duplicateConcept`` (IK0127) when an item names one concept twice;
/// - ``DiagnosticCode/missingConceptCatalog`` (IK0128) when items name concepts and the
///   framework names no catalog, or names one that is not among `catalogs`;
/// - ``DiagnosticCode/conceptCatalogChanged`` (IK0129, a warning) when the catalog available
///   has another fingerprint than the one recorded.
///
/// With `catalogs` `nil`, concept ids are not checked (only relations and duplicates): for a
/// document read where no catalog is at hand.
public struct ConceptReferenceValidator: FrameworkValidator {
  /// The catalogs a document's reference may name; `nil` to leave ids unchecked.
  public let catalogs: [ConceptCatalogDocument]?

  /// A validator resolving the document's catalog among `catalogs`.
  public init(catalogs: [ConceptCatalogDocument]?) {
    self.catalogs = catalogs
  }

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let tagged = document.conceptTaggedItems
    guard !tagged.isEmpty || document.conceptCatalog != nil else { return }
    var known: [String]?
    if let reference = document.conceptCatalog {
      if let catalogs {
        if let catalog = catalogs.first(where: {
          $0.id == reference.id && $0.version == reference.version
        }) {
          known = catalog.concepts.map(\.id)
          if let fingerprint = try? catalog.fingerprint(), fingerprint != reference.fingerprint {
            context.report(
              .conceptCatalogChanged, .warning,
              "the framework was compiled against concept catalog \(reference.label) "
                + "\(reference.fingerprint); the catalog available is \(fingerprint). Recompile "
                + "the framework", at: "conceptCatalog")
          }
        } else {
          context.report(
            .missingConceptCatalog,
            "the framework names concept catalog \(reference.label), which is not available; "
              + "known catalogs: "
              + (catalogs.isEmpty
                ? "none" : catalogs.map(\.label).joined(separator: ", ")),
            at: "conceptCatalog")
        }
      }
    } else if let first = tagged.first {
      context.report(
        .missingConceptCatalog,
        "\(first.description) names concept \(Quoted(first.links.first?.concept ?? "")), but the "
          + "framework names no concept catalog; declare Concepts(from: catalog) in the "
          + "framework", at: "\(first.path).measures[0]")
    }
    let knownSet = known.map(Set.init)
    for item in tagged {
      var seen: [String: Int] = [:]
      for (index, link) in item.links.enumerated() {
        let path = "\(item.path).measures[\(index)]"
        if !link.relation.isKnown {
          context.report(
            .unknownConceptRelation,
            "\(item.description) measures \(Quoted(link.concept)) with relation "
              + "\(Quoted(link.relation.rawValue)); use exact, broader, narrower or partOf."
              + Suggestion.didYouMean(
                link.relation.rawValue, among: ConceptRelation.all.map(\.rawValue)), at: path)
        }
        if let known, let knownSet, !knownSet.contains(link.concept) {
          context.report(
            .unknownConcept,
            "\(item.description) measures concept \(Quoted(link.concept)), which concept catalog "
              + "\(document.conceptCatalog?.label ?? "") does not declare."
              + Suggestion.didYouMean(link.concept, among: known), at: path)
        }
        if let first = seen[link.concept] {
          context.report(
            .duplicateConcept,
            "\(item.description) names concept \(Quoted(link.concept)) twice; keep one",
            at: path, notes: [("first named here", "\(item.path).measures[\(first)]")])
        } else {
          seen[link.concept] = index
        }
      }
    }
  }
}

extension FrameworkDocument {
  /// Every item that names a concept: its description, path and links, in document order.
  var conceptTaggedItems: [(description: String, path: String, links: [ConceptLink])] {
    var items: [(description: String, path: String, links: [ConceptLink])] = []
    for section in locatedSections {
      if let links = section.element.measures, !links.isEmpty {
        items.append(("section \(Quoted(section.element.id))", section.path, links))
      }
    }
    for criterion in locatedCriteria {
      if let links = criterion.element.measures, !links.isEmpty {
        items.append(("criterion \(Quoted(criterion.element.id))", criterion.path, links))
      }
    }
    for question in locatedQuestions {
      if let links = question.element.measures, !links.isEmpty {
        items.append(("question \(Quoted(question.element.id))", question.path, links))
      }
    }
    for (index, headline) in headlines.enumerated() {
      if let links = headline.measures, !links.isEmpty {
        items.append(("headline \(Quoted(headline.id))", "headlines[\(index)]", links))
      }
    }
    return items
  }
}
