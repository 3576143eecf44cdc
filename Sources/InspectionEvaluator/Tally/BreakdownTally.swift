import InspectionSupport

/// The question counts of the scored cases of each group of one breakdown (`--by team`): the
/// cases sharing a value of an attribute or a case metadata column.
///
/// Each scored case is counted in exactly one group (its value; a blank value is the group
/// `""`), from the same per-question decision that counts it in the whole
/// (``ScoringPlan/decide(attributes:answers:into:)``, counted by ``QuestionTally/count(_:into:)``),
/// so the groups' counts add up to the whole's for every question. Tallies add, so partial
/// results keep their groups and merge exactly.
///
/// At most ``maximumGroups`` distinct values are kept; cases with any further value are
/// counted together in the group ``otherGroup``, so memory does not grow with the sample and
/// the counts still add up.
///
/// ```swift
/// var byTeam = BreakdownTally(column: "team")
/// byTeam.add(value: "North", effects: effects)
/// byTeam.groups["North"]?.scored   // 1
/// ```
public struct BreakdownTally: Hashable, Sendable, Codable, ColumnTally {
  /// The most distinct values counted as groups of their own.
  public static let maximumGroups = 1_000
  /// The group of the cases whose value came after ``maximumGroups`` others. Its name cannot
  /// be a value: values never hold control characters.
  public static let otherGroup = "\u{1}other"

  /// One group's counts.
  public struct Group: Hashable, Sendable, Codable {
    /// Cases scored in the group.
    public var scored: Int
    /// Counts per question, in plan order.
    public var questions: [QuestionTally]

    /// An empty group of a framework with `questionCount` questions.
    public init(questionCount: Int) {
      scored = 0
      questions = Array(repeating: QuestionTally(), count: questionCount)
    }
  }

  /// The attribute or metadata column the cases are grouped by.
  public var column: String
  /// The groups by value (`""`: no value).
  public var groups: [String: Group] = [:]

  /// An empty breakdown by `column`.
  public init(column: String) { self.column = column }

  /// Counts one scored case with `value` (`nil`: blank) and its per-question `effects`;
  /// returns the group it was counted in.
  @discardableResult
  public mutating func add(value: String?, effects: [CaseEffect]) -> String {
    var key = value ?? ""
    if groups[key] == nil && groups.count >= Self.maximumGroups { key = Self.otherGroup }
    var group = groups[key] ?? Group(questionCount: effects.count)
    groups[key] = nil
    group.scored += 1
    QuestionTally.count(effects, into: &group.questions)
    groups[key] = group
    return key
  }

  /// Adds the groups of another breakdown by the same column.
  public mutating func add(_ other: BreakdownTally) {
    for (value, group) in other.groups.sorted(by: { $0.key < $1.key }) {
      var key = value
      if groups[key] == nil && groups.count >= Self.maximumGroups { key = Self.otherGroup }
      guard var existing = groups[key] else {
        groups[key] = group
        continue
      }
      existing.scored += group.scored
      for index in existing.questions.indices where index < group.questions.count {
        existing.questions[index] = existing.questions[index] + group.questions[index]
      }
      groups[key] = existing
    }
  }
}
