import Testing

@testable import InspectionEvaluator

/// ``ByteStringLists`` and ``ShortKeyTable`` find a field's position in its list exactly as a
/// linear search of the strings would.
@Suite struct ShortKeyTableTests {
  static let lists: [[String]] = [
    ["yes", "no", "na"],
    ["community", "licence", "custody"],  // longer than 7 bytes: no short key
    ["a", "", "é", "1234567", "12345678", "a"],  // empty, non-ASCII, 7 and 8 bytes, repeat
    (0..<64).map { "code\($0)" },
    ["x"],
  ]

  /// The answer a linear search of the strings gives.
  static func expected(_ field: String, in list: Int) -> Int? {
    lists[list].firstIndex(of: field)
  }

  static func position(_ field: String, in list: Int, padded: Bool) -> Int? {
    let bytes = ByteStringLists(lists.map { $0.map { Array($0.utf8) } })
    let table = ShortKeyTable(bytes, listCount: lists.count)
    // With `padded`, the field sits in a longer buffer, so short fields are read as a word.
    let storage = Array(field.utf8) + (padded ? Array("########".utf8) : [])
    return storage.withUnsafeBufferPointer { buffer in
      let cell = UnsafeBufferPointer(rebasing: buffer[0..<field.utf8.count])
      let readable = buffer.count
      if let key = ByteStringLists.key(cell, readable: readable) {
        return table.keys.withUnsafeBufferPointer { keys in
          table.positions.withUnsafeBufferPointer { positions in
            table.slots[list].position(of: key, keys: keys, positions: positions)
          }
        }
      }
      return bytes.match(cell, in: list, readable: readable)
    }
  }

  static let probes = [
    "yes", "no", "na", "Yes", "ye", "yess", "", "a", "é", "1234567",
    "12345678", "123456", "custody", "licence", "code0", "code63", "code64", "x", "y",
  ]

  @Test(arguments: 0..<lists.count, [false, true])
  func findsWhatALinearSearchFinds(list: Int, padded: Bool) {
    for probe in Self.probes + Self.lists[list] {
      #expect(
        Self.position(probe, in: list, padded: padded) == Self.expected(probe, in: list),
        "'\(probe)' in list \(list)")
    }
  }

  @Test func aWordReadMasksTheBytesAfterTheField() {
    let padded = Array("no,yes".utf8)
    let word = padded.withUnsafeBufferPointer {
      ByteStringLists.key(UnsafeBufferPointer(rebasing: $0[0..<2]), readable: 8)
    }
    let plain = Array("no".utf8).withUnsafeBufferPointer { ByteStringLists.key($0) }
    #expect(word == plain)
    #expect(word != nil)
  }

  @Test func keysOfDifferentLengthsDiffer() {
    let a = Array("a".utf8).withUnsafeBufferPointer { ByteStringLists.key($0) }
    let aNul = [UInt8(ascii: "a"), 0].withUnsafeBufferPointer { ByteStringLists.key($0) }
    let empty = [UInt8]().withUnsafeBufferPointer { ByteStringLists.key($0) }
    #expect(a != aNul)
    #expect(empty != nil && empty != 0)
  }
}
