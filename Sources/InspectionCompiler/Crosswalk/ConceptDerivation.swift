import InspectionSchema
import InspectionSupport

/// The mappings two frameworks' shared concepts give: the derived part of a crosswalk.
///
/// For every target item and every source item of the same kind that measure one concept,
/// at least one of them `exact`ly, the relation follows from how each measures it:
///
/// | source measures | target measures | relation (read from the source) |
/// |---|---|---|
/// | exact | exact | `equal` (questions: when asked of the same cases, see ``ApplicabilityMatch``) |
/// | exact | narrower or part of | `broader` |
/// | exact | broader | `narrower` |
/// | narrower or part of | exact | `narrower` |
/// | broader | exact | `broader` |
///
/// Questions measuring one concept exactly but asked of different case groups are `broader`
/// (the source is asked of every case, the target of some), `narrower` (the reverse) or
/// `overlapping`. Two items that each measure a concept only in part are not mapped: they
/// are related through the concept, not the same measure. A pair sharing several concepts
/// takes the strongest relation (`equal`, then `broader` or `narrower`, then `overlapping`).
///
/// Every derived mapping carries its reason in words and the two items' own citations, so
/// `inspect crosswalk show` says, for each, where the two reports print it.
///
/// ```swift
/// let derived = ConceptDerivation(source: omi2008, target: omi2, concepts: catalog)
/// derived.questions.first { $0.to == "1.2.a" }?.relation   // .equal
/// ```
struct ConceptDerivation {
  /// The derived question mappings, in target order.
  private(set) var questions: [CrosswalkDocument.Mapping] = []
  /// The derived item mappings (criteria, sections, headlines), in target order.
  private(set) var items: [CrosswalkDocument.ItemMapping] = []
  /// Why nothing was derived, when the frameworks share no catalog.
  let unavailable: String?

  private let source: FrameworkDocument
  private let target: FrameworkDocument
  private let concepts: ConceptCatalogDocument?

  /// Derives the mappings; `equal` holds explicit `.equal` question mappings declared by the
  /// crosswalk, which answer conditions may rest on; `vetoed` the pairs not to derive.
  init(
    source: FrameworkDocument, target: FrameworkDocument, concepts: ConceptCatalogDocument?,
    equal: [String: String] = [:], vetoed: Set<String> = []
  ) {
    self.source = source
    self.target = target
    self.concepts = concepts
    guard let a = source.conceptCatalog, let b = target.conceptCatalog else {
      unavailable =
        source.conceptCatalog == nil && target.conceptCatalog == nil
        ? "neither framework names a concept catalog"
        : "\(source.conceptCatalog == nil ? source.label : target.label) names no concept catalog"
      return
    }
    guard a.id == b.id, a.version == b.version else {
      unavailable =
        "\(source.label) names concept catalog \(a.label) and \(target.label) \(b.label)"
      return
    }
    unavailable = nil
    var match = ApplicabilityMatch(source: source, target: target, earlier: equal)
    let sourceQuestions = source.allQuestions.filter { !($0.measures ?? []).isEmpty }
    for question in target.allQuestions {
      for candidate in sourceQuestions {
        guard !vetoed.contains(Self.key(.question, candidate.id, question.id)),
          let mapping = questionMapping(candidate, question, match: match)
        else { continue }
        questions.append(mapping)
        if mapping.relation == .equal, match.earlier[candidate.id] == nil {
          match.earlier[candidate.id] = question.id
        }
      }
    }
    let kinds: [(CrosswalkDocument.ItemKind, [Tagged], [Tagged])] = [
      (.section, Self.tagged(source.sections), Self.tagged(target.sections)),
      (.criterion, Self.tagged(source.allCriteria), Self.tagged(target.allCriteria)),
      (.headline, Self.tagged(source.headlines), Self.tagged(target.headlines)),
    ]
    for (kind, sourceItems, targetItems) in kinds {
      for item in targetItems {
        for candidate in sourceItems
        where !vetoed.contains(Self.key(kind, candidate.id, item.id)) {
          guard
            let (relation, link) = Self.strongest(candidate.links, item.links, sameCases: true)
          else { continue }
          items.append(
            CrosswalkDocument.ItemMapping(
              kind: kind, from: candidate.id, to: item.id, relation: relation,
              reason: reason(
                relation, link.concept, kind.rawValue, candidate.links, item.links,
                caseGroups: nil),
              basis: .concept, concept: link.concept,
              citations: Self.citations(candidate.provenance, item.provenance)))
        }
      }
    }
  }

  /// A key for a pair of items of one kind.
  static func key(_ kind: CrosswalkDocument.ItemKind, _ from: String, _ to: String) -> String {
    "\(kind.rawValue)\u{1F}\(from)\u{1F}\(to)"
  }

