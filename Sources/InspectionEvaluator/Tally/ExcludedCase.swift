/// A case left out of the scores, with why.
public struct ExcludedCase: Hashable, Sendable, Codable {
  /// The case id.
  public var id: String
  /// Why it was left out.
  public var reason: String
  /// Its data row in the sample.
  public var row: Int
}
