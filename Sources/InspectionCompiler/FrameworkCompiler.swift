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

/// The outcome of compiling one framework: the document and every diagnostic.
public struct Compilation: Sendable {
  /// The lowered document; trustworthy only when ``succeeded``.
  public let document: FrameworkDocument
  /// Every problem found, in source order.
  public let diagnostics: [Diagnostic]
  /// Where each element was declared, by document path.
  public let locations: [String: SourceLocation]

  /// Whether compilation found no errors (warnings allowed).
  public var succeeded: Bool { !diagnostics.containsErrors }
}
