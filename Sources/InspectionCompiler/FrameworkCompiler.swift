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
      lowering.diagnostics + DocumentValidation.validate(document) { locations[$0] }
    return Compilation(
      document: document, diagnostics: diagnostics.sortedForDisplay(), locations: locations)
  }
}
