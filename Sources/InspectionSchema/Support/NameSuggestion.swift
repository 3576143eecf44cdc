/// "Did you mean …?" suggestions for mistyped ids, options and commands.
///
/// Uses the optimal-string-alignment edit distance (insertions, deletions, substitutions and
/// adjacent transpositions), case-insensitively. A candidate is suggested only when it is
/// close enough to be a plausible typo: at most a third of the longer string's length, and
/// never more than 3 edits.
///
/// ```swift
/// NameSuggestion.closest(to: "critera", among: ["criteria", "questions"])   // "criteria"
/// NameSuggestion.closest(to: "OMI3", among: ["OMI", "OMI2", "ESI"])         // "OMI2"
/// ```
public enum NameSuggestion {
  /// The candidate closest to `name`, if one is close enough; ties go to the earliest.
  public static func closest(
    to name: String, among candidates: some Sequence<String>, maxDistance: Int? = nil
  ) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(name.lowercased(), candidate.lowercased())
      let limit = maxDistance ?? min(3, max(1, max(name.count, candidate.count) / 3))
      guard distance <= limit else { continue }
      if best == nil || distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// `" Did you mean 'x'?"`, or the empty string when nothing is close enough.
  public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
    closest(to: name, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
  }

  /// The optimal-string-alignment distance between two strings, by Unicode scalar.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.unicodeScalars)
    let t = Array(b.unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var previous2 = [Int](repeating: 0, count: t.count + 1)
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
      current[0] = i
      for j in 1...t.count {
        let cost = s[i - 1] == t[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[t.count]
  }
}
