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
  /// `scroe` is 1 away from `score`. Ties go to the candidate listed first. A candidate
  /// equal to `input` is never suggested: a message reporting `1.2` must not ask "did you mean
  /// '1.2'?" (as after a duplicate id, where the id is both reported and known).
  ///
  /// - Parameters:
  ///   - input: What the user typed.
  ///   - candidates: The valid names, in order of preference.
  ///   - maxDistance: The largest distance still worth suggesting. When `nil`,
  ///     a third of the input's length is allowed, at least 1 and at most 3.
  /// - Returns: The closest candidate within `maxDistance`, or `nil`.
  ///
  /// The work is bounded (``SuggestionSearch``): an input longer than
  /// ``SuggestionSearch/longestInput`` characters gets no suggestion, and the search stops
  /// after ``SuggestionSearch/callBudget`` units of work, keeping the best candidate so far.
  public static func closest(
    to input: String, among candidates: [String], maxDistance: Int? = nil
  ) -> String? {
    var search = SuggestionSearch(budget: SuggestionSearch.callBudget)
    return search.closest(to: input, among: candidates, maxDistance: maxDistance)
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
    var rows = DistanceRows()
    return editDistance(Array(lhs), Array(rhs), rows: &rows)
  }

  /// `text` lowercased as bytes, one per character, when it is ASCII without a CR LF pair (the
  /// one pair of ASCII characters that makes a single `Character`); otherwise `nil`.
  static func asciiLowercased(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var previous: UInt8 = 0
    for byte in text.utf8 {
      guard byte < 0x80, !(previous == 0x0D && byte == 0x0A) else { return nil }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      previous = byte
    }
    return bytes
  }

  /// The three rows of the distance table, kept between candidates.
  struct DistanceRows {
    var previousPrevious: [Int] = []
    var previous: [Int] = []
    var current: [Int] = []
  }

  /// Optimal string alignment over arrays of characters (or of ASCII bytes), keeping three
  /// rows.
  static func editDistance<Element: Equatable>(
    _ a: [Element], _ b: [Element], rows: inout DistanceRows
  ) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    if rows.previous.count < b.count + 1 {
      rows = DistanceRows(
        previousPrevious: [Int](repeating: 0, count: b.count + 1),
        previous: [Int](repeating: 0, count: b.count + 1),
        current: [Int](repeating: 0, count: b.count + 1))
    }
    // Only the first b.count + 1 entries of each row are used.
    for j in 0...b.count {
      rows.previousPrevious[j] = 0
      rows.previous[j] = j
      rows.current[j] = 0
    }
    for (i, charA) in a.enumerated() {
      rows.current[0] = i + 1
      for (j, charB) in b.enumerated() {
        let cost = charA == charB ? 0 : 1
        var value = min(rows.previous[j + 1] + 1, rows.current[j] + 1, rows.previous[j] + cost)
        if i > 0, j > 0, charA == b[j - 1], a[i - 1] == charB {
          value = min(value, rows.previousPrevious[j - 1] + 1)
        }
        rows.current[j + 1] = value
      }
      (rows.previousPrevious, rows.previous, rows.current) =
        (rows.previous, rows.current, rows.previousPrevious)
    }
    return rows.previous[b.count]
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
