import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Compiles a crosswalk between two framework documents: the mappings their shared concepts
/// give (``ConceptDerivation``), with a ``Crosswalk`` declaration's entries applied on top.
///
/// Like the framework compiler it reports every problem at once, each at the
/// `file:line:column` of the entry it concerns: ids that do not exist on their side (with a
/// "did you mean"), the same pair mapped twice, a question `.equal` to two others (by entries
/// or by concepts), a target-less mapping that is not `.none`, an entry without a reason
/// (warning), a citation of a source its framework does not declare, a veto that removes
/// nothing, contradictory entries, and frameworks other than the ones named.
///
/// Every target question ends up mapped or in ``CrosswalkDocument/unmapped`` with a reason:
/// the entry's (`NoCounterpart`), a veto's, or the one the tagging gives.
///
/// ```swift
/// let compilation = CrosswalkCompiler.compile(
///   crosswalk, from: (omi, omiFingerprint), to: (omi2, omi2Fingerprint), concepts: catalog)
/// compilation.diagnostics.forEach { print($0.rendered) }
/// ```
public enum CrosswalkCompiler {
  /// Compiles `crosswalk` (or, with `nil`, the concepts alone) from `source` to `target`.
  ///
  /// - Parameters:
  ///   - crosswalk: the declaration, or `nil` to derive from shared concepts only.
  ///   - reversed: read the declaration backwards (its `to` is `source`): maps and vetoes
  ///     swap sides, `.narrower` and `.broader` swap, citations swap sides; `NoCounterpart`
  ///     entries, which speak of the declaration's target, are dropped.
  ///   - concepts: the catalog both frameworks name, for the concepts' words in reasons.
  public static func compile(
    _ crosswalk: Crosswalk?, reversed: Bool = false,
    from source: (document: FrameworkDocument, fingerprint: String),
    to target: (document: FrameworkDocument, fingerprint: String),
    concepts: ConceptCatalogDocument? = nil
  ) -> CrosswalkCompilation {
    var diagnostics: [Diagnostic] = []
    let entries = crosswalk.map { Entries($0, reversed: reversed) } ?? Entries()
    if let crosswalk {
      let (from, to) = reversed ? (crosswalk.to, crosswalk.from) : (crosswalk.from, crosswalk.to)
      for (name, document, side) in [
        (from, source.document, "source"), (to, target.document, "target"),
      ] where !names(name, document) {
        diagnostics.append(
          Diagnostic(
            .crosswalkFrameworkMismatch,
            "the crosswalk's \(side) is \(Quoted(name)), but it was compiled against "
              + "\(document.label); compile it against \(Quoted(name))",
            location: crosswalk.location))
      }
    }
    var check = EntryCheck(source: source.document, target: target.document)
    check.validate(entries)
    diagnostics += check.diagnostics

    let explicitEqual = Dictionary(
      entries.maps.compactMap { map in
        map.relation == .equal ? map.to.map { (map.from, $0) } : nil
      }, uniquingKeysWith: { first, _ in first })
    let vetoKeys = Set(entries.vetoes.map { ConceptDerivation.key($0.kind, $0.from, $0.to) })
    let derivation = ConceptDerivation(
      source: source.document, target: target.document, concepts: concepts,
      equal: explicitEqual, vetoed: vetoKeys)
    let everything = ConceptDerivation(
      source: source.document, target: target.document, concepts: concepts,
      equal: explicitEqual)
    let derivedKeys = Set(
      everything.questions.map { ConceptDerivation.key(.question, $0.from, $0.to ?? "") }
        + everything.items.map { ConceptDerivation.key($0.kind, $0.from, $0.to) })
    for veto in entries.vetoes
    where !derivedKeys.contains(ConceptDerivation.key(veto.kind, veto.from, veto.to)) {
      diagnostics.append(
        Diagnostic(
          .crosswalkIneffectiveEntry, .warning,
          "the veto of \(veto.kind.rawValue) \(Quoted(veto.from)) → \(Quoted(veto.to)) removes "
            + "nothing: the shared concepts do not map them", location: veto.location))
    }
    if crosswalk != nil, entries.maps.isEmpty, entries.alignments.isEmpty,
      derivation.questions.isEmpty, let location = crosswalk?.location
    {
      diagnostics.append(
        Diagnostic(
          .crosswalkEmpty, .warning,
          "the crosswalk from \(source.document.label) to \(target.document.label) has no "
            + "mappings" + (derivation.unavailable.map { " (\($0))" } ?? ""), location: location))
    }

    // Derived mappings first, in target order; an entry for the same pair refines it.
    var mappings: [CrosswalkDocument.Mapping] = []
    var mappingLocation: [Int: SourceLocation] = [:]
    let explicitByPair = Dictionary(
      entries.maps.map { ("\($0.from)\u{1F}\($0.to ?? "")", $0) },
      uniquingKeysWith: { first, _ in first })
    var refined = Set<String>()
    for derived in derivation.questions {
      let pair = "\(derived.from)\u{1F}\(derived.to ?? "")"
      guard let map = explicitByPair[pair] else {
        mappings.append(derived)
        continue
      }
      refined.insert(pair)
      mappingLocation[mappings.count] = map.location
      mappings.append(
        CrosswalkDocument.Mapping(
          from: derived.from, to: derived.to, relation: map.relation,
          reason: map.reason ?? derived.reason, basis: .refined, concept: derived.concept,
          citations: map.citations.isEmpty ? derived.citations : map.citations))
    }
    var seenPairs = Set<String>()
    for map in entries.maps {
      let pair = "\(map.from)\u{1F}\(map.to ?? "")"
      guard !refined.contains(pair), seenPairs.insert(pair).inserted else { continue }
      mappingLocation[mappings.count] = map.location
      mappings.append(
        CrosswalkDocument.Mapping(
          from: map.from, to: map.to, relation: map.relation, reason: map.reason,
          basis: .declared, citations: map.citations.isEmpty ? nil : map.citations))
    }
    diagnostics += equalConflicts(
      mappings, locations: mappingLocation, fallback: crosswalk?.location)

    var items = derivation.items
    for align in entries.alignments {
      if let index = items.firstIndex(where: {
        $0.kind == align.kind && $0.from == align.from && $0.to == align.to
      }) {
        if items[index].relation == .equal {
          diagnostics.append(
            Diagnostic(
              .crosswalkIneffectiveEntry, .warning,
              "\(align.kind.rawValue)s \(Quoted(align.from)) and \(Quoted(align.to)) are aligned "
                + "by the concept \(Quoted(items[index].concept ?? "")) already",
              location: align.location))
        }
        items[index].relation = .equal
        items[index].reason = align.reason
        items[index].basis = .refined
        if !align.citations.isEmpty { items[index].citations = align.citations }
      } else {
        items.append(
          CrosswalkDocument.ItemMapping(
            kind: align.kind, from: align.from, to: align.to, relation: .equal,
            reason: align.reason, basis: .declared,
            citations: align.citations.isEmpty ? nil : align.citations))
      }
    }

    let vetoed = everything.questions.compactMap { mapping -> CrosswalkDocument.Mapping? in
      guard
        let veto = entries.vetoes.first(where: {
          $0.kind == .question && $0.from == mapping.from && $0.to == mapping.to
        })
      else { return nil }
      var copy = mapping
      copy.reason = veto.reason
      copy.basis = .declared
      copy.citations = veto.citations.isEmpty ? mapping.citations : veto.citations
      return copy
    }
    let unmapped = unmappedQuestions(
      target: target.document, source: source.document, mappings: mappings, vetoed: vetoed,
      entries: entries, derivation: derivation)
    for entry in entries.noCounterparts
    where mappings.contains(where: { $0.to == entry.to && $0.relation != .none }) {
      diagnostics.append(
        Diagnostic(
          .crosswalkContradiction,
          "NoCounterpart(\(Quoted(entry.to))) names a question a mapping reaches; remove the "
            + "entry or veto the mapping", location: entry.location))
    }

    let document = CrosswalkDocument(
      from: .init(
        id: source.document.id, version: source.document.version,
        fingerprint: source.fingerprint),
      to: .init(
        id: target.document.id, version: target.document.version,
        fingerprint: target.fingerprint),
      title: crosswalk?.title.map { reversed ? "\($0) (read backwards)" : $0 },
      concepts: derivation.unavailable == nil ? source.document.conceptCatalog : nil,
      mappings: mappings, items: items, unmapped: unmapped, vetoed: vetoed)
    return CrosswalkCompilation(document: document, diagnostics: diagnostics.sortedForDisplay())
  }

