import InspectionSupport

/// A failure to open a sample at all.
public struct SampleReadError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, where.
  public let diagnostic: Diagnostic

  /// Creates an error.
  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

  public var description: String { diagnostic.rendered }
}
