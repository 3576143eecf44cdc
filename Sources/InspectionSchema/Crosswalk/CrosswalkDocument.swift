import InspectionSupport

/// A compiled crosswalk: which questions of one framework correspond to which of another.
///
/// It records both frameworks by id, version and fingerprint, so a crosswalk compiled
/// against one version of a framework is never silently applied to another. Mappings keep
/// declaration order.
///
/// ```swift
/// let compilation = CrosswalkCompiler.compile(crosswalk, from: omi, to: omi2)
/// print(CanonicalJSON.pretty(try JSONValueEncoder().encode(compilation.document)))
/// ```
public struct CrosswalkDocument: Hashable, Sendable, Codable {
  /// The version of this document format.
  public static let currentSchemaVersion = 1

  /// The format version the document was written in.
  public var schemaVersion: Int
  /// The framework the mappings start from.
  public var from: FrameworkReference
  /// The framework the mappings lead to.
  public var to: FrameworkReference
  /// What the crosswalk is for, if said.
  public var title: String?
  /// The mappings, in declaration order.
  public var mappings: [Mapping]

  /// Creates a crosswalk document.
  public init(
    schemaVersion: Int = CrosswalkDocument.currentSchemaVersion,
    from: FrameworkReference, to: FrameworkReference, title: String? = nil,
    mappings: [Mapping]
  ) {
    self.schemaVersion = schemaVersion
    self.from = from
    self.to = to
    self.title = title
    self.mappings = mappings
  }

  /// A framework named by a crosswalk: id, version and the fingerprint it was compiled with.
  public struct FrameworkReference: Hashable, Sendable, Codable {
    /// The framework id, e.g. `OMI2`.
    public var id: String
    /// The framework version, e.g. `2009`.
    public var version: String
    /// The fingerprint of the framework document, `sha256:…`.
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

  /// One source question mapped to a target question (or to none).
  public struct Mapping: Hashable, Sendable, Codable {
    /// The source question id.
    public var from: String
    /// The target question id; `nil` only for ``CrosswalkRelation/none``.
    public var to: String?
    /// How the source relates to the target.
    public var relation: CrosswalkRelation
    /// Why the questions correspond (or do not).
    public var note: String?

    /// Creates a mapping.
    public init(from: String, to: String?, relation: CrosswalkRelation, note: String? = nil) {
      self.from = from
      self.to = to
      self.relation = relation
      self.note = note
    }
  }
}

extension CrosswalkDocument {
  /// The fingerprint of the crosswalk document: SHA-256 of its compact canonical JSON.
  public func fingerprint() throws -> String {
    let value = try JSONValueEncoder().encode(self)
    return Fingerprint(canonicalJSONOf: value).description
  }

  /// The mappings that carry answers under `relations`, by target question id.
  ///
  /// A target question reached by more than one carrying mapping takes the first declared.
  public func carrying(_ relations: Set<CrosswalkRelation>) -> [String: Mapping] {
    var byTarget: [String: Mapping] = [:]
    for mapping in mappings where relations.contains(mapping.relation) {
      guard let target = mapping.to, byTarget[target] == nil else { continue }
      byTarget[target] = mapping
    }
    return byTarget
  }
}
