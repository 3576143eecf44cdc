/// A compiled inspection framework: the versioned, serialisable document every tool reads.
///
/// A framework document is what the compiler produces from a Swift declaration and what
/// `inspect validate` loads from JSON. The evaluator scores samples against it without
/// knowing where it came from. Elements keep their declaration order; ids are unique within
/// their namespace (see ``FrameworkDocument/Namespace``).
///
/// ```swift
/// let document = try FrameworkDocument.load(from: json)
/// print(document.id, document.version)   // "OMI2 2009"
/// ```
public struct FrameworkDocument: Hashable, Sendable, Codable {
  /// The version of this document format. Readers refuse other versions.
  public static let currentSchemaVersion = 1

  /// The format version the document was written in; ``currentSchemaVersion`` when written.
  public var schemaVersion: Int
  /// The framework's short id, e.g. `OMI2`.
  public var id: String
  /// The framework's version, e.g. `2009`; one id may have several versions side by side.
  public var version: String
  /// The framework's title as published.
  public var title: String
  /// When the framework was in use, if known.
  public var period: Period?
  /// What the framework is for and how it worked, in plain words.
  public var summary: String?
  /// The published sources the declaration follows.
  public var sources: [SourceReference]
  /// Where the sources are silent: what the declaration assumes, stated plainly.
  public var assumptions: [String]
  /// Facts recorded about each case, used by applicability.
  public var attributes: [CaseAttribute]
  /// The answer scales questions use.
  public var scales: [AnswerScale]
  /// Themes (threads) that tag questions across criteria.
  public var themes: [Theme]
  /// Grade scales that turn a score into a band.
  public var gradeScales: [GradeScale]
  /// Judgement scales whose labels inspectors record.
  public var judgementScales: [JudgementScale]
  /// The scored structure: sections of criteria of questions.
  public var sections: [Section]
  /// Headline (thread) scores across criteria.
  public var headlines: [Headline]
  /// Overall ratings that sum the band points of other items.
  public var overall: [OverallRating]
  /// How scores are displayed and when a warning is due.
  public var presentation: Presentation
  /// The framework this one is derived from, if any.
  public var base: BaseReference?
  /// The question bank this framework takes a subset of, if any: its questions are the
  /// bank's, word for word.
  public var subsetOf: QuestionBankReference?
  /// Whether the framework is a record of a historical, published framework: then every
  /// question, criterion, section, scale, rule and headline membership must cite a declared
  /// source (see ``Provenance``). `nil` (omitted in JSON) for a new framework.
  public var historical: Bool?
  /// The concept catalog whose concepts the framework's items measure (their `measures`),
  /// pinned by fingerprint; `nil` (omitted in JSON) when no item names a concept.
  public var conceptCatalog: ConceptCatalogReference?

  /// Creates a document; every collection defaults to empty.
  public init(
    schemaVersion: Int = FrameworkDocument.currentSchemaVersion,
    id: String, version: String, title: String,
    period: Period? = nil, summary: String? = nil,
    sources: [SourceReference] = [], assumptions: [String] = [],
    attributes: [CaseAttribute] = [], scales: [AnswerScale] = [], themes: [Theme] = [],
    gradeScales: [GradeScale] = [], judgementScales: [JudgementScale] = [],
    sections: [Section] = [], headlines: [Headline] = [], overall: [OverallRating] = [],
    presentation: Presentation = Presentation(), base: BaseReference? = nil,
    subsetOf: QuestionBankReference? = nil, historical: Bool? = nil,
    conceptCatalog: ConceptCatalogReference? = nil
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.version = version
    self.title = title
    self.period = period
    self.summary = summary
    self.sources = sources
    self.assumptions = assumptions
    self.attributes = attributes
    self.scales = scales
    self.themes = themes
    self.gradeScales = gradeScales
    self.judgementScales = judgementScales
    self.sections = sections
    self.headlines = headlines
    self.overall = overall
    self.presentation = presentation
    self.base = base
    self.subsetOf = subsetOf
    self.historical = historical
    self.conceptCatalog = conceptCatalog
  }
}

extension FrameworkDocument {
  /// Every question of the framework, in declaration order.
  public var allQuestions: [Question] {
    sections.flatMap { $0.criteria.flatMap(\.questions) }
  }

  /// Every criterion of the framework, in declaration order.
  public var allCriteria: [Criterion] {
    sections.flatMap(\.criteria)
  }

  /// Whether every item must cite its source: ``historical`` is `true`.
  public var requiresProvenance: Bool { historical == true }

  /// The source declared with `id`, if any.
  public func source(_ id: String) -> SourceReference? {
    sources.first { $0.id == id }
  }

  /// The framework's `id@version` label used in messages, e.g. `OMI2@2009`.
  public var label: String { "\(id)@\(version)" }
}
