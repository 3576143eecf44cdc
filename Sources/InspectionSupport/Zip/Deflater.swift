/// Compresses bytes into a raw deflate stream (RFC 1951), deterministically: the same input
/// always gives the same bytes.
///
/// Matches are found with hash chains over three-byte prefixes in the 32 KiB window, with
/// one step of lazy matching (a match is put off when the next byte starts a longer one).
/// Each block of up to 16,384 symbols is written whichever way is smallest: with its own
/// (dynamic) Huffman codes, with the fixed codes, or stored.
///
/// ```swift
/// let compressed = Deflater.deflate(Array("hello, hello, hello".utf8))
/// try Inflater.inflate(compressed) == Array("hello, hello, hello".utf8)   // true
/// ```
public enum Deflater {
  /// The raw deflate stream of `input`.
  public static func deflate(_ input: [UInt8]) -> [UInt8] {
    var writer = BitWriter()
    var matcher = MatchFinder(input)
    var block = BlockSymbols()
    var blockStart = 0
    var position = 0
    // A match found at `position - 1` and put off to see whether `position` starts a longer one.
    var deferred: (length: Int, distance: Int)?
    while position < input.count {
      let match = matcher.longestMatch(at: position)
      matcher.insert(position)
      if let previous = deferred {
        if let match, match.length > previous.length {
          // The byte before is sent as a literal; this longer match is put off in turn.
          block.literal(input[position - 1])
          deferred = match
          position += 1
        } else {
          block.match(length: previous.length, distance: previous.distance)
          // The deferred match began at position - 1; its bytes from position + 1 on still
          // need to be hashed.
          let end = position - 1 + previous.length
          for inner in (position + 1)..<end { matcher.insert(inner) }
          position = end
          deferred = nil
        }
      } else if let match {
        deferred = match
        position += 1
      } else {
        block.literal(input[position])
        position += 1
      }
      if deferred == nil && block.isFull {
        write(block, bytes: input[blockStart..<position], last: false, to: &writer)
        block = BlockSymbols()
        blockStart = position
      }
    }
    if let previous = deferred {
      block.match(length: previous.length, distance: previous.distance)
    }
    write(block, bytes: input[blockStart..<input.count], last: true, to: &writer)
    return writer.finish()
  }

  /// Writes `block` (whose symbols encode `bytes`) the smallest of the three ways.
  private static func write(
    _ block: BlockSymbols, bytes: ArraySlice<UInt8>, last: Bool, to writer: inout BitWriter
  ) {
    var literalCounts = block.literalCounts
    literalCounts[256] += 1
    let dynamic = DynamicHeader(literalCounts: literalCounts, distanceCounts: block.distanceCounts)
    let extraBits = block.extraBits
    let dynamicBits =
      3 + dynamic.headerBits + dynamic.literals.cost(literalCounts)
      + dynamic.distances.cost(block.distanceCounts) + extraBits
    let fixedBits =
      3 + fixedLiterals.cost(literalCounts) + fixedDistances.cost(block.distanceCounts)
      + extraBits
    // Stored: per 65,535 bytes, a 3-bit header padded to a byte and 4 bytes of lengths.
    let storedBlocks = max(1, (bytes.count + 65_534) / 65_535)
    let storedBits = storedBlocks * (4 * 8 + 8) + bytes.count * 8 + 7

    if storedBits < min(dynamicBits, fixedBits) {
      var start = bytes.startIndex
      repeat {
        let end = min(start + 65_535, bytes.endIndex)
        writer.write(last && end == bytes.endIndex ? 1 : 0, count: 1)
        writer.write(0, count: 2)
        writer.alignToByte()
        let length = end - start
        writer.write(length, count: 16)
        writer.write(~length & 0xFFFF, count: 16)
        writer.append(contentsOf: bytes[start..<end])
        start = end
      } while start < bytes.endIndex
      return
    }
    writer.write(last ? 1 : 0, count: 1)
    if dynamicBits < fixedBits {
      writer.write(2, count: 2)
      dynamic.write(to: &writer)
      block.write(literals: dynamic.literals, distances: dynamic.distances, to: &writer)
    } else {
      writer.write(1, count: 2)
      block.write(literals: fixedLiterals, distances: fixedDistances, to: &writer)
    }
  }

  private static let fixedLiterals = HuffmanEncoder(
    lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
  private static let fixedDistances = HuffmanEncoder(lengths: [UInt8](repeating: 5, count: 30))
}

/// The literals and matches of one block, and their symbol frequencies.
private struct BlockSymbols {
  /// Literal bytes (0...255), or `256 + length` with the distance in ``distancesOfMatches``.
  private var symbols: [UInt16] = []
  private var matchDistances: [UInt16] = []
  private(set) var literalCounts = [Int](repeating: 0, count: 286)
  private(set) var distanceCounts = [Int](repeating: 0, count: 30)
  /// The extra bits the matches need.
  private(set) var extraBits = 0

  var isFull: Bool { symbols.count >= 16_384 }

  mutating func literal(_ byte: UInt8) {
    symbols.append(UInt16(byte))
    literalCounts[Int(byte)] += 1
  }

