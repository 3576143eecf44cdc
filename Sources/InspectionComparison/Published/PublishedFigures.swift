import InspectionSchema
import InspectionSupport

/// The figures one published report printed, as data (`Examples/Published/*.json`), each as
/// printed and cited by the report's own structure.
///
/// The reader is strict: every field is documented (`docs/published-files.md`) and an unknown
/// field, a figure that is neither exact, a bound nor approximate, a verbal figure without its
/// words, or a citation of another source is an error located at its line and column. Files
/// of `schemaVersion` 1, which stored verbal figures as exact percentages, are refused with a
/// message saying how to upgrade them.
///
/// ```swift
/// let figures = try PublishedFigures.read(bytes: bytes, file: "OMI2-Hertfordshire-2010.json")
/// figures.framework.label                          // "OMI2@2009"
/// figures.inspections[0].questions?[16].figure.summary   // "below 50% ('less than half')"
/// ```
public struct PublishedFigures: Hashable, Sendable, Decodable {
  /// The format version this reader understands.
  public static let currentSchemaVersion = 2

  /// The format version of the file.
  public var schemaVersion: Int
  /// The framework the report was published under.
  public var framework: FrameworkName
  /// The report.
  public var source: Source
  /// Anything a reader should know about the file as a whole.
  public var note: String?
  /// Programme-wide facts (annual reports): inspections, cases, case mix.
  public var programme: Programme?
  /// One entry per inspection the report prints figures for.
  public var inspections: [Inspection]
  /// Programme-wide figures (annual reports), each over a set of inspections.
  public var aggregates: [Item]?
  /// Findings printed only as the best and poorest of several inspections.
  public var ranges: [Spread]?
  /// Programme aggregates recorded as not following from the inspections.
  public var knownDiscrepancies: [Discrepancy]?

  /// A framework named by id and version.
  public struct FrameworkName: Hashable, Sendable, Decodable {
    public var id: String
    public var version: String
    /// `id@version`.
    public var label: String { "\(id)@\(version)" }
  }

  /// The published report the figures come from.
  public struct Source: Hashable, Sendable, Decodable {
    /// The id citations name, e.g. `hertfordshire-2010` (the same id the framework's sources
    /// use for the report).
    public var id: String
    /// Who published it.
    public var publisher: String?
    /// The report's title.
    public var title: String
    /// When it was published, as the report dates itself, e.g. `March 2010`.
    public var date: String?
    /// Where to find it: an ISBN, an archive.
    public var reference: String?
    /// A URL the report gives for itself or its publisher.
    public var url: String?

    /// `Publisher, Title (Date)`.
    public var citation: String {
      (publisher.map { "\($0), " } ?? "") + title + (date.map { " (\($0))" } ?? "")
    }
  }

  /// The kind of a published figure.
  public enum Kind: String, Hashable, Sendable, Decodable, CaseIterable {
    case criterion, section, headline, overall, question
  }

  /// Reads a published-figures file, reporting the first problem with its line and column.
  public static func read(bytes: [UInt8], file: String) throws(PublishedFiguresError)
    -> PublishedFigures
  {
    let document: JSONDocument
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw PublishedFiguresError(
        Diagnostic(
          .unreadablePublished, "not well-formed JSON: \(error.message)",
          location: SourceLocation(
            file: file, line: error.position.line, column: error.position.column)))
    }
    let versionPath = JSONPath([.key("schemaVersion")])
    let versionAt = document.nearestPosition(of: versionPath)
    let version = document.root["schemaVersion"]?.intValue
    guard version == currentSchemaVersion else {
      let message =
        version == 1
        ? "schemaVersion 1 is no longer read: version 2 stores a figure given in words as a "
          + "bound or an approximate value with its words, and cites the report by its own "
          + "structure instead of a line; upgrade the file as docs/published-files.md "
          + "('Upgrading from version 1') describes"
        : "schemaVersion must be \(currentSchemaVersion) (docs/published-files.md)"
      throw PublishedFiguresError(
        Diagnostic(
          .unsupportedPublishedVersion, message,
          location: SourceLocation(
            file: file, line: versionAt?.line ?? 1, column: versionAt?.column ?? 1)))
    }
    let figures: PublishedFigures
    do {
      figures = try JSONValueDecoder().decode(PublishedFigures.self, from: document)
    } catch {
      throw PublishedFiguresError(
        Diagnostic(
          .invalidPublishedShape, "\(error.message) (at \(error.path))",
          location: SourceLocation(
            file: file, line: error.position?.line ?? 1, column: error.position?.column ?? 1)))
    }
    for (index, aggregate) in (figures.aggregates ?? []).enumerated() {
      let known = Set(figures.inspections.map(\.area))
      guard let unknown = aggregate.areas?.first(where: { !known.contains($0) }) else { continue }
      let path = JSONPath([.key("aggregates"), .index(index), .key("areas")])
      let at = document.nearestPosition(of: path)
      throw PublishedFiguresError(
        Diagnostic(
          .invalidPublishedShape,
          "aggregate '\(aggregate.id)' covers area '\(unknown)', which no inspection of the file "
            + "has." + Suggestion.didYouMean(unknown, among: known.sorted()) + " (at \(path))",
          location: SourceLocation(file: file, line: at?.line ?? 1, column: at?.column ?? 1)))
    }
    if let (path, cited) = figures.foreignCitation() {
      let at = document.nearestPosition(of: path)
      throw PublishedFiguresError(
        Diagnostic(
          .invalidPublishedShape,
          "the citation names source '\(cited)', but the file's source is "
            + "'\(figures.source.id)' (at \(path))",
          location: SourceLocation(file: file, line: at?.line ?? 1, column: at?.column ?? 1)))
    }
    return figures
  }

  /// The first citation naming another source than the file's, with its path.
  func foreignCitation() -> (JSONPath, String)? {
    func check(_ citation: PublishedCitation?, _ path: JSONPath) -> (JSONPath, String)? {
      guard let cited = citation?.source, cited != source.id else { return nil }
      return (path.appending(key: "provenance").appending(key: "source"), cited)
    }
    let root = JSONPath.root
    if let found = check(programme?.provenance, root.appending(key: "programme")) { return found }
    for (i, entry) in (programme?.composition ?? []).enumerated() {
      let path = root.appending(key: "programme").appending(key: "composition")
        .appending(index: i)
      if let found = check(entry.provenance, path) { return found }
    }
    for (i, inspection) in inspections.enumerated() {
      let base = root.appending(key: "inspections").appending(index: i)
      if let found = check(inspection.provenance, base) { return found }
      for (j, entry) in (inspection.composition ?? []).enumerated() {
        if let found = check(
          entry.provenance, base.appending(key: "composition").appending(index: j))
        {
          return found
        }
      }
      for (j, item) in inspection.items.enumerated() {
        if let found = check(item.provenance, base.appending(key: "items").appending(index: j)) {
          return found
        }
      }
      for (j, finding) in (inspection.questions ?? []).enumerated() {
        if let found = check(
          finding.provenance, base.appending(key: "questions").appending(index: j))
        {
          return found
        }
      }
    }
    for (i, item) in (aggregates ?? []).enumerated() {
      if let found = check(item.provenance, root.appending(key: "aggregates").appending(index: i)) {
        return found
      }
    }
    for (i, spread) in (ranges ?? []).enumerated() {
      if let found = check(spread.provenance, root.appending(key: "ranges").appending(index: i)) {
        return found
      }
    }
    return nil
  }
}
