extension FrameworkDocument {
  /// That an item measures a concept of the framework's concept catalog, and how.
  ///
  /// Questions, criteria, sections and headlines carry a list of these as `measures`. Two
  /// items of different frameworks that measure one concept `exact`ly are the same measure:
  /// answers carry between questions (when they are asked of the same cases), and criteria,
  /// sections and headlines are set on one row of a comparison.
  ///
  /// ```json
  /// "measures": [{"concept": "roh-screening-at-start", "relation": "exact"}]
  /// ```
  public struct ConceptLink: Hashable, Sendable, Codable {
    /// The concept's id in the framework's concept catalog.
    public var concept: String
    /// How the item measures it.
    public var relation: ConceptRelation

    /// Creates a link.
    public init(concept: String, relation: ConceptRelation) {
      self.concept = concept
      self.relation = relation
    }
  }

  /// The concept catalog a framework's items name, pinned by fingerprint.
  public struct ConceptCatalogReference: Hashable, Sendable, Codable {
    /// The catalog's id.
    public var id: String
    /// The catalog's version.
    public var version: String
    /// The fingerprint of the catalog's canonical document (`sha256:…`).
    public var fingerprint: String

    /// Creates a reference.
    public init(id: String, version: String, fingerprint: String) {
      self.id = id
      self.version = version
      self.fingerprint = fingerprint
    }

    /// `id@version`.
    public var label: String { "\(id)@\(version)" }
  }
}
