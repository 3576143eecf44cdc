/// Finds a short field's position in its list with one multiply and one comparison.
///
/// Each list of ``ByteStringLists`` gets a small table (a power of two, at least twice its
/// length) of packed keys, and a multiplier chosen when the table is built so that no two of
/// the list's keys share a slot: a perfect hash. Looking a field up is then a multiply, a
/// shift, a load and a compare, with no loop for the branch predictor to miss on, which
/// matters when a sample answers `yes` and `no` at random. Entries longer than 7 bytes have no
/// key and are not in the table (``ByteStringLists/match(_:in:readable:)`` finds them).
///
/// ```swift
/// let table = ShortKeyTable(lists)
/// let slot = table.slot(of: 3)
/// // slot.position(of: key, keys: …, positions: …) -> 1 for "no" in ["yes", "no"]
/// ```
struct ShortKeyTable: Sendable {
  /// Where list `l`'s table is and how to hash into it.
  struct Slot: Sendable {
    var start: Int
    var shift: UInt64
    var multiplier: UInt64

    /// The position of `key` in the list, or `nil`.
    @inline(__always)
    func position(
      of key: UInt64, keys: UnsafeBufferPointer<UInt64>, positions: UnsafeBufferPointer<UInt8>
    ) -> Int? {
      let index = start &+ Int(truncatingIfNeeded: (key &* multiplier) >> shift)
      return keys[index] == key ? Int(positions[index]) : nil
    }
  }

  private(set) var slots: [Slot] = []
  /// Every list's table back to back: the key in each slot (0 when empty) and its position.
  private(set) var keys: [UInt64] = []
  private(set) var positions: [UInt8] = []

  /// Builds a table for each list of `lists` (lists must have at most 255 entries).
  init(_ lists: ByteStringLists, listCount: Int) {
    lists.withKeys { allKeys in
      for list in 0..<listCount {
        let first = lists.start(of: list)
        var listKeys: [UInt64] = []
        var listPositions: [UInt8] = []
        for index in 0..<lists.count(of: list) where allKeys[first + index] != 0 {
          // A repeated entry keeps its first position, as a linear search would find it.
          if listKeys.contains(allKeys[first + index]) { continue }
          listKeys.append(allKeys[first + index])
          listPositions.append(UInt8(truncatingIfNeeded: index))
        }
        append(listKeys, listPositions)
      }
    }
  }

  /// Adds a table for one list, trying multipliers (and then bigger tables) until the keys
  /// fall in different slots.
  private mutating func append(_ listKeys: [UInt64], _ listPositions: [UInt8]) {
    var bits = 1
    while 1 << bits < 2 * listKeys.count { bits += 1 }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    while true {
      for _ in 0..<256 {
        // SplitMix64 steps give well-mixed odd multipliers.
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        let multiplier = (mixed ^ (mixed >> 31)) | 1
        let shift = UInt64(64 - bits)
        var table = [UInt64](repeating: 0, count: 1 << bits)
        var tablePositions = [UInt8](repeating: 0, count: 1 << bits)
        var collided = false
        for (key, position) in zip(listKeys, listPositions) {
          let index = Int(truncatingIfNeeded: (key &* multiplier) >> shift)
          if table[index] != 0 {
            collided = true
            break
          }
          table[index] = key
          tablePositions[index] = position
        }
        if !collided {
          slots.append(Slot(start: keys.count, shift: shift, multiplier: multiplier))
          keys += table
          positions += tablePositions
          return
        }
      }
      bits += 1
    }
  }
}
