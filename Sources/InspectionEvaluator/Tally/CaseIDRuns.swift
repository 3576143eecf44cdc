/// The runs a ``CaseIDIndex`` has spilled, merged as they pile up so that few files stay open.
///
/// Runs are kept in levels, as in a log-structured merge: when ``fanIn`` runs of one level
/// have gathered they are merged into one run of the next level (repeats kept), so a sample
/// of any size holds at most ``fanIn`` − 1 runs, and descriptors, per level, and every hash
/// is rewritten once per level (a handful of times for billions of cases). If a merge fails
/// the runs stay as they are: more files, the same answer.
///
/// ```swift
/// var runs = CaseIDRuns()
/// _ = runs.add(run, directory: "/tmp")
/// runs.spills   // 1
/// ```
struct CaseIDRuns: Sendable {
  /// How many runs of one level are merged into one of the next.
  static let fanIn = 16

  /// The runs, in no particular order.
  private(set) var runs: [CaseIDRun] = []
  /// How many times a table was spilled into these runs (merging does not count).
  private(set) var spills = 0

  /// Whether nothing was spilled.
  var isEmpty: Bool { runs.isEmpty }

  /// Creates an empty list.
  init() {}

  /// Adds a run spilled from a table, merging runs of a level that has ``fanIn`` of them.
  mutating func add(_ run: CaseIDRun, directory: String) {
    runs.append(run)
    spills += 1
    var level = run.level
    while true {
      let same = runs.filter { $0.level == level }
      guard same.count >= Self.fanIn, let merged = CaseIDMerge.combine(same, directory: directory)
      else { return }
      runs.removeAll { $0.level == level }
      runs.append(merged)
      level += 1
    }
  }

  /// Adds every run of `other` (the runs of a later part of the sample).
  mutating func append(contentsOf other: CaseIDRuns) {
    runs += other.runs
    spills += other.spills
  }
}
