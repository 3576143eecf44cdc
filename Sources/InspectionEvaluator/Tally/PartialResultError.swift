import InspectionSupport

/// Why a partial result was refused: one located diagnostic naming the file and the field.
public struct PartialResultError: Error, Sendable, CustomStringConvertible {
  /// The problem, with the file, line and column of the field.
  public let diagnostic: Diagnostic

  /// Wraps a diagnostic.
  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

  public var description: String { diagnostic.rendered }
}
