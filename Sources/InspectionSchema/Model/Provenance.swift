extension FrameworkDocument {
  /// Where one item of a framework comes from: a declared source, the place in it, and the
  /// basis the item rests on.
  ///
  /// The place is cited as the source numbers or heads it ("Chapter 1, criterion 1.1,
  /// Strengths (a)", "Appendix 6, Scoring approach", "Table 4.4"), so that a reader with the
  /// published document can find it. An ``ProvenanceBasis/inferredRule`` says what it
  /// reproduces; a quote gives the source's own words where that helps.
  ///
  /// ```swift
  /// Provenance(source: "hertfordshire-2010", location: "Chapter 1, criterion 1.1, Strengths (b)",
  ///            basis: .printedFigure, quote: "PSRs were based on the required assessment of the LoR in 94% of cases")
  /// Provenance(source: "cheshire-2006", location: "Appendix 3, Scoring approach",
  ///            basis: .inferredRule, reproduces: "27 of 27 printed conclusions")
  /// ```
  ///
  /// In JSON: `{"source": "…", "location": "…", "basis": "printedFigure", "quote": "…"}`;
  /// `reproduces`, `quote` and `note` are omitted when absent.
  public struct Provenance: Hashable, Sendable, Codable {
    /// The id of a source the framework declares (``SourceReference/id``).
    public var source: String
    /// Where in the source: its own chapter, paragraph, table or appendix.
    public var location: String
    /// What the item rests on.
    public var basis: ProvenanceBasis
    /// For an inferred rule, the printed results it reproduces, e.g. `27 of 27 printed
    /// conclusions`.
    public var reproduces: String?
    /// The source's own words, short.
    public var quote: String?
    /// Anything a reader should know, e.g. what is ours in the item.
    public var note: String?

    /// Creates a provenance entry.
    public init(
      source: String, location: String, basis: ProvenanceBasis, reproduces: String? = nil,
      quote: String? = nil, note: String? = nil
    ) {
      self.source = source
      self.location = location
      self.basis = basis
      self.reproduces = reproduces
      self.quote = quote
      self.note = note
    }

    /// The entry in one line: `stated rule: Appendix 6, Scoring approach (hertfordshire-2010)`,
    /// with what an inferred rule reproduces.
    public var summary: String {
      var text = "\(basis.title): \(location) (\(source))"
      if let reproduces { text += "; reproduces \(reproduces)" }
      return text
    }
  }
}
