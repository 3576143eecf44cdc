/// "Did you mean …?" searches with a bound on the work they do, however many names are
/// mistyped and however many candidates there are.
///
/// Every candidate looked at costs one unit, and comparing two names costs the cells of the
/// distance table (the product of their lengths). Once ``work`` reaches ``budget`` the search
/// suggests nothing more: a sample header of 100,000 unknown columns checked against a
/// framework of 20,000 questions would otherwise compare two billion pairs. An input longer
/// than ``longestInput`` characters is never compared (names are short; a long one is not a
/// typo). One search is shared by every suggestion made for one input (a header, a file), so
/// the total stays within the budget; ``Suggestion/closest(to:among:maxDistance:)`` uses a
/// fresh search of ``callBudget`` for a single question.
///
/// ```swift
/// var search = SuggestionSearch()
/// for name in unknownColumns {
///   message(name + search.didYouMean(name, among: known))   // "" once the budget is spent
/// }
/// search.work   // at most search.budget
/// ```
public struct SuggestionSearch: Sendable {
  /// The default budget of a search shared by many suggestions: some 50 ms of work.
  public static let defaultBudget = 20_000_000
  /// The budget of a single suggestion (``Suggestion/closest(to:among:maxDistance:)``).
  public static let callBudget = 4_000_000
  /// The longest input compared, in characters.
  public static let longestInput = 64

  /// The most work this search may do.
  public let budget: Int
  /// The work done so far: candidates looked at plus distance-table cells computed.
  public private(set) var work = 0
  private var rows = Suggestion.DistanceRows()

  /// A search that stops after `budget` units of work.
  public init(budget: Int = SuggestionSearch.defaultBudget) {
    self.budget = max(0, budget)
  }

  /// Whether the budget is spent: no further suggestion will be made.
  public var isExhausted: Bool { work >= budget }

  /// The candidate closest to `input` within `maxDistance` (see
  /// ``Suggestion/closest(to:among:maxDistance:)``), or `nil` when none is close enough, the
  /// input is too long, or the budget runs out (then the best candidate found so far).
  public mutating func closest(
    to input: String, among candidates: [String], maxDistance: Int? = nil
  ) -> String? {
    guard !isExhausted else { return nil }
    // Counting stops just past the limit: a long input is never walked whole.
    var length = 0
    for _ in input where length <= Self.longestInput { length += 1 }
    guard length <= Self.longestInput else {
      work += 1
      return nil
    }
    let limit = maxDistance ?? min(3, max(1, length / 3))
    guard limit >= 0 else { return nil }
    // Names are mostly ASCII: compare their lowercased bytes, which are their characters, and
    // reuse the rows of the table, instead of allocating a lowercased string, an array of
    // characters and three rows for every candidate (a garbage CSV header asks this for every
    // column). Anything else is compared as characters.
    let asciiTarget = Suggestion.asciiLowercased(input)
    var characterTarget: [Character]?
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != input {
      work += 1
      if work >= budget { break }
      // The distance is at least the difference in length, and a character takes at most
      // four bytes: a candidate of more bytes than four times the longest length within
      // reach is too long, found without walking it.
      let utf8Count = candidate.utf8.count
      guard utf8Count <= (length + limit) * 4 else { continue }
      let distance: Int
      if let asciiTarget, let other = Suggestion.asciiLowercased(candidate) {
        guard abs(other.count - asciiTarget.count) <= limit else { continue }
        work += asciiTarget.count * other.count
        distance = Suggestion.editDistance(asciiTarget, other, rows: &rows)
      } else {
        if characterTarget == nil { characterTarget = Array(input.lowercased()) }
        let target = characterTarget ?? []
        let other = Array(candidate.lowercased())
        guard abs(other.count - target.count) <= limit else { continue }
        work += target.count * other.count
        distance = Suggestion.editDistance(target, other, rows: &rows)
      }
      guard distance <= limit else { continue }
      if let current = best, current.distance <= distance { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// `" Did you mean 'x'?"` for the closest candidate, or the empty string.
  public mutating func didYouMean(_ input: String, among candidates: [String]) -> String {
    closest(to: input, among: candidates).map { " Did you mean \(Quoted($0))?" } ?? ""
  }
}
