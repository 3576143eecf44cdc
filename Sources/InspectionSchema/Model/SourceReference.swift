extension FrameworkDocument {
  /// A published source a framework declaration follows, declared once and cited by id.
  ///
  /// A source with an ``id`` can be named by the provenance of the framework's items. It says
  /// who published what and when, and where a reader can find it: a stable description (the
  /// publisher's archive, an ISBN) and a URL: the address the document gives for itself or
  /// its publisher, or a stable page that lists it.
  ///
  /// ```swift
  /// SourceReference(
  ///   id: "hertfordshire-2010", publisher: "HM Inspectorate of Probation",
  ///   title: "Offender Management Inspection 2: A report on offender management in Hertfordshire",
  ///   date: "March 2010",
  ///   reference: "HM Inspectorate of Probation, inspection reports archive (OMI2 programme)")
  /// ```
  public struct SourceReference: Hashable, Sendable, Codable {
    /// The id provenance entries cite, e.g. `hertfordshire-2010`; `nil` for a source that is
    /// only listed.
    public var id: String?
    /// Who published it, e.g. `HM Inspectorate of Probation`.
    public var publisher: String?
    /// The source's title.
    public var title: String
    /// When it was published, as the source dates itself, e.g. `March 2010`.
    public var date: String?
    /// Where to find it: a stable description or a citation.
    public var reference: String?
    /// Where to find the document or its publisher on the web: the address the document gives,
    /// or a stable page that lists it.
    public var url: String?
    /// What the declaration takes from it.
    public var note: String?

    /// Creates a source reference.
    public init(
      id: String? = nil, publisher: String? = nil, title: String, date: String? = nil,
      reference: String? = nil, url: String? = nil, note: String? = nil
    ) {
      self.id = id
      self.publisher = publisher
      self.title = title
      self.date = date
      self.reference = reference
      self.url = url
      self.note = note
    }

    /// The citation in one line: `HM Inspectorate of Probation, Title (March 2010)`.
    public var citation: String {
      var text = publisher.map { "\($0), " } ?? ""
      text += title
      if let date { text += " (\(date))" }
      return text
    }
  }
}
