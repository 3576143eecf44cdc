/// Why a comparison could not be made: samples or frameworks that do not belong together.
public struct ComparisonError: Error, Sendable, CustomStringConvertible {
  /// What is wrong and what to do.
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
