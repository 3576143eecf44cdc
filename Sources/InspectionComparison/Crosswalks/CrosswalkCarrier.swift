import InspectionEvaluator
import InspectionSchema

/// Carries one case's answer effects from a source framework to a target framework across a
/// compiled crosswalk.
///
/// A target question takes the effect (sufficient, insufficient, not relevant) of the source
/// question mapped to it by a carrying relation — `.equal` unless more are asked for. The
/// answer's relevance is the source's: the source case was judged relevant or not by the
/// source's rules, and an `.equal` mapping says the judgement is the same. A target question
/// with no carrying mapping is left unanswered, so it stays out of every denominator.
///
/// ```swift
/// let carrier = try CrosswalkCarrier(crosswalk, from: omiPlan, to: omi2Plan)
/// let omi2Effects = carrier.carry(omiEffects)
/// ```
public struct CrosswalkCarrier: Sendable {
  /// The crosswalk used.
  public let crosswalk: CrosswalkDocument
  /// The relations that carry answers.
  public let relations: Set<CrosswalkRelation>
  /// For each target question position, the source position it takes its effect from.
  public let sourceOf: [Int?]
  /// The source positions that reach some target question.
  public let carriedSources: Set<Int>

  /// Prepares a carrier; the crosswalk must have been compiled against both plans.
  public init(
    _ crosswalk: CrosswalkDocument, from source: ScoringPlan, to target: ScoringPlan,
    relations: Set<CrosswalkRelation> = [.equal]
  ) throws(ComparisonError) {
    guard crosswalk.from.fingerprint == source.fingerprint,
      crosswalk.to.fingerprint == target.fingerprint
    else {
      throw ComparisonError(
        "the crosswalk \(crosswalk.from.label) → \(crosswalk.to.label) was compiled against "
          + "other versions of these frameworks than \(source.document.label) and "
          + "\(target.document.label)")
    }
    self.crosswalk = crosswalk
    self.relations = relations
    var sourceOf = [Int?](repeating: nil, count: target.questions.count)
    var carried = Set<Int>()
    for (to, mapping) in crosswalk.carrying(relations) {
      guard let targetIndex = target.questionIndex[to],
        let sourceIndex = source.questionIndex[mapping.from]
      else { continue }
      sourceOf[targetIndex] = sourceIndex
      carried.insert(sourceIndex)
    }
    self.sourceOf = sourceOf
    self.carriedSources = carried
  }

  /// The target effects of one case.
  public func carry(_ effects: [AnswerEffect?]) -> [AnswerEffect?] {
    sourceOf.map { index in index.flatMap { $0 < effects.count ? effects[$0] : nil } }
  }
}

extension CrosswalkDocument {
  /// The crosswalk read in the other direction: `.narrower` becomes `.broader` and back,
  /// citations change sides; `.none` mappings (which have no target) and the unmapped list
  /// (which speaks of the other framework) are dropped.
  public var inverted: CrosswalkDocument {
    func flip(_ relation: CrosswalkRelation) -> CrosswalkRelation {
      switch relation {
      case .narrower: .broader
      case .broader: .narrower
      default: relation
      }
    }
    func flip(_ citations: [Citation]?) -> [Citation]? {
      citations?.map { citation in
        var copy = citation
        copy.side = citation.side == .from ? .to : .from
        return copy
      }
    }
    func flip(_ mapping: Mapping) -> Mapping? {
      guard let target = mapping.to, mapping.relation != .none else { return nil }
      return Mapping(
        from: target, to: mapping.from, relation: flip(mapping.relation), reason: mapping.reason,
        basis: mapping.basis, concept: mapping.concept, citations: flip(mapping.citations))
    }
    return CrosswalkDocument(
      from: to, to: from, title: title.map { "\($0) (read backwards)" }, concepts: concepts,
      mappings: mappings.compactMap(flip),
      items: items.map { item in
        ItemMapping(
          kind: item.kind, from: item.to, to: item.from, relation: flip(item.relation),
          reason: item.reason, basis: item.basis, concept: item.concept,
          citations: flip(item.citations))
      }, vetoed: vetoed.compactMap(flip))
  }
}
