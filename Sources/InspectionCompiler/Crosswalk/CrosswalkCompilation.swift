import InspectionSchema
import InspectionSupport

/// The outcome of compiling a crosswalk: the document and every diagnostic.
public struct CrosswalkCompilation: Sendable {
  /// The compiled crosswalk; trustworthy only when ``succeeded``.
  public let document: CrosswalkDocument
  /// Every problem found, in source order.
  public let diagnostics: [Diagnostic]

  /// Whether compilation found no errors (warnings allowed).
  public var succeeded: Bool { !diagnostics.containsErrors }
}