  /// Compiles `crosswalk` against `source` and `target` (the declaration's own direction).
  public static func compile(
    _ crosswalk: Crosswalk,
    from source: (document: FrameworkDocument, fingerprint: String),
    to target: (document: FrameworkDocument, fingerprint: String)
  ) -> CrosswalkCompilation {
    compile(Optional(crosswalk), reversed: false, from: source, to: target, concepts: nil)
  }

  /// Whether `name` (`id` or `id@version`) names `document`.
  public static func names(_ name: String, _ document: FrameworkDocument) -> Bool {
    let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
    guard parts.first == document.id else { return false }
    return parts.count == 1 || parts[1] == document.version
  }

  /// A source question `.equal` to two targets, or two sources `.equal` to one target.
  private static func equalConflicts(
    _ mappings: [CrosswalkDocument.Mapping], locations: [Int: SourceLocation],
    fallback: SourceLocation?
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var firstFrom: [String: Int] = [:]
    var firstTo: [String: Int] = [:]
    func report(_ message: String, _ index: Int, _ first: Int) {
      let how = { (i: Int) in
        mappings[i].basis == .concept
          ? " (derived: both measure \(Quoted(mappings[i].concept ?? "")) exactly)" : ""
      }
      diagnostics.append(
        Diagnostic(
          .crosswalkDuplicate,
          message + how(index) + "; keep one mapping (Veto removes a derived "
            + "one)", location: locations[index] ?? fallback,
          notes: [
            Diagnostic.Note(
              message: "first mapped here\(how(first))", location: locations[first] ?? fallback)
          ]))
    }
    for (index, mapping) in mappings.enumerated() where mapping.relation == .equal {
      guard let to = mapping.to else { continue }
      if let first = firstFrom[mapping.from] {
        report("\(Quoted(mapping.from)) is .equal to two target questions", index, first)
      } else {
        firstFrom[mapping.from] = index
      }
      if let first = firstTo[to] {
        report("two source questions are .equal to \(Quoted(to))", index, first)
      } else {
        firstTo[to] = index
      }
    }
    return diagnostics
  }

