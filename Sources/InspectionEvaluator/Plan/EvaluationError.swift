/// A failure to score that no sample can fix: the framework itself is unusable.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
