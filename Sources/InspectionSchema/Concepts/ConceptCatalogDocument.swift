import InspectionSupport

/// A compiled concept catalog: what inspection questions check, in plain words, each once.
///
/// Frameworks name the catalog (``FrameworkDocument/conceptCatalog``) and tag their
/// questions, criteria, sections and headlines with the concepts they measure. A crosswalk
/// between two frameworks tagged against one catalog is derived from the concepts they share,
/// so N frameworks need N taggings, not N² crosswalks. Like a framework, a catalog is
/// versioned and fingerprinted; `docs/schema/concepts.schema.json` describes the document.
///
/// ```swift
/// let compilation = ConceptCatalogCompiler.compile(FrameworkCatalog.concepts)
/// compilation.document.concept("roh-screening-at-start")?.text
/// ```
public struct ConceptCatalogDocument: Hashable, Sendable, Codable {
  /// The version of this document format.
  public static let currentSchemaVersion = 1

  /// The format version the document was written in.
  public var schemaVersion: Int
  /// The catalog's id, e.g. `probation-casework`.
  public var id: String
  /// The catalog's version.
  public var version: String
  /// What the catalog covers.
  public var title: String
  /// How the concepts were chosen, in plain words.
  public var summary: String?
  /// Areas that group the concepts, in declaration order.
  public var areas: [Area]
  /// The concepts, in declaration order.
  public var concepts: [Concept]

  /// A group of concepts, e.g. "Risk of harm to others".
  public struct Area: Hashable, Sendable, Codable {
    /// The area's id.
    public var id: String
    /// The area's title.
    public var title: String

    /// Creates an area.
    public init(id: String, title: String) {
      self.id = id
      self.title = title
    }
  }

  /// One concept: what a question checks, in plain words.
  public struct Concept: Hashable, Sendable, Codable {
    /// The concept's id, e.g. `roh-screening-at-start`.
    public var id: String
    /// What is checked, in plain words, e.g. "A risk of harm screening was completed at the
    /// start of the sentence or licence".
    public var text: String
    /// The id of the area the concept belongs to, if any.
    public var area: String?
    /// Anything a reader should know: scope, what it excludes.
    public var note: String?

    /// Creates a concept.
    public init(id: String, text: String, area: String? = nil, note: String? = nil) {
      self.id = id
      self.text = text
      self.area = area
      self.note = note
    }
  }

  /// Creates a catalog document.
  public init(
    schemaVersion: Int = ConceptCatalogDocument.currentSchemaVersion, id: String,
    version: String, title: String, summary: String? = nil, areas: [Area] = [],
    concepts: [Concept] = []
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.version = version
    self.title = title
    self.summary = summary
    self.areas = areas
    self.concepts = concepts
  }

  /// `id@version`.
  public var label: String { "\(id)@\(version)" }

  /// The concept with `id`, if declared.
  public func concept(_ id: String) -> Concept? {
    concepts.first { $0.id == id }
  }

  /// The fingerprint of the catalog's compact canonical JSON, `sha256:…`.
  public func fingerprint() throws -> String {
    Fingerprint(canonicalJSONOf: try JSONValueEncoder().encode(self)).description
  }

  /// The catalog's file text: pretty canonical JSON with its `fingerprint`, `schemaVersion`
  /// first.
  public func canonicalJSON() throws -> String {
    let value = try JSONValueEncoder().encode(self)
    guard case .object(var members) = value else { return CanonicalJSON.pretty(value) }
    members["fingerprint"] = .string(Fingerprint(canonicalJSONOf: value).description)
    return CanonicalJSON.pretty(.object(members), leadingKeys: ["schemaVersion"])
  }

  /// A reference to this catalog, for a framework document.
  public func reference() throws -> FrameworkDocument.ConceptCatalogReference {
    .init(id: id, version: version, fingerprint: try fingerprint())
  }
}
