import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Compiles Swift framework declarations into validated documents.
///
/// Compilation never stops at the first problem: it lowers the whole declaration, runs every
/// validator, and returns the document with every diagnostic, each at the `file:line:column`
/// of the declaration it concerns.
///
/// ```swift
/// let compilation = FrameworkCompiler.compile(omi2)
/// for diagnostic in compilation.diagnostics { print(diagnostic.rendered) }
/// if compilation.succeeded { try write(compilation.document) }
/// ```
public enum FrameworkCompiler {
  /// Lowers and validates `framework`.
  public static func compile(_ framework: Framework) -> Compilation {
    if let derivation = framework.derivation {
      return compile(framework, derivedFrom: derivation)
    }
    var lowering = DeclarationLowering()
    let document = lowering.lower(framework)
    let locations = lowering.locations
    let diagnostics =
      lowering.diagnostics
      + DocumentValidation.validate(document, concepts: lowering.conceptCatalogs) {
        locations[$0]
      }
    return Compilation(
      document: document, diagnostics: diagnostics.sortedForDisplay(), locations: locations)
  }

  /// The concept catalogs `framework` declares with `Concepts(from:)`, its own first, then its
  /// base's (for a derived framework), compiled.
  static func conceptCatalogs(of framework: Framework) -> [ConceptCatalogDocument] {
    var catalogs: [ConceptCatalogDocument] = []
    var next: Framework? = framework
    while let current = next {
      for case .concepts(let use) in current.elements {
        catalogs.append(ConceptCatalogCompiler.compile(use.catalog).document)
      }
      next = current.derivation?.base
    }
    return catalogs
  }
}
