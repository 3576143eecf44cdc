import InspectionSupport

/// The case ids seen so far, as 64-bit hashes with the row each first appeared in.
///
/// Duplicate detection is the one part of scoring whose memory grows with the sample, so it
/// is kept small: an open-addressing table of hash and row (12 bytes a slot, at most 70% full),
/// about 25 MB for a million cases, where a `Dictionary<UInt64, Int>` takes more than 32 MB.
/// Two different ids collide with probability about n²/2⁶⁵ (3 × 10⁻⁸ for a million cases).
///
/// Given a ``CaseIDBudget`` (``limit(to:)``), the table stops growing at that size: when it is
/// full it **spills**, writing its hashes, sorted, as a ``CaseIDRun`` to an anonymous temporary
/// file, and starts again empty. Duplicates within the table are still found at once, with
/// their first row; one whose first occurrence was spilled is not, and is found afterwards
/// by merging the runs (``CaseIDMerge``), which is what ``SamplePasses`` does. If the file
/// cannot be written the table keeps the hashes in memory instead and stops spilling: more
/// memory, the same answer.
///
/// A table made with ``init(tracking:)`` (the second pass over a sample with such hidden
/// duplicates) records only the hashes it was given: every other id is known to be unique.
///
/// ```swift
/// var index = CaseIDIndex()
/// index.insert(SampleFingerprint.idHash("A"), row: 1)   // nil: new
/// index.insert(SampleFingerprint.idHash("A"), row: 9)   // 1: first seen in row 1
/// ```
struct CaseIDIndex: Sendable {
  private static let initialSlots = 1024
  /// The row of a tracked hash not seen yet (``init(tracking:)`` only).
  private static let unseen = UInt32.max

  private var keys: [UInt64]
  private var rows: [UInt32]
  private var mask: Int
  private(set) var count = 0
  /// The size the table may grow to before it spills; `nil`: it grows without limit.
  private(set) var budget: CaseIDBudget?
  /// The hashes spilled so far.
  private(set) var runs = CaseIDRuns()
  /// Whether only the hashes given to ``init(tracking:)`` are recorded.
  let tracksListedOnly: Bool

  /// An empty table that grows without limit.
  init() {
    self.init(slots: Self.initialSlots, tracksListedOnly: false)
  }

  /// A table that records only `hashes` (as stored: 0 as 1), the first time each is inserted;
  /// inserting any other hash records nothing and finds nothing.
  init(tracking hashes: [UInt64]) {
    var slots = CaseIDBudget.minimumSlots
    while slots * 7 < hashes.count * 10 + 10 { slots *= 2 }
    self.init(slots: slots, tracksListedOnly: true)
    for hash in hashes {
      let key = hash == 0 ? 1 : hash
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      if keys[slot] == 0 { count += 1 }
      keys[slot] = key
      rows[slot] = Self.unseen
    }
  }

  private init(slots: Int, tracksListedOnly: Bool) {
    keys = [UInt64](repeating: 0, count: slots)
    rows = [UInt32](repeating: 0, count: slots)
    mask = slots - 1
    self.tracksListedOnly = tracksListedOnly
  }

  /// Stops the table from growing beyond `budget` (spilling first if it already has); a
  /// tracking table ignores budgets.
  mutating func limit(to budget: CaseIDBudget) {
    guard !tracksListedOnly else { return }
    self.budget = budget
    guard keys.count > budget.slots else { return }
    if count > 0 { spill() }
    if count == 0 { resize(to: min(Self.initialSlots, budget.slots)) }
  }

  /// Records `hash` at `row`; returns the row it was first seen in if it was seen before.
  mutating func insert(_ hash: UInt64, row: Int) -> Int? {
    let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
    var slot = Int(truncatingIfNeeded: key) & mask
    while keys[slot] != 0 {
      if keys[slot] == key {
        if tracksListedOnly && rows[slot] == Self.unseen {
          rows[slot] = UInt32(truncatingIfNeeded: min(row, Int(Self.unseen) - 1))
          return nil
        }
        return Int(rows[slot])
      }
      slot = (slot + 1) & mask
    }
    if tracksListedOnly { return nil }
    keys[slot] = key
    rows[slot] = UInt32(truncatingIfNeeded: min(row, Int(UInt32.max)))
    count += 1
    if count * 10 > keys.count * 7 { grow() }
    return nil
  }

  /// The row `hash` was first recorded at, or `nil` if it was not.
  func firstRow(of hash: UInt64) -> Int? {
    let key = hash == 0 ? 1 : hash
    var slot = Int(truncatingIfNeeded: key) & mask
    while keys[slot] != 0 {
      if keys[slot] == key {
        if tracksListedOnly && rows[slot] == Self.unseen { return nil }
        return Int(rows[slot])
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether `test` holds for any recorded hash (as stored: 0 is recorded as 1).
  func containsKey(where test: (UInt64) -> Bool) -> Bool {
    keys.contains { $0 != 0 && test($0) }
  }

  /// Every hash recorded in the table (not those spilled), sorted.
  func sortedHashes() -> [UInt64] {
    keys.filter { $0 != 0 }.sorted()
  }

  /// Spills what the table holds, if anything, and shrinks it back to its first size: every
  /// hash is then in ``runs``, ready to be merged.
  mutating func spillAll() {
    if count > 0 { spill() }
    resize(to: min(Self.initialSlots, budget?.slots ?? Self.initialSlots))
  }

  private mutating func grow() {
    if let budget, keys.count * 2 > budget.slots {
      spill()
      return
    }
    let oldKeys = keys
    let oldRows = rows
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    rows = [UInt32](repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    for (index, key) in oldKeys.enumerated() where key != 0 {
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      rows[slot] = oldRows[index]
    }
  }

  /// Writes the table's hashes, sorted, as a run and empties the table (rows are forgotten).
  ///
  /// The hashes are gathered at the front of ``keys`` and sorted there, so spilling needs no
  /// second table. When the temporary file cannot be written (no temporary directory, disk
  /// full) the sorted hashes become a run in memory and the budget is dropped: the table then
  /// grows as if it had none, which costs memory but never a wrong answer.
  @inline(never)
  private mutating func spill() {
    let directory = budget?.directory ?? TemporaryFile.defaultDirectory
    var spilled: CaseIDRun?
    keys.withUnsafeMutableBufferPointer { keys in
      var filled = 0
      for index in keys.indices where keys[index] != 0 {
        keys[filled] = keys[index]
        filled += 1
      }
      var sorted = UnsafeMutableBufferPointer(rebasing: keys[0..<filled])
      sorted.sort()
      spilled =
        CaseIDRun.write(UnsafeBufferPointer(sorted), directory: directory, level: 0)
        ?? CaseIDRun(storage: .memory(Array(sorted)), count: filled, level: 0)
      keys.update(repeating: 0)
    }
    if let spilled {
      if case .memory = spilled.storage { budget = nil }
      runs.add(spilled, directory: directory)
    }
    count = 0
  }

  private mutating func resize(to slots: Int) {
    guard keys.count != slots, count == 0 else { return }
    keys = [UInt64](repeating: 0, count: slots)
    rows = [UInt32](repeating: 0, count: slots)
    mask = slots - 1
  }
}
