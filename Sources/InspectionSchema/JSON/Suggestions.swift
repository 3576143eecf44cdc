/// "Did you mean" suggestions based on edit distance.
enum Suggestions {
  /// The candidate closest to `word` by optimal-string-alignment distance (Levenshtein
  /// plus adjacent transpositions), if it is close enough to be a plausible misspelling:
  /// at most a third of the longer word's length (at least 1, at most 3). Ties go to the
  /// candidate that sorts first, so the result is deterministic.
  static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    var best: (distance: Int, candidate: String)?
    let target = Array(word.unicodeScalars)
    for candidate in candidates where candidate != word {
      let scalars = Array(candidate.unicodeScalars)
      let limit = min(3, max(1, max(target.count, scalars.count) / 3))
      let distance = editDistance(target, scalars)
      guard distance <= limit else { continue }
      if let current = best,
        (current.distance, current.candidate) <= (distance, candidate)
      {
        continue
      }
      best = (distance, candidate)
    }
    return best?.candidate
  }

  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Rows i-2, i-1 and i of the dynamic-programming table.
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
