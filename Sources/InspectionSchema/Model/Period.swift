extension FrameworkDocument {
  /// When a framework was in use, as published (years or dates as free text).
  ///
  /// ```swift
  /// Period(from: "2009", to: "2012")
  /// ```
  public struct Period: Hashable, Sendable, Codable {
    /// The first year (or date) of use.
    public var from: String
    /// The last year (or date) of use; `nil` while still in use.
    public var to: String?

    /// Creates a period.
    public init(from: String, to: String? = nil) {
      self.from = from
      self.to = to
    }
  }
}

extension FrameworkDocument.Period: CustomStringConvertible {
  /// `2009–2012`, or `2009–` while open.
  public var description: String { "\(from)–\(to ?? "")" }
}
