import InspectionSchema
import InspectionSupport

/// The figures one published report printed, as data (`Examples/Published/*.json`).
///
/// The reader is strict about the fields it uses — their types, `schemaVersion` 1, the item
/// kinds — and tolerant of everything else: files carry notes, line numbers, quotes,
/// compositions and other fields for people, which are kept in the file and ignored here.
/// The format is described in `Examples/Published/README.md`.
///
/// ```swift
/// let figures = try PublishedFigures.read(bytes: bytes, file: "OMI2-Hertfordshire-2010.json")
/// figures.framework.label                    // "OMI2@2009"
/// figures.inspections[0].items.count         // 22
/// ```
public struct PublishedFigures: Hashable, Sendable, Decodable {
  /// The format version this reader understands.
  public static let currentSchemaVersion = 1

  /// The format version of the file.
  public var schemaVersion: Int
  /// The framework the report was published under.
  public var framework: FrameworkName
  /// The report, as cited.
  public var source: Source?
  /// One entry per inspection the report prints figures for.
  public var inspections: [Inspection]
  /// Programme-wide figures (annual reports), each over a set of inspections.
  public var aggregates: [Item]?
  /// Programme aggregates recorded as not following from the inspections.
  public var knownDiscrepancies: [Discrepancy]?

  /// A framework named by id and version.
  public struct FrameworkName: Hashable, Sendable, Decodable {
    public var id: String
    public var version: String
    /// `id@version`.
    public var label: String { "\(id)@\(version)" }
  }

  /// Where the figures come from.
  public struct Source: Hashable, Sendable, Decodable {
    public var title: String?
    public var seed: String?
    public var published: String?
  }

  /// The kind of a published figure.
  public enum Kind: String, Hashable, Sendable, Decodable, CaseIterable {
    case criterion, section, headline, overall, question
  }

  /// One inspection's figures.
  public struct Inspection: Hashable, Sendable, Decodable {
    /// The area inspected.
    public var area: String
    /// Which inspection of the area, where a report holds several (e.g. "2004 original").
    public var label: String?
    /// When the fieldwork was done.
    public var date: String?
    /// The number of cases inspected, where printed.
    public var cases: Int?
    /// The programme set the inspection belongs to (annual reports).
    public var set: String?
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
  }

  /// A printed figure for an item: a percentage, a label, or both.
  public struct Item: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    /// The printed percentage, if any.
    public var percent: Double?
    /// The printed band or judgement label, if any.
    public var label: String?
    /// The seed line the figure is printed on.
    public var line: Int?
    /// Whether the figure was recomputed without some evidence (ESI's "(adjusted)").
    public var adjusted: Bool?
    /// The programme set an aggregate covers.
    public var set: String?
    /// The areas (inspections) an aggregate covers.
    public var areas: [String]?
  }

  /// A printed per-question finding, oriented so that higher is better.
  public struct QuestionFinding: Hashable, Sendable, Decodable {
    public var id: String
    public var percent: Double?
    public var numerator: Int?
    public var denominator: Int?
    public var line: Int?
    /// The sub-sample the finding was measured on, by attribute; `nil` for the whole sample.
    public var stratum: [String: [String]]?
  }

  /// A published label kept although the framework's rule gives another.
  public struct Override: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    public var published: JSONValue?
    public var expected: JSONValue?
    public var rationale: String?
  }

  /// A published figure that does not follow from the others.
  public struct Discrepancy: Hashable, Sendable, Decodable {
    public var id: String
    public var kind: Kind
    public var published: JSONValue?
    public var expected: JSONValue?
    public var note: String?
    /// The programme set, for aggregate discrepancies.
    public var set: String?
  }
}

extension PublishedFigures {
  /// The largest published-figures file read: 16 MiB (`docs/limits.md`).
  public static let maximumFileBytes = 16 << 20
  /// The largest count a file may give (cases, numerators, denominators, line numbers).
  public static let maximumCount = 1_000_000_000

