import InspectionDSL
import InspectionSchema
import InspectionSupport

// Bookkeeping
//
// Ids admitted and forgotten, locations carried by key, and the problems reported.
extension DerivationLowering {
  /// Whether every id is new to the structure namespace (apart from `excluding`); reports the
  /// first that is not.
  mutating func admit(
    _ ids: [(String, SourceLocation?)], excluding: Set<String> = []
  ) -> Bool {
    let taken = Set(document.structureIDs.map(\.id)).subtracting(excluding)
    for (id, location) in ids where taken.contains(id) {
      let first = additions[id]
      let existing = position(of: id).map { subtree($0)[0].key }.flatMap { locations[$0] }
      report(
        .duplicateAddition,
        first != nil
          ? "\(Quoted(id)) is added twice; keep one"
          : "\(Quoted(id)) is already in \(base.label); use Replace(\"\(id)\", with: …) to change it, "
            + "or choose a new id",
        at: location,
        notes: [
          Diagnostic.Note(
            message: first != nil
              ? "\(Quoted(id)) is first added here" : "\(Quoted(id)) is declared here",
            location: first ?? existing)
        ])
      return false
    }
    for (id, location) in ids { additions[id] = location }
    return true
  }

  /// Whether the named element (`kind` is `scale`, `gradeScale`, `judgementScale`…) is new;
  /// reports it when `existing` already has its id.
  mutating func admitNamed(
    _ kind: String, _ id: String, existing: [String], _ declared: [String: SourceLocation]
  ) -> Bool {
    guard existing.contains(id) else { return true }
    let words =
      kind == "gradeScale"
      ? "grade scale"
      : kind == "judgementScale"
        ? "judgement scale"
        : kind == "scale" ? "answer scale" : kind
    report(
      .duplicateAddition,
      "\(words) \(Quoted(id)) is already in \(base.label); use its id, or choose a new one",
      at: declared["\(kind):\(id)"],
      notes: [note("\(Quoted(id)) is declared here", key: "\(kind):\(id)")])
    return false
  }

  /// Takes the locations of the elements in `holder` (declared at `paths`) as their own.
  mutating func adopt(_ holder: FrameworkDocument, _ paths: [String: SourceLocation]) {
    for (key, location) in ElementKeys.keyed(holder, paths) where key != "framework" {
      locations[key] = location
    }
  }

  /// Drops the locations of `elements`, which are no longer in the document.
  mutating func forget(_ elements: [(id: String, key: String)]) {
    for element in elements {
      locations[element.key] = nil
      for member in ElementKeys.members { locations["\(element.key)/\(member)"] = nil }
    }
  }

  /// `diagnostic` with its path moved from under `from` to under `to`.
  func relocated(_ diagnostic: Diagnostic, from: String, to: String) -> Diagnostic {
    var copy = diagnostic
    copy.path = diagnostic.path.map { $0.hasPrefix(from) ? to + $0.dropFirst(from.count) : $0 }
    return copy
  }

  /// A note pointing at where the element with `key` was declared.
  func note(_ message: String, key: String) -> Diagnostic.Note {
    Diagnostic.Note(message: message, location: locations[key])
  }

  /// Records a problem with the changes.
  mutating func report(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(code, message, location: location, notes: notes))
  }

  /// Reports that `id` names no element of the kind a change expects: removed by an earlier
  /// change, or never there (with the nearest of `candidates`).
  mutating func unknown(
    _ id: String, _ kind: String, among candidates: [String], at: SourceLocation
  ) {
    if let removed = removals[id] {
      report(
        .unknownChangeTarget, "\(Quoted(id)) was removed by an earlier change", at: at,
        notes: [Diagnostic.Note(message: "\(Quoted(id)) is removed here", location: removed)])
    } else {
      report(
        .unknownChangeTarget,
        "\(base.label) has no \(kind) \(Quoted(id))."
          + Suggestion.didYouMean(id, among: candidates), at: at)
    }
  }

  /// Reports that `id` is an element of another kind than the change can apply to.
  mutating func mismatch(
    _ id: String, _ position: Position, _ advice: String, at: SourceLocation
  ) {
    report(
      .changeKindMismatch, "\(Quoted(id)) is a \(position.kind); \(advice)", at: at,
      notes: [note("\(Quoted(id)) is declared here", key: subtree(position)[0].key)])
  }

  /// Reports a removal that leaves the element with `key` empty.
  mutating func reportEmpty(_ message: String, key: String, at: SourceLocation) {
    report(.removalLeavesEmpty, message, at: at)
    reportedKeys.insert(key)
  }

  /// Reports a removed element that `user` (declared at `key`) still names.
  mutating func stillReferenced(
    _ what: String, by user: String, key: String, hint: String, at: SourceLocation
  ) {
    report(
      .removedStillReferenced,
      "\(what) is removed but \(user); change it with \(hint), or "
        + "remove it too", at: at,
      notes: [note("\(key.split(separator: ":").first ?? "") declared here", key: key)])
    reportedKeys.insert(key)
  }
}
