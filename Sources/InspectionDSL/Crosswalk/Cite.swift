import InspectionSupport

/// Where a report says what a crosswalk entry claims: a source declared by the crosswalk's
/// source or target framework, and the place in it, as the source numbers or heads it (the
/// provenance model's citation style, see docs/provenance.md).
///
/// ```swift
/// Map("2.3.c", to: "2.2.l", .overlapping,
///     because: "West Mercia counts contact offered or made; Hertfordshire the offer",
///     cites: .from("westmercia-2008", at: "General criterion 2.3, Strengths (b)"),
///            .to("hertfordshire-2010", at: "General criterion 2.2, Strengths (e)"))
/// ```
public struct Cite: Sendable {
  /// Which framework's source is cited.
  public let side: CrosswalkDocument.Side
  /// The id of a `Source(id: …)` the framework on that side declares.
  public let source: String
  /// Where in the source, as it numbers or heads it.
  public let at: String
  /// The source's own words, short.
  public let quote: String?
  /// Where the citation was written.
  public let location: SourceLocation

  private init(
    _ side: CrosswalkDocument.Side, _ source: String, at: String, quote: String?,
    location: SourceLocation
  ) {
    self.side = side
    self.source = source
    self.at = at
    self.quote = quote
    self.location = location
  }

  /// A citation of a source of the crosswalk's source framework (the earlier report).
  public static func from(
    _ source: String, at: String, quote: String? = nil, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Cite {
    Cite(
      .from, source, at: at, quote: quote,
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  /// A citation of a source of the crosswalk's target framework (the later report).
  public static func to(
    _ source: String, at: String, quote: String? = nil, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Cite {
    Cite(
      .to, source, at: at, quote: quote,
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  /// The citation as the crosswalk document records it.
  public var citation: CrosswalkDocument.Citation {
    .init(side: side, source: source, location: at, quote: quote)
  }
}
