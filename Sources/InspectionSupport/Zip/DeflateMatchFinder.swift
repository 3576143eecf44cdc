/// Finds the longest earlier match for a position: hash chains over three-byte prefixes.
struct DeflateMatchFinder {
  private let input: [UInt8]
  /// The most recent position with each hash, or -1.
  private var head: [Int32]
  /// For each position (modulo the window), the previous position with the same hash.
  private var previous: [Int32]

  private static let hashBits = 15
  private static let window = 32_768
  private static let maxChain = 128
  private static let minLength = 3
  private static let maxLength = 258

  init(_ input: [UInt8]) {
    self.input = input
    head = [Int32](repeating: -1, count: 1 << Self.hashBits)
    previous = [Int32](repeating: -1, count: Self.window)
  }

  private func hash(_ position: Int) -> Int {
    let value =
      Int(input[position]) << 16 | Int(input[position + 1]) << 8 | Int(input[position + 2])
    return (value &* 0x9E37_79B1) >> (32 - Self.hashBits) & ((1 << Self.hashBits) - 1)
  }

  /// Records `position` as the latest with its three-byte prefix.
  mutating func insert(_ position: Int) {
    guard position + Self.minLength <= input.count else { return }
    let key = hash(position)
    previous[position & (Self.window - 1)] = head[key]
    head[key] = Int32(position)
  }

  /// The longest match (at least 3 bytes) for `position` among earlier positions in the
  /// window, nearest first on ties.
  func longestMatch(at position: Int) -> (length: Int, distance: Int)? {
    guard position + Self.minLength <= input.count else { return nil }
    let limit = min(Self.maxLength, input.count - position)
    var candidate = Int(head[hash(position)])
    var best = Self.minLength - 1
    var bestDistance = 0
    var chain = Self.maxChain
    input.withUnsafeBufferPointer { bytes in
      while candidate >= 0 && chain > 0 {
        let distance = position - candidate
        if distance > Self.window || distance <= 0 { break }
        if bytes[candidate + best] == bytes[position + best] {
          var length = 0
          while length < limit && bytes[candidate + length] == bytes[position + length] {
            length += 1
          }
          if length > best {
            best = length
            bestDistance = distance
            if length == limit { break }
          }
        }
        let next = Int(previous[candidate & (Self.window - 1)])
        // A chain entry overwritten by a newer position is no longer in the window.
        if next >= candidate { break }
        candidate = next
        chain -= 1
      }
    }
    return best >= Self.minLength ? (best, bestDistance) : nil
  }
}