  /// Every target question no mapping reaches, in target order, with its reason.
  private static func unmappedQuestions(
    target: FrameworkDocument, source: FrameworkDocument, mappings: [CrosswalkDocument.Mapping],
    vetoed: [CrosswalkDocument.Mapping], entries: Entries, derivation: ConceptDerivation
  ) -> [CrosswalkDocument.Unmapped] {
    let reached = Set(mappings.filter { $0.relation != .none }.compactMap(\.to))
    var sourceByConcept: [String: [String]] = [:]
    for question in source.allQuestions {
      for link in question.measures ?? [] {
        sourceByConcept[link.concept, default: []].append(question.id)
      }
    }
    return target.allQuestions.filter { !reached.contains($0.id) }.map { question in
      let own = question.provenance.map {
        [
          CrosswalkDocument.Citation(
            side: .to, source: $0.source, location: $0.location, quote: $0.quote)
        ]
      }
      if let entry = entries.noCounterparts.first(where: { $0.to == question.id }) {
        return .init(
          to: question.id, reason: entry.reason, basis: .declared,
          citations: entry.citations.isEmpty ? own : entry.citations)
      }
      if let veto = vetoed.first(where: { $0.to == question.id }) {
        return .init(
          to: question.id,
          reason: "\(source.label) \(veto.from) measures the same concept, but the mapping is "
            + "vetoed: \(veto.reason ?? "")", basis: .declared, citations: veto.citations)
      }
      let links = question.measures ?? []
      guard derivation.unavailable == nil, !links.isEmpty else {
        return .init(to: question.id, reason: "", basis: .concept, citations: own)
      }
      let related = links.flatMap { link in
        (sourceByConcept[link.concept] ?? []).map { ($0, link.concept) }
      }
      if let (other, concept) = related.first {
        return .init(
          to: question.id,
          reason: "Related only in part: \(source.label) \(other) and this question each "
            + "measure \(derivation.named(concept)) in part or more broadly, so neither is the "
            + "other; no question of \(source.label) measures what this one asks.",
          basis: .concept, citations: own)
      }
      let exact = links.filter { $0.relation == .exact }
      let names = (exact.isEmpty ? links : exact).map { derivation.named($0.concept) }
        .joined(separator: ", ")
      return .init(
        to: question.id,
        reason: "No counterpart: no question of \(source.label) measures \(names); the "
          + "\(source.label) declaration restates no finding of its report on it.",
        basis: .concept, citations: own)
    }
  }
}
