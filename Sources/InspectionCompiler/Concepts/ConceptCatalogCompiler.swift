import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Compiles a ``ConceptCatalog`` declaration into a ``ConceptCatalogDocument``.
///
/// Like the framework compiler it reports every problem at once, each at the
/// `file:line:column` of its declaration: a malformed id or an empty text (IK0102), and two
/// concepts or two areas with one id (IK0127, with a note at the first).
///
/// ```swift
/// let compilation = ConceptCatalogCompiler.compile(FrameworkCatalog.concepts)
/// compilation.diagnostics.forEach { print($0.rendered) }
/// print(try compilation.document.canonicalJSON())
/// ```
public enum ConceptCatalogCompiler {
  /// Lowers and validates `catalog`.
  public static func compile(_ catalog: ConceptCatalog) -> ConceptCatalogCompilation {
    var document = ConceptCatalogDocument(
      id: catalog.id, version: catalog.version, title: catalog.title, summary: catalog.summary)
    var locations: [String: SourceLocation] = ["": catalog.location]
    for entry in catalog.entries {
      switch entry {
      case .concept(let concept):
        locations["concepts[\(document.concepts.count)]"] = concept.location
        document.concepts.append(.init(id: concept.id, text: concept.text, note: concept.note))
      case .area(let area):
        locations["areas[\(document.areas.count)]"] = area.location
        document.areas.append(.init(id: area.id, title: area.title))
        for concept in area.concepts {
          locations["concepts[\(document.concepts.count)]"] = concept.location
          document.concepts.append(
            .init(id: concept.id, text: concept.text, area: area.id, note: concept.note))
        }
      }
    }
    let diagnostics = validate(document) { locations[$0] ?? locations[""] }
    return ConceptCatalogCompilation(
      document: document, diagnostics: diagnostics.sortedForDisplay())
  }

  /// Every problem of `document`, located through `locate` (a path such as `concepts[3]`).
  public static func validate(
    _ document: ConceptCatalogDocument, locate: (String) -> SourceLocation?
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    func report(_ code: DiagnosticCode, _ message: String, at path: String, first: String? = nil) {
      diagnostics.append(
        Diagnostic(
          code, message, location: locate(path), path: path,
          notes: first.map {
            [Diagnostic.Note(message: "first declared here", location: locate($0), path: $0)]
          } ?? []))
    }
    for (name, value) in [("catalog id", document.id), ("catalog version", document.version)]
    where !IdentifierFormatValidator.isIdentifier(value) {
      report(
        .malformedID,
        "\(name) \(Quoted(value)) is malformed; use letters, digits, '.', '_' and '-'",
        at: name == "catalog id" ? "id" : "version")
    }
    var firstArea: [String: String] = [:]
    for (index, area) in document.areas.enumerated() {
      let path = "areas[\(index)]"
      if !IdentifierFormatValidator.isIdentifier(area.id) {
        report(.malformedID, "area id \(Quoted(area.id)) is malformed", at: path)
      }
      if let first = firstArea[area.id] {
        report(.duplicateConcept, "duplicate area id \(Quoted(area.id))", at: path, first: first)
      } else {
        firstArea[area.id] = path
      }
    }
    var firstConcept: [String: String] = [:]
    for (index, concept) in document.concepts.enumerated() {
      let path = "concepts[\(index)]"
      if !IdentifierFormatValidator.isIdentifier(concept.id) {
        report(
          .malformedID,
          "concept id \(Quoted(concept.id)) is malformed; use letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit", at: path)
      }
      if concept.text.allSatisfy(\.isWhitespace) {
        report(
          .malformedID,
          "concept \(Quoted(concept.id)) says nothing; write what is checked, in plain words",
          at: path)
      }
      if let area = concept.area, firstArea[area] == nil {
        report(
          .malformedID,
          "concept \(Quoted(concept.id)) is in area \(Quoted(area)), which the catalog does not "
            + "declare." + Suggestion.didYouMean(area, among: document.areas.map(\.id)), at: path)
      }
      if let first = firstConcept[concept.id] {
        report(
          .duplicateConcept,
          "duplicate concept id \(Quoted(concept.id)); each concept is declared once", at: path,
          first: first)
      } else {
        firstConcept[concept.id] = path
      }
    }
    return diagnostics
  }
}
