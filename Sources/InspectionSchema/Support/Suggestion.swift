/// "Did you mean …?" suggestions for mistyped names.
///
/// Used for unknown options and commands, and by commands for any other
/// closed set of names, such as framework identifiers:
///
/// ```swift
/// if let guess = Suggestion.closest(to: "OMI3", among: ["OMI2", "SEC"]) {
///   print("Unknown framework 'OMI3'. Did you mean '\(guess)'?")
/// }
/// ```
public enum Suggestion {
  /// The candidate closest to `input`, or `nil` when none is close enough.
  ///
  /// Closeness is the optimal string alignment (restricted Damerau-Levenshtein)
  /// distance between the lowercased strings: one insertion, deletion,
  /// substitution or swap of two adjacent characters each cost 1, so
  /// `scroe` is 1 away from `score`. Ties go to the candidate listed first.
  ///
  /// - Parameters:
  ///   - input: What the user typed.
  ///   - candidates: The valid names, in order of preference.
  ///   - maxDistance: The largest distance still worth suggesting. When `nil`,
  ///     a third of the input's length is allowed, at least 1 and at most 3.
  /// - Returns: The closest candidate within `maxDistance`, or `nil`.
  public static func closest(
    to input: String, among candidates: [String], maxDistance: Int? = nil
  ) -> String? {
    let limit = maxDistance ?? min(3, max(1, input.count / 3))
    guard limit >= 0 else { return nil }
    let target = Array(input.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      // The distance is at least the difference in length: skip the table.
      guard abs(other.count - target.count) <= limit else { continue }
      let distance = editDistance(target, other)
      guard distance <= limit else { continue }
      if let current = best, current.distance <= distance { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// The optimal string alignment distance between two strings.
  ///
  /// Counts the insertions, deletions, substitutions and adjacent swaps needed
  /// to turn `lhs` into `rhs`, comparing characters exactly.
  ///
  /// ```swift
  /// Suggestion.distance("fromat", "format")  // 1
  /// ```
  public static func distance(_ lhs: String, _ rhs: String) -> Int {
    editDistance(Array(lhs), Array(rhs))
  }

  /// Optimal string alignment over character arrays, keeping three rows.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (i, charA) in a.enumerated() {
      current[0] = i + 1
      for (j, charB) in b.enumerated() {
        let cost = charA == charB ? 0 : 1
        var value = min(previous[j + 1] + 1, current[j] + 1, previous[j] + cost)
        if i > 0, j > 0, charA == b[j - 1], a[i - 1] == charB {
          value = min(value, previousPrevious[j - 1] + 1)
        }
        current[j + 1] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}

extension Suggestion {
  /// `" Did you mean 'x'?"` for the closest candidate, or the empty string when none is close.
  ///
  /// ```swift
  /// "unknown theme 'Roh'." + Suggestion.didYouMean("Roh", among: ["RoH", "LoR"])
  /// // "unknown theme 'Roh'. Did you mean 'RoH'?"
  /// ```
  public static func didYouMean(_ input: String, among candidates: [String]) -> String {
    closest(to: input, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
  }
}
