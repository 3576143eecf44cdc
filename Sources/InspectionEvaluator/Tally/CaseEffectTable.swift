/// Each scored case's per-question decisions, in the order the cases were read, kept for the
/// case bootstrap (``ScoreIntervals``): the distinct decision vectors once each, and for each
/// case the index of its vector.
///
/// Cases of a sample decide alike far more often than not, so the table costs 4 bytes a case
/// and one byte per question for each distinct vector.
///
/// ```swift
/// var table = CaseEffectTable()
/// table.add(effects)            // one scored case
/// table.caseCount               // 1
/// ```
public struct CaseEffectTable: Sendable, Hashable {
  /// The distinct decision vectors, in the order first seen.
  public private(set) var patterns: [[CaseEffect]] = []
  /// For each scored case, in reading order, the index of its vector in ``patterns``.
  public private(set) var cases: [Int32] = []
  /// Each case's id, in the same order, when the table was made to keep them (for
  /// `inspect cases`); empty otherwise.
  public private(set) var ids: [String] = []
  /// For each breakdown, each case's group, in the same order, when the table was made with
  /// breakdowns (for intervals on each group's scores); empty otherwise.
  public var groups: [[String]] = []
  private var index: [[CaseEffect]: Int32] = [:]

  /// An empty table.
  public init() {}

  /// Adds one scored case's decisions and its id.
  public mutating func add(_ effects: [CaseEffect], id: String) {
    add(effects)
    ids.append(id)
  }

  /// The number of cases.
  public var caseCount: Int { cases.count }

  /// Adds one scored case's decisions.
  public mutating func add(_ effects: [CaseEffect]) {
    if let found = index[effects] {
      cases.append(found)
    } else {
      let new = Int32(patterns.count)
      patterns.append(effects)
      index[effects] = new
      cases.append(new)
    }
  }

  /// The cases of group `value` of breakdown `breakdown` alone, in the same order.
  public func subset(breakdown: Int, group value: String) -> CaseEffectTable {
    var subset = CaseEffectTable()
    guard breakdown < groups.count else { return subset }
    for caseIndex in 0..<caseCount where groups[breakdown][caseIndex] == value {
      subset.add(effects(ofCase: caseIndex))
    }
    return subset
  }

  /// Case `caseIndex`'s decisions.
  public func effects(ofCase caseIndex: Int) -> [CaseEffect] {
    patterns[Int(cases[caseIndex])]
  }
}
