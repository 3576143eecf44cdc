extension FrameworkDocument {
  /// A thread that tags questions across criteria, such as Risk of Harm.
  ///
  /// ```swift
  /// Theme(id: "RoH", title: "Risk of Harm to others")
  /// ```
  public struct Theme: Hashable, Sendable, Codable {
    /// The theme id questions and headlines refer to.
    public var id: String
    /// The theme's name as published.
    public var title: String

    /// Creates a theme.
    public init(id: String, title: String) {
      self.id = id
      self.title = title
    }
  }
}
