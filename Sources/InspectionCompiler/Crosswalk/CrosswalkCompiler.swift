import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Compiles a ``Crosswalk`` declaration against its two framework documents.
///
/// Like the framework compiler it reports every problem at once, each at the
/// `file:line:column` of the `Map` it concerns: ids that do not exist on their side (with a
/// "did you mean"), the same pair mapped twice, a question `.equal` to two others, a
/// target-less mapping that is not `.none`, and frameworks other than the ones named.
///
/// ```swift
/// let compilation = CrosswalkCompiler.compile(
///   crosswalk, from: (omi, omiFingerprint), to: (omi2, omi2Fingerprint))
/// compilation.diagnostics.forEach { print($0.rendered) }
/// ```
public enum CrosswalkCompiler {
  /// Lowers and validates `crosswalk` against the `from` and `to` documents.
  public static func compile(
    _ crosswalk: Crosswalk,
    from source: (document: FrameworkDocument, fingerprint: String),
    to target: (document: FrameworkDocument, fingerprint: String)
  ) -> CrosswalkCompilation {
    var diagnostics: [Diagnostic] = []
    for (name, document, side) in [
      (crosswalk.from, source.document, "source"), (crosswalk.to, target.document, "target"),
    ] where !names(name, document) {
      diagnostics.append(
        Diagnostic(
          .crosswalkFrameworkMismatch,
          "the crosswalk's \(side) is \(Quoted(name)), but it was compiled against "
            + "\(document.label); compile it against \(Quoted(name))",
          location: crosswalk.location))
    }
    if crosswalk.maps.isEmpty {
      diagnostics.append(
        Diagnostic(
          .crosswalkEmpty, .warning,
          "the crosswalk from \(crosswalk.from) to \(crosswalk.to) has no mappings",
          location: crosswalk.location))
    }

    let sourceIDs = source.document.allQuestions.map(\.id)
    let targetIDs = target.document.allQuestions.map(\.id)
    let sourceSet = Set(sourceIDs)
    let targetSet = Set(targetIDs)
    var firstPair: [String: SourceLocation] = [:]
    var firstEqualFrom: [String: SourceLocation] = [:]
    var firstEqualTo: [String: SourceLocation] = [:]
    for map in crosswalk.maps {
      if !sourceSet.contains(map.from) {
        diagnostics.append(
          Diagnostic(
            .crosswalkUnknownSource,
            "\(Quoted(map.from)) is not a question of \(source.document.label)."
              + Suggestion.didYouMean(map.from, among: sourceIDs), location: map.location))
      }
      if let to = map.to, !targetSet.contains(to) {
        diagnostics.append(
          Diagnostic(
            .crosswalkUnknownTarget,
            "\(Quoted(to)) is not a question of \(target.document.label)."
              + Suggestion.didYouMean(to, among: targetIDs), location: map.location))
      }
      switch (map.to, map.relation) {
      case (nil, let relation) where relation != .none:
        diagnostics.append(
          Diagnostic(
            .crosswalkMalformed,
            "\(Quoted(map.from)) has no target but relation .\(relation.rawValue); name the target "
              + "with to: or use .none", location: map.location))
      case (let to?, .none):
        diagnostics.append(
          Diagnostic(
            .crosswalkMalformed,
            "\(Quoted(map.from)) is mapped to \(Quoted(to)) with relation .none; drop the target or "
              + "choose the relation", location: map.location))
      default: break
      }
      let pair = "\(map.from)\u{1F}\(map.to ?? "")"
      if let first = firstPair[pair] {
        diagnostics.append(
          duplicate("\(Quoted(map.from)) → \(Quoted(map.to ?? "none")) is mapped twice", map, first)
        )
        continue
      }
      firstPair[pair] = map.location
      guard map.relation == .equal, let to = map.to else { continue }
      if let first = firstEqualFrom[map.from] {
        diagnostics.append(
          duplicate("\(Quoted(map.from)) is .equal to two target questions", map, first))
      } else {
        firstEqualFrom[map.from] = map.location
      }
      if let first = firstEqualTo[to] {
        diagnostics.append(
          duplicate("two source questions are .equal to \(Quoted(to))", map, first))
      } else {
        firstEqualTo[to] = map.location
      }
    }

    let document = CrosswalkDocument(
      from: .init(
        id: source.document.id, version: source.document.version,
        fingerprint: source.fingerprint),
      to: .init(
        id: target.document.id, version: target.document.version,
        fingerprint: target.fingerprint),
      title: crosswalk.title,
      mappings: crosswalk.maps.map {
        .init(from: $0.from, to: $0.to, relation: $0.relation, note: $0.note)
      })
    return CrosswalkCompilation(document: document, diagnostics: diagnostics.sortedForDisplay())
  }

  /// Whether `name` (`id` or `id@version`) names `document`.
  public static func names(_ name: String, _ document: FrameworkDocument) -> Bool {
    let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
    guard parts.first == document.id else { return false }
    return parts.count == 1 || parts[1] == document.version
  }

  private static func duplicate(_ message: String, _ map: Map, _ first: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .crosswalkDuplicate, message + "; keep one mapping", location: map.location,
      notes: [Diagnostic.Note(message: "first mapped here", location: first)])
  }
}