  mutating func match(length: Int, distance: Int) {
    symbols.append(UInt16(256 + length))
    matchDistances.append(UInt16(distance))
    let lengthCode = DeflateTables.lengthCode(length)
    literalCounts[257 + lengthCode] += 1
    let distanceCode = DeflateTables.distanceCode(distance)
    distanceCounts[distanceCode] += 1
    extraBits +=
      Int(DeflateTables.lengthExtra[lengthCode]) + Int(DeflateTables.distanceExtra[distanceCode])
  }

  /// Writes every symbol, then the end of the block, with the given codes.
  func write(literals: HuffmanEncoder, distances: HuffmanEncoder, to writer: inout BitWriter) {
    var matchIndex = 0
    for symbol in symbols {
      if symbol < 256 {
        writer.writeCode(
          Int(literals.codes[Int(symbol)]), length: Int(literals.lengths[Int(symbol)]))
        continue
      }
      let length = Int(symbol) - 256
      let distance = Int(matchDistances[matchIndex])
      matchIndex += 1
      let lengthCode = DeflateTables.lengthCode(length)
      writer.writeCode(
        Int(literals.codes[257 + lengthCode]), length: Int(literals.lengths[257 + lengthCode]))
      writer.write(
        length - Int(DeflateTables.lengthBase[lengthCode]),
        count: Int(DeflateTables.lengthExtra[lengthCode]))
      let distanceCode = DeflateTables.distanceCode(distance)
      writer.writeCode(
        Int(distances.codes[distanceCode]), length: Int(distances.lengths[distanceCode]))
      writer.write(
        distance - Int(DeflateTables.distanceBase[distanceCode]),
        count: Int(DeflateTables.distanceExtra[distanceCode]))
    }
    writer.writeCode(Int(literals.codes[256]), length: Int(literals.lengths[256]))
  }
}

/// A dynamic block's codes and how they are sent (RFC 1951, 3.2.7).
private struct DynamicHeader {
  let literals: HuffmanEncoder
  let distances: HuffmanEncoder
  private let literalCount: Int
  private let distanceCount: Int
  /// The code lengths of both codes, run-length encoded: (symbol 0...18, extra bits value).
  private let runs: [(symbol: Int, extra: Int)]
  private let lengthCode: HuffmanEncoder
  private let lengthCodeCount: Int

  init(literalCounts: [Int], distanceCounts: [Int]) {
    literals = HuffmanEncoder(frequencies: literalCounts, limit: 15)
    distances = HuffmanEncoder(frequencies: distanceCounts, limit: 15)
    literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
    distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
    let lengths = Array(literals.lengths[0..<literalCount] + distances.lengths[0..<distanceCount])
    var runs: [(symbol: Int, extra: Int)] = []
    var index = 0
    while index < lengths.count {
      let length = lengths[index]
      var run = 1
      while index + run < lengths.count && lengths[index + run] == length { run += 1 }
      index += run
      if length == 0 {
        while run >= 11 {
          let count = min(run, 138)
          runs.append((18, count - 11))
          run -= count
        }
        if run >= 3 {
          runs.append((17, run - 3))
          run = 0
        }
      } else {
        runs.append((Int(length), 0))
        run -= 1
        while run >= 3 {
          let count = min(run, 6)
          runs.append((16, count - 3))
          run -= count
        }
      }
      for _ in 0..<run { runs.append((Int(length), 0)) }
    }
    self.runs = runs
    var counts = [Int](repeating: 0, count: 19)
    for run in runs { counts[run.symbol] += 1 }
    lengthCode = HuffmanEncoder(frequencies: counts, limit: 7)
    var count = 19
    while count > 4 && lengthCode.lengths[DeflateTables.codeLengthOrder[count - 1]] == 0 {
      count -= 1
    }
    lengthCodeCount = count
  }

  /// The bits of the header: the counts, the code length code and the run-length codes.
  var headerBits: Int {
    var bits = 5 + 5 + 4 + 3 * lengthCodeCount
    for run in runs {
      bits += Int(lengthCode.lengths[run.symbol]) + [16: 2, 17: 3, 18: 7][run.symbol, default: 0]
    }
    return bits
  }

  func write(to writer: inout BitWriter) {
    writer.write(literalCount - 257, count: 5)
    writer.write(distanceCount - 1, count: 5)
    writer.write(lengthCodeCount - 4, count: 4)
    for index in 0..<lengthCodeCount {
      writer.write(Int(lengthCode.lengths[DeflateTables.codeLengthOrder[index]]), count: 3)
    }
    for run in runs {
      writer.writeCode(
        Int(lengthCode.codes[run.symbol]), length: Int(lengthCode.lengths[run.symbol]))
      switch run.symbol {
      case 16: writer.write(run.extra, count: 2)
      case 17: writer.write(run.extra, count: 3)
      case 18: writer.write(run.extra, count: 7)
      default: break
      }
    }
  }
}

/// Finds the longest earlier match for a position: hash chains over three-byte prefixes.
private struct MatchFinder {
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

/// Deflate's length and distance codes (RFC 1951, 3.2.5), shared by the encoder.
enum DeflateTables {
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
  static let lengthBase: [UInt16] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [UInt16] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  /// The length code (0...28) of a match length 3...258.
  static func lengthCode(_ length: Int) -> Int {
    var code = 28
    while Int(lengthBase[code]) > length { code -= 1 }
    return code
  }

  /// The distance code (0...29) of a distance 1...32768.
  static func distanceCode(_ distance: Int) -> Int {
    var code = 29
    while Int(distanceBase[code]) > distance { code -= 1 }
    return code
  }
}
