import InspectionSchema

/// Where in the published report a figure is printed, and what it rests on.
///
/// The place is cited by the report's own structure — its chapter, section heading, criterion,
/// table, appendix or paragraph, as a reader holding the report would look for it ("General
/// criterion 1.1, Strengths (a)", "Chapter 2, paragraph 2.3, headline scores table") — never by
/// a page or line of a copy. The vocabulary is the one frameworks use for the provenance of
/// their items (`printedFigure`, `printedInWords`), so a finding and the question it measures
/// read alike.
///
/// In JSON: `{"location": "…", "basis": "printedFigure", "quote": "…"}`; `source` (the file's
/// `source.id`, the default), `quote` and `note` may be omitted.
///
/// ```swift
/// citation.location   // "General criterion 1.1, Strengths (a)"
/// citation.basis      // .printedFigure
/// ```
public struct PublishedCitation: Hashable, Sendable, Decodable {
  /// The id of the file's source; `nil` means the file's `source.id`.
  public var source: String?
  /// Where in the report, by its own structure.
  public var location: String
  /// Whether the report prints a figure (``ProvenanceBasis/printedFigure``) or only words
  /// (``ProvenanceBasis/printedInWords``): the two bases of the framework provenance
  /// vocabulary a printed figure can have.
  public var basis: ProvenanceBasis
  /// The report's own words, verbatim (quotes may skip text with " ... ").
  public var quote: String?
  /// Anything a reader should know about the citation.
  public var note: String?

  /// Creates a citation.
  public init(
    source: String? = nil, location: String, basis: ProvenanceBasis, quote: String? = nil,
    note: String? = nil
  ) {
    self.source = source
    self.location = location
    self.basis = basis
    self.quote = quote
    self.note = note
  }

  /// The bases a printed figure can have.
  public static let bases: [ProvenanceBasis] = [.printedFigure, .printedInWords]

  enum CodingKeys: String, CodingKey { case source, location, basis, quote, note }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    location = try container.decode(String.self, forKey: .location)
    basis = try container.decode(ProvenanceBasis.self, forKey: .basis)
    guard Self.bases.contains(basis) else {
      throw DecodingError.dataCorruptedError(
        forKey: .basis, in: container,
        debugDescription: "a published figure is printed: its basis is 'printedFigure' or "
          + "'printedInWords', not '\(basis.rawValue)'")
    }
    quote = try container.decodeIfPresent(String.self, forKey: .quote)
    note = try container.decodeIfPresent(String.self, forKey: .note)
    if location.allSatisfy(\.isWhitespace) {
      throw DecodingError.dataCorruptedError(
        forKey: .location, in: container,
        debugDescription: "'location' must say where in the report, e.g. "
          + "\"General criterion 1.1, Strengths (a)\"")
    }
    if let quote, quote.allSatisfy(\.isWhitespace) {
      throw DecodingError.dataCorruptedError(
        forKey: .quote, in: container, debugDescription: "'quote' must not be empty")
    }
  }
}
