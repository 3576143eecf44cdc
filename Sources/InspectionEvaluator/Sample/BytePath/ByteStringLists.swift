/// Lists of byte strings flattened into one buffer, for matching field bytes without making
/// strings.
///
/// Entries of up to 7 bytes are also packed into a 64-bit key (their length in the top byte),
/// so matching a short field against a list compares integers: the codes and attribute values
/// of a framework are nearly all short (`yes`, `n/a`, `custody`).
///
/// ```swift
/// let lists = ByteStringLists([[Array("yes".utf8), Array("no".utf8)]])
/// lists.match(field, in: 0)   // 1 for the bytes of "no"
/// ```
struct ByteStringLists: Sendable {
  private let bytes: [UInt8]
  /// Entry `e` is `bytes[entryStarts[e]..<entryStarts[e + 1]]`.
  private let entryStarts: [Int]
  /// List `l` is entries `listStarts[l]..<listStarts[l + 1]`.
  private let listStarts: [Int]
  /// The packed key of each entry, or 0 for an entry longer than 7 bytes.
  private let keys: [UInt64]

  /// Flattens `lists`, each a list of byte strings.
  init(_ lists: [[[UInt8]]]) {
    var bytes: [UInt8] = []
    var entryStarts = [0]
    var listStarts = [0]
    var keys: [UInt64] = []
    for list in lists {
      for entry in list {
        bytes += entry
        entryStarts.append(bytes.count)
        keys.append(entry.withUnsafeBufferPointer { Self.key($0) } ?? 0)
      }
      listStarts.append(keys.count)
    }
    self.bytes = bytes
    self.entryStarts = entryStarts
    self.listStarts = listStarts
    self.keys = keys
  }

  /// Calls `body` with every entry's packed key (see ``key(_:readable:)``), by entry position.
  func withKeys<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
    keys.withUnsafeBufferPointer(body)
  }

  /// The number of entries in list `list`.
  func count(of list: Int) -> Int { listStarts[list + 1] - listStarts[list] }

  /// The position of list `list`'s first entry among all entries.
  func start(of list: Int) -> Int { listStarts[list] }

  /// The position in list `list` of the first entry equal to `field`, or `nil`.
  ///
  /// `readable` is how many bytes may be read from the field's start (at least its count):
  /// with 8 or more, a short field is read as one word.
  @inline(__always)
  func match(_ field: UnsafeBufferPointer<UInt8>, in list: Int, readable: Int = 0) -> Int? {
    let first = listStarts[list]
    let end = listStarts[list + 1]
    if let key = Self.key(field, readable: readable) {
      return keys.withUnsafeBufferPointer { keys in
        for entry in first..<end where keys[entry] == key { return entry - first }
        return nil
      }
    }
    return bytes.withUnsafeBufferPointer { bytes in
      for entry in first..<end {
        let start = entryStarts[entry]
        guard entryStarts[entry + 1] - start == field.count else { continue }
        if UnsafeBufferPointer(rebasing: bytes[start..<(start + field.count)]).elementsEqual(field)
        {
          return entry - first
        }
      }
      return nil
    }
  }

  /// The bytes as one integer (length + 1 in the top byte, so never 0), or `nil` when there
  /// are more than 7; with `readable` of 8 or more they are read as one word.
  @inline(__always)
  static func key(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int = 0) -> UInt64? {
    guard bytes.count <= 7 else { return nil }
    if readable >= 8, let base = bytes.baseAddress {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
      let mask: UInt64 = (1 << (UInt64(bytes.count) * 8)) &- 1
      return word & mask | UInt64(bytes.count + 1) << 56
    }
    var key = UInt64(bytes.count + 1) << 56
    var shift: UInt64 = 0
    for byte in bytes {
      key |= UInt64(byte) << shift
      shift += 8
    }
    return key
  }
}
