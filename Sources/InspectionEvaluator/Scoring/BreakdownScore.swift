/// The scores of each group of one breakdown (`--by team`): every question, criterion,
/// section and headline computed from the group's counts alone (``BreakdownTally``), by the
/// same ``ScoreCalculator`` as the whole.
///
/// A group with fewer scored cases than ``minimumGroupSize`` is suppressed: it is listed, but
/// carries no number at all (not even its count), in every format, so that a small group's
/// cases cannot be made out from a report. When only one group is below the minimum, the
/// smallest other group is suppressed too, so that the small one cannot be worked out as the
/// whole less the groups shown.
///
/// ```swift
/// for group in breakdown.groups {
///   print(group.label, group.scores?.criteria.first?.value ?? "suppressed")
/// }
/// ```
public struct BreakdownScore: Sendable {
  /// The default ``minimumGroupSize``.
  public static let defaultMinimumGroupSize = 5

  /// One group.
  public struct Group: Sendable {
    /// The value the group's cases share (`""`: no value; ``BreakdownTally/otherGroup``: the
    /// values beyond ``BreakdownTally/maximumGroups``).
    public var value: String
    /// Cases scored in the group; `nil` when the group is suppressed.
    public var scored: Int?
    /// The group's scores, or `nil` when the group is suppressed.
    public var scores: ScoreResult?

    /// Whether the group is too small to show (``BreakdownScore/minimumGroupSize``).
    public var isSuppressed: Bool { scores == nil }

    /// The value as reports name it: `(no value)` for a blank, `(other values)` for the
    /// cases beyond the values kept one by one.
    public var label: String {
      value.isEmpty ? "(no value)" : value == BreakdownTally.otherGroup ? "(other values)" : value
    }
  }

  /// The attribute or metadata column the cases are grouped by.
  public var column: String
  /// The fewest scored cases a group must have to be shown.
  public var minimumGroupSize: Int
  /// The groups, by value (blank first, the other values last).
  public var groups: [Group]

  /// The scores of each group of `tally` under `calculator`.
  public init(_ tally: BreakdownTally, calculator: ScoreCalculator, minimumGroupSize: Int) {
    column = tally.column
    self.minimumGroupSize = minimumGroupSize
    let sorted = tally.groups.sorted { left, right in
      (left.key == BreakdownTally.otherGroup ? 1 : 0, left.key)
        < (right.key == BreakdownTally.otherGroup ? 1 : 0, right.key)
    }
    // A group alone below the minimum could be read off as the whole less the others: the
    // smallest other group is suppressed with it (secondary suppression).
    var hidden = Set(sorted.filter { $0.value.scored < minimumGroupSize }.map(\.key))
    if hidden.count == 1, sorted.count > 1,
      let smallest = sorted.filter({ !hidden.contains($0.key) }).min(by: {
        ($0.value.scored, $0.key) < ($1.value.scored, $1.key)
      })
    {
      hidden.insert(smallest.key)
    }
    groups = sorted.map { value, group in
      guard !hidden.contains(value) else {
        return Group(value: value, scored: nil, scores: nil)
      }
      var summary = TallySummary(questionCount: group.questions.count)
      summary.cases = group.scored
      summary.scored = group.scored
      summary.questions = group.questions
      return Group(value: value, scored: group.scored, scores: calculator.result(from: summary))
    }
  }
}
