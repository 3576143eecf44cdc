extension FrameworkDocument {
  /// A declared fact about each case, such as case type or Risk of Harm level.
  ///
  /// A sample supplies one value per case for each attribute; applicability expressions test
  /// them. Values are codes from ``values``.
  ///
  /// ```swift
  /// CaseAttribute(id: "case_type", title: "Case type", values: ["community", "licence", "custody"])
  /// ```
  public struct CaseAttribute: Hashable, Sendable, Codable {
    /// The attribute id, used as a sample column name.
    public var id: String
    /// What the attribute records.
    public var title: String
    /// The allowed value codes, in display order.
    public var values: [String]

    /// Creates a case attribute.
    public init(id: String, title: String, values: [String]) {
      self.id = id
      self.title = title
      self.values = values
    }
  }
}
