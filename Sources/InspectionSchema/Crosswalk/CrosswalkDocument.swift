import InspectionSupport

/// A compiled crosswalk: which questions of one framework correspond to which of another,
/// which criteria, sections and headlines measure the same thing, and why.
///
/// It records both frameworks by id, version and fingerprint, so a crosswalk compiled
/// against one version of a framework is never silently applied to another. Each mapping
/// says where it comes from (``Basis``): derived from a concept both frameworks tag, declared
/// by an explicit entry, or a derived one refined by an entry; and why, with citations of the
/// two reports. Target questions no mapping reaches are listed in ``unmapped`` with the reason.
///
/// ```swift
/// let compilation = CrosswalkCompiler.compile(crosswalk, from: omi, to: omi2)
/// print(CanonicalJSON.pretty(try JSONValueEncoder().encode(compilation.document)))
/// ```
public struct CrosswalkDocument: Hashable, Sendable, Codable {
  /// The version of this document format: 2 adds reasons, citations, bases, items and
  /// unmapped questions.
  public static let currentSchemaVersion = 2

  /// The format version the document was written in.
  public var schemaVersion: Int
  /// The framework the mappings start from.
  public var from: FrameworkReference
  /// The framework the mappings lead to.
  public var to: FrameworkReference
  /// What the crosswalk is for, if said.
  public var title: String?
  /// The concept catalog both frameworks tag, when mappings were derived from it.
  public var concepts: FrameworkDocument.ConceptCatalogReference?
  /// The question mappings: derived ones in target order, then declared ones in declaration
  /// order.
  public var mappings: [Mapping]
  /// Criteria, sections and headlines that measure the same thing.
  public var items: [ItemMapping]
  /// Target questions no mapping reaches, in target order, each with the reason.
  public var unmapped: [Unmapped]
  /// Derived mappings removed by a veto, with its reason.
  public var vetoed: [Mapping]

  /// Creates a crosswalk document.
  public init(
    schemaVersion: Int = CrosswalkDocument.currentSchemaVersion,
    from: FrameworkReference, to: FrameworkReference, title: String? = nil,
    concepts: FrameworkDocument.ConceptCatalogReference? = nil,
    mappings: [Mapping], items: [ItemMapping] = [], unmapped: [Unmapped] = [],
    vetoed: [Mapping] = []
  ) {
    self.schemaVersion = schemaVersion
    self.from = from
    self.to = to
    self.title = title
    self.concepts = concepts
    self.mappings = mappings
    self.items = items
    self.unmapped = unmapped
    self.vetoed = vetoed
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

  /// Which framework of a crosswalk: the source (`from`) or the target (`to`).
  public enum Side: String, Hashable, Sendable, Codable {
    case from, to
  }

  /// What kind of item a mapping or alignment concerns.
  public enum ItemKind: String, Hashable, Sendable, Codable, CaseIterable {
    case question, criterion, section, headline
  }

  /// Where a mapping comes from.
  public enum Basis: String, Hashable, Sendable, Codable {
    /// Derived from a concept both items measure.
    case concept
    /// Declared by an explicit entry of the crosswalk.
    case declared
    /// Derived, then given another relation or reason by an explicit entry.
    case refined
  }

  /// Where a report says what an entry claims: a source of the framework on `side`, and the
  /// place in it (the provenance model's citation style).
  public struct Citation: Hashable, Sendable, Codable {
    /// Whose source: the source framework's (`from`) or the target's (`to`).
    public var side: Side
    /// The source id, as that framework declares it.
    public var source: String
    /// Where in the source, as it numbers or heads it.
    public var location: String
    /// The source's own words, short.
    public var quote: String?

    /// Creates a citation.
    public init(side: Side, source: String, location: String, quote: String? = nil) {
      self.side = side
      self.source = source
      self.location = location
      self.quote = quote
    }
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
    public var reason: String?
    /// Where the mapping comes from; `declared` when not said.
    public var basis: Basis?
    /// The concept that gives the mapping, for a derived one.
    public var concept: String?
    /// Where the two reports say so.
    public var citations: [Citation]?

    /// Creates a mapping.
    public init(
      from: String, to: String?, relation: CrosswalkRelation, reason: String? = nil,
      basis: Basis? = nil, concept: String? = nil, citations: [Citation]? = nil
    ) {
      self.from = from
      self.to = to
      self.relation = relation
      self.reason = reason
      self.basis = basis
      self.concept = concept
      self.citations = citations
    }
  }

  /// A criterion, section or headline of each framework that measure the same thing (or a
  /// related thing, when `relation` is not `equal`).
  public struct ItemMapping: Hashable, Sendable, Codable {
    /// What kind of item.
    public var kind: ItemKind
    /// The source item's id.
    public var from: String
    /// The target item's id.
    public var to: String
    /// How they relate; only `equal` sets them on one row.
    public var relation: CrosswalkRelation
    /// Why.
    public var reason: String
    /// Where the mapping comes from.
    public var basis: Basis
    /// The concept both measure, for a derived one.
    public var concept: String?
    /// Where the reports say so.
    public var citations: [Citation]?

    /// Creates an item mapping.
    public init(
      kind: ItemKind, from: String, to: String, relation: CrosswalkRelation, reason: String,
      basis: Basis, concept: String? = nil, citations: [Citation]? = nil
    ) {
      self.kind = kind
      self.from = from
      self.to = to
      self.relation = relation
      self.reason = reason
      self.basis = basis
      self.concept = concept
      self.citations = citations
    }
  }

  /// A target question no mapping reaches, and why.
  public struct Unmapped: Hashable, Sendable, Codable {
    /// The target question id.
    public var to: String
    /// Why no source question corresponds; empty when no reason is recorded.
    public var reason: String
    /// `concept` when the reason follows from the tagging, `declared` when an entry gives it.
    public var basis: Basis
    /// Where the reports say so.
    public var citations: [Citation]?

    /// Creates an unmapped entry.
    public init(to: String, reason: String, basis: Basis, citations: [Citation]? = nil) {
      self.to = to
      self.reason = reason
      self.basis = basis
      self.citations = citations
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

  /// The items of `kind` set on one row: source id → target id, from `equal` item mappings.
  public func alignedItems(_ kind: ItemKind) -> [String: String] {
    var aligned: [String: String] = [:]
    for item in items where item.kind == kind && item.relation == .equal {
      if aligned[item.from] == nil { aligned[item.from] = item.to }
    }
    return aligned
  }
}
