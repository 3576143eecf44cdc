/// A relevant question a case did not answer, under `--allow-incomplete`.
public struct IncompleteAnswer: Hashable, Sendable, Codable {
  /// The case id.
  public var `case`: String
  /// The question id.
  public var question: String
  /// The case's data row in the sample.
  public var row: Int
}
