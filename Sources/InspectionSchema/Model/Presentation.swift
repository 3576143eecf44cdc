extension FrameworkDocument {
  /// How a framework's scores are displayed, and when a score rests on too few cases.
  public struct Presentation: Hashable, Sendable, Codable {
    /// Decimals kept in displayed percentages (reports of the period show whole numbers).
    public var displayDecimals: Int
    /// A score resting on fewer relevant cases than this carries a small-sample warning.
    public var minimumRelevantCases: Int

    /// Creates presentation settings: whole percentages, warnings below 10 relevant cases.
    public init(displayDecimals: Int = 0, minimumRelevantCases: Int = 10) {
      self.displayDecimals = displayDecimals
      self.minimumRelevantCases = minimumRelevantCases
    }
  }
}
