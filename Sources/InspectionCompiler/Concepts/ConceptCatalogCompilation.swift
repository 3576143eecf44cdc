import InspectionSchema
import InspectionSupport

/// The outcome of compiling or loading a concept catalog: the document and every diagnostic.
public struct ConceptCatalogCompilation: Sendable {
  /// The catalog document; trustworthy only when ``succeeded``.
  public let document: ConceptCatalogDocument
  /// Every problem found, in source order.
  public let diagnostics: [Diagnostic]

  /// Whether compilation found no errors (warnings allowed).
  public var succeeded: Bool { !diagnostics.containsErrors }
}
