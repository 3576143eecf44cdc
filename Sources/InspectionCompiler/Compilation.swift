import InspectionSchema
import InspectionSupport

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
