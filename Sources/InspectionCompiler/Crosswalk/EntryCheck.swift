import InspectionSchema
import InspectionSupport

/// The checks on a crosswalk declaration's entries, each reported at the entry: ids that do
/// not exist on their side, malformed and duplicate mappings, entries without a reason,
/// citations of sources the framework on that side does not declare, and a Map and a Veto of
/// the same pair.
struct EntryCheck {
  let source: FrameworkDocument
  let target: FrameworkDocument
  private(set) var diagnostics: [Diagnostic] = []

  init(source: FrameworkDocument, target: FrameworkDocument) {
    self.source = source
    self.target = target
  }

  mutating func validate(_ entries: Entries) {
    var firstPair: [String: SourceLocation] = [:]
    for map in entries.maps {
      known(.question, map.from, in: source, code: .crosswalkUnknownSource, at: map.location)
      if let to = map.to {
        known(.question, to, in: target, code: .crosswalkUnknownTarget, at: map.location)
      }
      switch (map.to, map.relation) {
      case (nil, let relation) where relation != .none:
        report(
          .crosswalkMalformed,
          "\(Quoted(map.from)) has no target but relation .\(relation.rawValue); name the target "
            + "with to: or use .none", map.location)
      case (let to?, .none):
        report(
          .crosswalkMalformed,
          "\(Quoted(map.from)) is mapped to \(Quoted(to)) with relation .none; drop the target or "
            + "choose the relation", map.location)
      default: break
      }
      let pair = "\(map.from)\u{1F}\(map.to ?? "")"
      if let first = firstPair[pair] {
        diagnostics.append(
          Diagnostic(
            .crosswalkDuplicate,
            "\(Quoted(map.from)) → \(Quoted(map.to ?? "none")) is mapped twice; keep one mapping",
            location: map.location,
            notes: [Diagnostic.Note(message: "first mapped here", location: first)]))
      } else {
        firstPair[pair] = map.location
      }
      reason(
        map.reason, "the mapping \(Quoted(map.from)) → \(Quoted(map.to ?? "none"))", map.location)
      cited(map.citations, map.location)
    }
    for veto in entries.vetoes {
      known(veto.kind, veto.from, in: source, code: .crosswalkUnknownSource, at: veto.location)
      known(veto.kind, veto.to, in: target, code: .crosswalkUnknownTarget, at: veto.location)
      reason(veto.reason, "the veto of \(Quoted(veto.from)) → \(Quoted(veto.to))", veto.location)
      cited(veto.citations, veto.location)
      if veto.kind == .question, let first = firstPair["\(veto.from)\u{1F}\(veto.to)"] {
        diagnostics.append(
          Diagnostic(
            .crosswalkContradiction,
            "\(Quoted(veto.from)) → \(Quoted(veto.to)) is both mapped and vetoed; keep one",
            location: veto.location,
            notes: [Diagnostic.Note(message: "mapped here", location: first)]))
      }
    }
    var firstUnmapped: [String: SourceLocation] = [:]
    for entry in entries.noCounterparts {
      known(.question, entry.to, in: target, code: .crosswalkUnknownTarget, at: entry.location)
      reason(entry.reason, "NoCounterpart(\(Quoted(entry.to)))", entry.location)
      cited(entry.citations, entry.location)
      if let first = firstUnmapped[entry.to] {
        diagnostics.append(
          Diagnostic(
            .crosswalkDuplicate, "NoCounterpart(\(Quoted(entry.to))) is declared twice; keep one",
            location: entry.location,
            notes: [Diagnostic.Note(message: "first here", location: first)]))
      } else {
        firstUnmapped[entry.to] = entry.location
      }
    }
    for align in entries.alignments {
      if align.kind == .question {
        report(
          .crosswalkMalformed,
          "Align sets criteria, sections and headlines on one row; map questions with Map(…)",
          align.location)
      }
      known(align.kind, align.from, in: source, code: .crosswalkUnknownSource, at: align.location)
      known(align.kind, align.to, in: target, code: .crosswalkUnknownTarget, at: align.location)
      reason(
        align.reason, "the alignment of \(Quoted(align.from)) with \(Quoted(align.to))",
        align.location)
      cited(align.citations, align.location)
    }
  }

  private mutating func report(
    _ code: DiagnosticCode, _ message: String, _ location: SourceLocation
  ) {
    diagnostics.append(Diagnostic(code, message, location: location))
  }

  private mutating func known(
    _ kind: CrosswalkDocument.ItemKind, _ id: String, in document: FrameworkDocument,
    code: DiagnosticCode, at location: SourceLocation
  ) {
    let ids = Self.ids(kind, in: document)
    guard !ids.contains(id) else { return }
    report(
      code,
      "\(Quoted(id)) is not a \(kind.rawValue) of \(document.label)."
        + Suggestion.didYouMean(id, among: ids), location)
  }

  private mutating func reason(_ text: String?, _ entry: String, _ location: SourceLocation) {
    guard (text ?? "").allSatisfy(\.isWhitespace) else { return }
    diagnostics.append(
      Diagnostic(
        .crosswalkWithoutReason, .warning,
        "\(entry) gives no reason; say why with because: \"…\" and cite the reports",
        location: location))
  }

  private mutating func cited(_ citations: [CrosswalkDocument.Citation], _ location: SourceLocation)
  {
    for citation in citations {
      let document = citation.side == .from ? source : target
      let declared = document.sources.compactMap(\.id)
      if !declared.contains(citation.source) {
        report(
          .crosswalkUnknownCitedSource,
          "the citation names source \(Quoted(citation.source)), which \(document.label) (the "
            + "crosswalk's \(citation.side == .from ? "source" : "target")) does not declare."
            + Suggestion.didYouMean(citation.source, among: declared), location)
      }
      if citation.location.allSatisfy(\.isWhitespace) {
        report(
          .crosswalkUnknownCitedSource,
          "the citation of \(Quoted(citation.source)) says nowhere; give the place as the report "
            + "numbers or heads it", location)
      }
    }
  }

  /// The ids of the items of `kind` in `document`, in order.
  static func ids(_ kind: CrosswalkDocument.ItemKind, in document: FrameworkDocument) -> [String] {
    switch kind {
    case .question: document.allQuestions.map(\.id)
    case .criterion: document.allCriteria.map(\.id)
    case .section: document.sections.map(\.id)
    case .headline: document.headlines.map(\.id)
    }
  }
}
