/// The case ids seen so far, as 64-bit hashes with the row each first appeared in.
///
/// Duplicate detection is the one part of scoring whose memory grows with the sample, so it
/// is kept small: an open-addressing table of hash and row (12 bytes a slot, at most 70% full),
/// about 25 MB for a million cases, where a `Dictionary<UInt64, Int>` takes more than 32 MB.
/// Two different ids collide with probability about n²/2⁶⁵ (3 × 10⁻⁸ for a million cases).
struct CaseIDIndex: Sendable {
  private var keys: [UInt64]
  private var rows: [UInt32]
  private var mask: Int
  private(set) var count = 0

  init() {
    keys = [UInt64](repeating: 0, count: 1024)
    rows = [UInt32](repeating: 0, count: 1024)
    mask = 1023
  }

  /// Records `hash` at `row`; returns the row it was first seen in if it was seen before.
  mutating func insert(_ hash: UInt64, row: Int) -> Int? {
    let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
    var slot = Int(truncatingIfNeeded: key) & mask
    while keys[slot] != 0 {
      if keys[slot] == key { return Int(rows[slot]) }
      slot = (slot + 1) & mask
    }
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
      if keys[slot] == key { return Int(rows[slot]) }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether `test` holds for any recorded hash (as stored: 0 is recorded as 1).
  func containsKey(where test: (UInt64) -> Bool) -> Bool {
    keys.contains { $0 != 0 && test($0) }
  }

  /// Every hash recorded, sorted.
  func sortedHashes() -> [UInt64] {
    keys.filter { $0 != 0 }.sorted()
  }

  private mutating func grow() {
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
}