  private func questionMapping(
    _ a: FrameworkDocument.Question, _ b: FrameworkDocument.Question, match: ApplicabilityMatch
  ) -> CrosswalkDocument.Mapping? {
    let sameCases = match.compatible(a.applicability, b.applicability)
    guard let found = Self.strongest(a.measures ?? [], b.measures ?? [], sameCases: sameCases)
    else { return nil }
    var relation = found.0
    let link = found.1
    var groups: (String, String)?
    let exactBoth =
      Self.relation(of: link.concept, in: a.measures ?? []) == .exact
      && Self.relation(of: link.concept, in: b.measures ?? []) == .exact
    // The same check asked of case groups that never meet (custody and community cases) is
    // not a correspondence: no case has both answers.
    if exactBoth, match.disjoint(a.applicability, b.applicability) { return nil }
    if exactBoth, !sameCases {
      groups = (
        ApplicabilityMatch.words(a.applicability), ApplicabilityMatch.words(b.applicability)
      )
      relation =
        switch (a.applicability, b.applicability) {
        case (nil, .some): .broader
        case (.some, nil): .narrower
        default: .overlapping
        }
    }
    return CrosswalkDocument.Mapping(
      from: a.id, to: b.id, relation: relation,
      reason: reason(
        relation, link.concept, "question", a.measures ?? [], b.measures ?? [],
        caseGroups: groups, cases: sameCases ? ApplicabilityMatch.words(b.applicability) : nil),
      basis: .concept, concept: link.concept,
      citations: Self.citations(a.provenance, b.provenance))
  }

  /// The strongest relation over the concepts both lists name (at least one side exact), with
  /// the concept that gives it; `nil` when none qualifies.
  static func strongest(
    _ a: [FrameworkDocument.ConceptLink], _ b: [FrameworkDocument.ConceptLink], sameCases: Bool
  ) -> (CrosswalkRelation, FrameworkDocument.ConceptLink)? {
    var best: (rank: Int, relation: CrosswalkRelation, link: FrameworkDocument.ConceptLink)?
    for link in b {
      guard let other = a.first(where: { $0.concept == link.concept }),
        let relation = combined(other.relation, link.relation)
      else { continue }
      // Exact on both sides but asked of other cases ranks with the weakest relations.
      let rank =
        switch relation {
        case .equal: sameCases ? 3 : 1
        case .broader, .narrower: 2
        default: 1
        }
      if rank > (best?.rank ?? 0) { best = (rank, relation, link) }
    }
    return best.map { ($0.relation, $0.link) }
  }

  /// How a source item relates to a target item from how each measures one concept; `nil`
  /// when neither measures it exactly.
  static func combined(_ source: ConceptRelation, _ target: ConceptRelation) -> CrosswalkRelation? {
    switch (source, target) {
    case (.exact, .exact): .equal
    case (.exact, .broader): .narrower
    case (.exact, _): .broader
    case (.broader, .exact): .broader
    case (_, .exact): .narrower
    default: nil
    }
  }

  private static func relation(of concept: String, in links: [FrameworkDocument.ConceptLink])
    -> ConceptRelation?
  {
    links.first { $0.concept == concept }?.relation
  }

  /// "“A risk of harm screening …” [roh-screening]", or the id alone without a catalog.
  func named(_ concept: String) -> String {
    guard let text = concepts?.concept(concept)?.text else { return "[\(concept)]" }
    return "“\(text)” [\(concept)]"
  }

  private func reason(
    _ relation: CrosswalkRelation, _ concept: String, _ kind: String,
    _ a: [FrameworkDocument.ConceptLink], _ b: [FrameworkDocument.ConceptLink],
    caseGroups: (String, String)?, cases: String? = nil
  ) -> String {
    func how(_ links: [FrameworkDocument.ConceptLink]) -> String {
      switch Self.relation(of: concept, in: links) ?? .exact {
      case .exact: "exactly"
      case .partOf: "in part"
      case .broader: "more broadly (it asks more)"
      default: "more narrowly (it asks less)"
      }
    }
    if let (before, after) = caseGroups {
      return "Both measure \(named(concept)) exactly, but of a different case group: "
        + "\(source.label) asks it of \(before), \(target.label) of \(after)."
    }
    if relation == .equal {
      let scope = cases.map { ", asked of \($0)" } ?? ""
      return "Both \(kind)s measure \(named(concept)) exactly\(scope)."
    }
    return "\(source.label) measures \(named(concept)) \(how(a)); \(target.label) \(how(b))."
  }

  private static func citations(
    _ a: FrameworkDocument.Provenance?, _ b: FrameworkDocument.Provenance?
  ) -> [CrosswalkDocument.Citation]? {
    let list = [
      a.map {
        CrosswalkDocument.Citation(
          side: .from, source: $0.source, location: $0.location, quote: $0.quote)
      },
      b.map {
        CrosswalkDocument.Citation(
          side: .to, source: $0.source, location: $0.location, quote: $0.quote)
      },
    ].compactMap { $0 }
    return list.isEmpty ? nil : list
  }

  /// An item with concept links and a citation.
  struct Tagged {
    let id: String
    let links: [FrameworkDocument.ConceptLink]
    let provenance: FrameworkDocument.Provenance?
  }

  private static func tagged(_ sections: [FrameworkDocument.Section]) -> [Tagged] {
    sections.compactMap { item in
      item.measures.map { Tagged(id: item.id, links: $0, provenance: item.provenance) }
    }
  }

  private static func tagged(_ criteria: [FrameworkDocument.Criterion]) -> [Tagged] {
    criteria.compactMap { item in
      item.measures.map { Tagged(id: item.id, links: $0, provenance: item.provenance) }
    }
  }

  private static func tagged(_ headlines: [FrameworkDocument.Headline]) -> [Tagged] {
    headlines.compactMap { item in
      item.measures.map { Tagged(id: item.id, links: $0, provenance: item.provenance) }
    }
  }
}