  /// Reads a published-figures file, reporting the first problem with its line and column.
  ///
  /// Every number is checked against its limit (``limitProblems()``): a percentage is finite
  /// and from 0 to 100; counts are from 0 to ``maximumCount``, a numerator at most its
  /// denominator; line numbers from 1.
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
    guard let version = document.root["schemaVersion"]?.intValue,
      version == currentSchemaVersion
    else {
      throw PublishedFiguresError(
        Diagnostic(
          .unsupportedPublishedVersion,
          "schemaVersion must be \(currentSchemaVersion) (Examples/Published/README.md)",
          location: SourceLocation(
            file: file,
            line: document.nearestPosition(of: JSONPath([.key("schemaVersion")]))?.line ?? 1,
            column: document.nearestPosition(of: JSONPath([.key("schemaVersion")]))?.column ?? 1)))
    }
    let figures: PublishedFigures
    do {
      figures = try JSONValueDecoder().decode(
        PublishedFigures.self, from: document, rejectUnknownKeys: false)
    } catch {
      throw PublishedFiguresError(
        Diagnostic(
          .invalidPublishedShape, "\(error.message) (at \(error.path))",
          location: SourceLocation(
            file: file, line: error.position?.line ?? 1, column: error.position?.column ?? 1)))
    }
    if let problem = figures.limitProblems().first {
      let position = document.nearestPosition(of: problem.path)
      throw PublishedFiguresError(
        Diagnostic(
          .publishedFigureOutOfRange, "\(problem.path): \(problem.message)",
          location: SourceLocation(
            file: file, line: position?.line ?? 1, column: position?.column ?? 1)))
    }
    return figures
  }
}

extension PublishedFigures {
  /// A number beyond its limit: where it is and what is wrong.
  public struct LimitProblem: Hashable, Sendable {
    /// The field, e.g. `inspections[0].items[3].percent`.
    public var path: JSONPath
    /// What is wrong.
    public var message: String
  }

  /// Every number of the file beyond its limit; empty when all are within.
  public func limitProblems() -> [LimitProblem] {
    var problems: [LimitProblem] = []
    func percent(_ value: Double?, _ path: JSONPath) {
      guard let value else { return }
      if !(value.isFinite && value >= 0 && value <= 100) {
        problems.append(
          LimitProblem(
            path: path,
            message: "the percentage \(DisplayRounding.plain(value)) is outside 0–100 "
              + "(docs/limits.md)"))
      }
    }
    func count(_ value: Int?, _ path: JSONPath, minimum: Int = 0) {
      guard let value else { return }
      if value < minimum || value > Self.maximumCount {
        problems.append(
          LimitProblem(
            path: path,
            message: "\(value) is outside \(minimum)…\(Self.maximumCount), the range of this "
              + "count (docs/limits.md)"))
      }
    }
    func items(_ items: [Item], _ path: JSONPath) {
      for (index, item) in items.enumerated() {
        let itemPath = path.appending(index: index)
        percent(item.percent, itemPath.appending(key: "percent"))
        count(item.line, itemPath.appending(key: "line"), minimum: 1)
      }
    }
    for (index, inspection) in inspections.enumerated() {
      let path: JSONPath = ["inspections", .index(index)]
      count(inspection.cases, path.appending(key: "cases"))
      items(inspection.items, path.appending(key: "items"))
      for (number, finding) in (inspection.questions ?? []).enumerated() {
        let findingPath = path.appending(key: "questions").appending(index: number)
        percent(finding.percent, findingPath.appending(key: "percent"))
        count(finding.numerator, findingPath.appending(key: "numerator"))
        count(finding.denominator, findingPath.appending(key: "denominator"))
        count(finding.line, findingPath.appending(key: "line"), minimum: 1)
        if let numerator = finding.numerator, let denominator = finding.denominator,
          numerator > denominator
        {
          problems.append(
            LimitProblem(
              path: findingPath.appending(key: "numerator"),
              message: "the numerator \(numerator) is larger than the denominator \(denominator)"))
        }
      }
    }
    items(aggregates ?? [], ["aggregates"])
    return problems
  }
}
