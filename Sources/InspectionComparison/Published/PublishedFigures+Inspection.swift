extension PublishedFigures {
  /// One inspection's figures.
  public struct Inspection: Hashable, Sendable, Decodable {
    /// The area inspected.
    public var area: String
    /// Which inspection of the area, where a report holds several (e.g. "2004 original").
    public var label: String?
    /// The programme set the inspection belongs to (annual reports).
    public var set: String?
    /// When the fieldwork was done (`YYYY` or `YYYY-MM`).
    public var date: String?
    /// When its own report was published (`YYYY-MM`), where the source lists it.
    public var published: String?
    /// The number of cases inspected, where printed.
    public var cases: Int?
    /// Anything a reader should know about the inspection.
    public var note: String?
    /// The case mix the report states.
    public var composition: [CompositionEntry]?
    /// Where the report gives the inspection's facts (cases, dates).
    public var provenance: PublishedCitation?
    /// Criterion, section, headline and overall figures.
    public var items: [Item]
    /// Per-question findings.
    public var questions: [QuestionFinding]?
    /// Published labels kept although they contradict the framework's rule.
    public var overrides: [Override]?
    /// Published figures recorded as not following from the others.
    public var knownDiscrepancies: [Discrepancy]?

    /// `area` with its label, e.g. `West Midlands (2005 follow-up)`.
    public var name: String { label.map { "\(area) (\($0))" } ?? area }

    enum CodingKeys: String, CodingKey {
      case area, label, set, date, published, cases, note, composition, provenance, items
      case questions, overrides, knownDiscrepancies
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      area = try container.decode(String.self, forKey: .area)
      label = try container.decodeIfPresent(String.self, forKey: .label)
      set = try container.decodeIfPresent(String.self, forKey: .set)
      date = try container.decodeIfPresent(String.self, forKey: .date)
      published = try container.decodeIfPresent(String.self, forKey: .published)
      cases = try container.decodeIfPresent(Int.self, forKey: .cases)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      composition = try container.decodeIfPresent([CompositionEntry].self, forKey: .composition)
      provenance = try container.decodeIfPresent(PublishedCitation.self, forKey: .provenance)
      items = try container.decode([Item].self, forKey: .items)
      questions = try container.decodeIfPresent([QuestionFinding].self, forKey: .questions)
      overrides = try container.decodeIfPresent([Override].self, forKey: .overrides)
      knownDiscrepancies = try container.decodeIfPresent(
        [Discrepancy].self, forKey: .knownDiscrepancies)
      if let cases, cases < 0 || cases > 100_000_000 {
        throw DecodingError.dataCorruptedError(
          forKey: .cases, in: container,
          debugDescription: "'cases' must be a count from 0 to 100000000")
      }
      for (key, value) in [(CodingKeys.date, date), (.published, published)] {
        guard let value else { continue }
        guard Self.isMonth(value) else {
          throw DecodingError.dataCorruptedError(
            forKey: key, in: container,
            debugDescription: "'\(key.stringValue)' must be a year or a month, YYYY or YYYY-MM, "
              + "found '\(value)'")
        }
      }
    }

    /// `YYYY` or `YYYY-MM` with a month from 01 to 12.
    static func isMonth(_ text: String) -> Bool {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count <= 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII),
        parts[0].allSatisfy(\.isNumber)
      else { return false }
      guard parts.count == 2 else { return true }
      guard parts[1].count == 2, let month = Int(parts[1]) else { return false }
      return (1...12).contains(month)
    }
  }

  /// How many of the cases had one value of a case attribute, as the report states it: a
  /// count of cases or a percentage of them.
  ///
  /// ```json
  /// {"attribute": "case_type", "value": "custody", "cases": 14,
  ///  "provenance": {"location": "General criterion 2.1, Strengths (b)", "basis": "printedFigure"}}
  /// ```
  public struct CompositionEntry: Hashable, Sendable, Decodable {
    /// The case attribute's id in the framework.
    public var attribute: String
    /// The value of the attribute.
    public var value: String
    /// How many cases had it.
    public var cases: Int?
    /// What percentage of the cases had it.
    public var percent: Double?
    /// Anything a reader should know, e.g. that a count is derived.
    public var note: String?
    /// Where the report states it.
    public var provenance: PublishedCitation

    enum CodingKeys: String, CodingKey { case attribute, value, cases, percent, note, provenance }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      attribute = try container.decode(String.self, forKey: .attribute)
      value = try container.decode(String.self, forKey: .value)
      cases = try container.decodeIfPresent(Int.self, forKey: .cases)
      percent = try container.decodeIfPresent(Double.self, forKey: .percent)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      provenance = try container.decode(PublishedCitation.self, forKey: .provenance)
      guard (cases == nil) != (percent == nil) else {
        throw DecodingError.dataCorruptedError(
          forKey: .cases, in: container,
          debugDescription: "a composition entry gives 'cases' or 'percent', one of them")
      }
      if let cases, cases < 0 || cases > 100_000_000 {
        throw DecodingError.dataCorruptedError(
          forKey: .cases, in: container,
          debugDescription: "'cases' must be a count from 0 to 100000000")
      }
      if let percent, PublishedShare(percent: percent) == nil {
        throw DecodingError.dataCorruptedError(
          forKey: .percent, in: container,
          debugDescription: "'percent' must be a percentage from 0 to 100")
      }
    }
  }

  /// Programme-wide facts of an annual report.
  public struct Programme: Hashable, Sendable, Decodable {
    /// How many inspections the programme completed in the period.
    public var inspections: Int?
    /// How many cases they inspected.
    public var cases: Int?
    /// The case mix over all of them.
    public var composition: [CompositionEntry]?
    /// Anything a reader should know.
    public var note: String?
    /// Where the report states it.
    public var provenance: PublishedCitation?

    enum CodingKeys: String, CodingKey { case inspections, cases, composition, note, provenance }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      inspections = try container.decodeIfPresent(Int.self, forKey: .inspections)
      cases = try container.decodeIfPresent(Int.self, forKey: .cases)
      composition = try container.decodeIfPresent([CompositionEntry].self, forKey: .composition)
      note = try container.decodeIfPresent(String.self, forKey: .note)
      provenance = try container.decodeIfPresent(PublishedCitation.self, forKey: .provenance)
      for (key, value) in [(CodingKeys.inspections, inspections), (.cases, cases)] {
        if let value, value < 0 || value > 100_000_000 {
          throw DecodingError.dataCorruptedError(
            forKey: key, in: container,
            debugDescription: "'\(key.stringValue)' must be a count from 0 to 100000000")
        }
      }
    }
  }
}
