import InspectionDSL
import InspectionSchema
import InspectionSupport

/// A crosswalk declaration's entries, read in the direction of compilation.
///
/// Read backwards, maps and vetoes swap their ends, `.narrower` and `.broader` swap, and
/// citations swap sides; `NoCounterpart` entries, which speak of the declaration's target
/// questions, are dropped.
struct Entries {
  /// A ``Map``: a mapping to add, or to refine a derived one.
  struct Mapping {
    var from: String
    var to: String?
    var relation: CrosswalkRelation
    var reason: String?
    var citations: [CrosswalkDocument.Citation]
    var location: SourceLocation
  }

  /// A ``Veto``, an ``Align`` or a ``NoCounterpart`` (`from` empty).
  struct Pair {
    var kind: CrosswalkDocument.ItemKind
    var from: String
    var to: String
    var reason: String
    var citations: [CrosswalkDocument.Citation]
    var location: SourceLocation
  }

  var maps: [Mapping] = []
  var vetoes: [Pair] = []
  var noCounterparts: [Pair] = []
  var alignments: [Pair] = []

  init() {}

  init(_ crosswalk: Crosswalk, reversed: Bool) {
    func cites(_ list: [Cite]) -> [CrosswalkDocument.Citation] {
      list.map { cite in
        var citation = cite.citation
        if reversed { citation.side = citation.side == .from ? .to : .from }
        return citation
      }
    }
    for map in crosswalk.maps {
      if reversed {
        guard let to = map.to, map.relation != .none else { continue }
        maps.append(
          Mapping(
            from: to, to: map.from, relation: map.relation.reversed, reason: map.note,
            citations: cites(map.citations), location: map.location))
      } else {
        maps.append(
          Mapping(
            from: map.from, to: map.to, relation: map.relation, reason: map.note,
            citations: cites(map.citations), location: map.location))
      }
    }
    vetoes = crosswalk.vetoes.map { veto in
      Pair(
        kind: veto.kind, from: reversed ? veto.to : veto.from, to: reversed ? veto.from : veto.to,
        reason: veto.reason, citations: cites(veto.citations), location: veto.location)
    }
    alignments = crosswalk.alignments.map { align in
      Pair(
        kind: align.kind, from: reversed ? align.to : align.from,
        to: reversed ? align.from : align.to, reason: align.reason,
        citations: cites(align.citations), location: align.location)
    }
    if !reversed {
      noCounterparts = crosswalk.noCounterparts.map { entry in
        Pair(
          kind: .question, from: "", to: entry.to, reason: entry.reason,
          citations: cites(entry.citations), location: entry.location)
      }
    }
  }
}

extension CrosswalkRelation {
  /// The relation read from the other side.
  var reversed: CrosswalkRelation {
    switch self {
    case .narrower: .broader
    case .broader: .narrower
    default: self
    }
  }
}
