extension FrameworkDocument {
  /// A published source a framework declaration follows.
  ///
  /// ```swift
  /// SourceReference(title: "Hertfordshire OMI2 report (2010)", reference: "seeds/001", note: "Appendix 6")
  /// ```
  public struct SourceReference: Hashable, Sendable, Codable {
    /// The source's title.
    public var title: String
    /// Where to find it: a file, a URL or a citation.
    public var reference: String?
    /// What the declaration takes from it.
    public var note: String?

    /// Creates a source reference.
    public init(title: String, reference: String? = nil, note: String? = nil) {
      self.title = title
      self.reference = reference
      self.note = note
    }
  }
}
