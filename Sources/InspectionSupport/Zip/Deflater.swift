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
    var matcher = DeflateMatchFinder(input)
    var block = DeflateBlock()
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
        block = DeflateBlock()
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
    _ block: DeflateBlock, bytes: ArraySlice<UInt8>, last: Bool, to writer: inout BitWriter
  ) {
    var literalCounts = block.literalCounts
    literalCounts[256] += 1
    let dynamic = DeflateDynamicHeader(
      literalCounts: literalCounts, distanceCounts: block.distanceCounts)
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
