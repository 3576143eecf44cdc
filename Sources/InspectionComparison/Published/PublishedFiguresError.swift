import InspectionSupport

/// Why a published-figures file could not be read: one located diagnostic.
public struct PublishedFiguresError: Error, Sendable {
  /// The problem, with its line and column.
  public let diagnostic: Diagnostic

  /// Wraps a diagnostic.
  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
