import InspectionSchema
import InspectionSupport

extension PublishedFigures {
  /// A printed figure for a criterion, section, headline or overall rating (or, as a programme
  /// aggregate, for any item): a figure, a label, or both.
  ///
  /// ```json
  /// {"id": "1.1", "kind": "criterion", "percent": 88, "label": "MINIMUM improvement required",
  ///  "provenance": {"location": "General criterion 1.1: Score and Comment", "basis": "printedFigure"}}
  /// ```
  public struct Item: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    /// The printed figure (exact, a bound or approximate), if any.
    public var figure: PublishedFigure
    /// The printed band or judgement label, if any.
    public var label: String?
    /// Whether the figure was recomputed without some evidence (ESI's "(adjusted)").
    public var adjusted: Bool?
    /// The programme set an aggregate covers.
    public var set: String?
    /// The areas (inspections) an aggregate covers; `nil` for all.
    public var areas: [String]?
    /// Anything a reader should know about the figure.
    public var note: String?
    /// Where the report prints it.
    public var provenance: PublishedCitation

    /// The printed percentage when the figure is exact, oriented so that higher is better.
    public var percent: Double? {
      guard figure.form == .exact, let bounds = figure.bounds else { return nil }
      return bounds.lower.percent
    }

    /// Creates an item with an exact percentage (tests, programmes).
    public init(
      id: String, kind: Kind, percent: Double? = nil, label: String? = nil,
      provenance: PublishedCitation = PublishedCitation(location: "-", basis: .printedFigure)
    ) {
      self.id = id
      self.kind = kind
      self.figure = PublishedFigure(percent: percent.flatMap { PublishedShare(percent: $0) })
      self.label = label
      self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey {
      case id, kind, label, adjusted, set, areas, note, provenance
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      kind = try container.decode(Kind.self, forKey: .kind)
      figure = try PublishedFigure(from: decoder)
      label = try container.decodeIfPresent(String.self, forKey: .label)
      adjusted = try container.decodeIfPresent(Bool.self, forKey: .adjusted)
      set = try container.decodeIfPresent(String.self, forKey: .set)
      areas = try container.decodeIfPresent([String].self, forKey: .areas)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      provenance = try container.decode(PublishedCitation.self, forKey: .provenance)
      try Self.checkWords(figure, provenance, container, key: .provenance)
    }

    /// A figure the report gives in words keeps its words.
    static func checkWords<Key: CodingKey>(
      _ figure: PublishedFigure, _ provenance: PublishedCitation,
      _ container: KeyedDecodingContainer<Key>, key: Key
    ) throws {
      guard provenance.basis == .printedInWords, figure.form != .words, figure.words == nil
      else { return }
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container,
        debugDescription: "a figure printed in words keeps its words: add 'words' beside the "
          + "figure (e.g. \"all\", \"less than half\")")
    }
  }

  /// A printed per-question finding, stored as printed (see ``PublishedFigure``).
  ///
  /// ```json
  /// {"id": "1.1.q", "below": 50, "words": "less than half",
  ///  "provenance": {"location": "General criterion 1.1, Areas for improvement (b)",
  ///                 "basis": "printedInWords", "quote": "…in less than half of relevant cases"}}
  /// ```
  public struct QuestionFinding: Hashable, Sendable, Decodable {
    /// The framework question the finding measures.
    public var id: String
    /// The sub-sample it was measured on, by attribute; `nil` for the question's own cases.
    public var stratum: [String: [String]]?
    /// The figure, as printed.
    public var figure: PublishedFigure
    /// Anything a reader should know about the finding or how it was read.
    public var note: String?
    /// Where the report prints it, with its words.
    public var provenance: PublishedCitation

    /// The percentage when the figure is exact, oriented so that higher is better.
    public var percent: Double? {
      guard figure.form == .exact, let bounds = figure.bounds else { return nil }
      return bounds.lower.percent
    }

    enum CodingKeys: String, CodingKey { case id, stratum, note, provenance }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      stratum = try container.decodeIfPresent([String: [String]].self, forKey: .stratum)
      figure = try PublishedFigure(from: decoder)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      provenance = try container.decode(PublishedCitation.self, forKey: .provenance)
      if provenance.quote == nil {
        throw DecodingError.dataCorruptedError(
          forKey: .provenance, in: container,
          debugDescription: "a question finding quotes the report: add 'quote' to its "
            + "provenance")
      }
      try Item.checkWords(figure, provenance, container, key: .provenance)
    }
  }

  /// A finding printed only as the best and the poorest of several inspections.
  public struct Spread: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    /// The best inspection's percentage, oriented so that higher is better.
    public var best: Double
    /// The poorest inspection's percentage.
    public var poorest: Double
    /// Where the report prints it.
    public var provenance: PublishedCitation

    enum CodingKeys: String, CodingKey { case id, kind, best, poorest, provenance }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      kind = try container.decode(Kind.self, forKey: .kind)
      best = try container.decode(Double.self, forKey: .best)
      poorest = try container.decode(Double.self, forKey: .poorest)
      provenance = try container.decode(PublishedCitation.self, forKey: .provenance)
      for (key, value) in [(CodingKeys.best, best), (.poorest, poorest)]
      where PublishedShare(percent: value) == nil {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container,
          debugDescription: "'\(key.stringValue)' must be a percentage from 0 to 100")
      }
      if poorest > best {
        throw DecodingError.dataCorruptedError(
          forKey: .poorest, in: container,
          debugDescription: "'poorest' (\(poorest)) is above 'best' (\(best))")
      }
    }
  }

  /// A published label kept although the framework's rule gives another.
  public struct Override: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    /// The label as printed.
    public var published: JSONValue
    /// What the framework's rule gives.
    public var expected: JSONValue?
    /// Why it is kept as published.
    public var reason: String
  }

  /// A published figure that does not follow from the others, and why.
  public struct Discrepancy: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    /// The programme set, for aggregate discrepancies.
    public var set: String?
    /// What was printed.
    public var published: JSONValue
    /// What the framework's rule gives from the other printed figures.
    public var expected: JSONValue?
    /// Why they differ.
    public var reason: String
  }
}
