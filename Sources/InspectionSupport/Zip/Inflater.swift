/// Decodes a raw deflate stream (RFC 1951) held in memory, a chunk at a time, so that the
/// output never needs to be held whole.
///
/// All three block types are decoded: stored, fixed Huffman and dynamic Huffman. Every
/// malformed stream is an ``InflateError`` (never a crash): a reserved block type, a stored
/// length whose complement does not match, code lengths that over-subscribe or leave
/// incomplete a Huffman code, undefined symbols (286, 287, distance 30, 31), a distance
/// reaching back before the start of the output, and input that ends before the final block.
/// ``limit`` bounds the output, so a stream that expands without end (a "zip bomb") is
/// stopped after at most that many bytes, in memory that does not depend on it: the decoder
/// holds the 32 KiB history deflate may refer to and one chunk of output.
///
/// ```swift
/// var inflater = Inflater(compressed, limit: 1 << 20)
/// var output: [UInt8] = []
/// while try inflater.read(appendingTo: &output, upTo: 65536) > 0 {}
/// // or: let bytes = try Inflater.inflate(compressed, limit: 1 << 20)
/// ```
public struct Inflater: Sendable {
  /// The most output the decoder will produce; more is an ``InflateError/Kind/outputLimit``.
  public let limit: Int
  /// How many bytes have been decoded so far.
  public private(set) var totalOut = 0
  /// Whether the final block has been decoded (and every byte of it read).
  public var isFinished: Bool { state == .finished && handedOut == windowEnd }
  /// How many bytes of the input the stream took, once finished (the stream may be followed
  /// by other data, such as a zip data descriptor).
  public var consumedInput: Int { position - bitCount / 8 }

  private let input: [UInt8]
  private let end: Int
  /// The next input byte to load into ``bits``.
  private var position: Int
  private var bits: UInt64 = 0
  private var bitCount = 0

  /// History (the last ``historySize`` bytes) followed by new output.
  private var window: [UInt8]
  /// Bytes of ``window`` that hold output.
  private var windowEnd = 0
  /// Bytes of ``window`` already handed to the caller.
  private var handedOut = 0

  private var state = State.header
  private var lastBlock = false
  /// A back-reference not yet fully copied: bytes left and how far back.
  private var copyLength = 0
  private var copyDistance = 0
  /// The block's Huffman codes while in a compressed block.
  private var literals: HuffmanDecoder?
  private var distances: HuffmanDecoder?
  /// Bytes left in the stored block being copied.
  private var storedLeft = 0

  private enum State: Equatable {
    case header, stored, compressed, finished
  }

  /// The history deflate may refer back into.
  private static let historySize = 32_768
  /// How much new output is decoded at a time.
  private static let chunkSize = 65_536

  /// A decoder for the deflate stream in `input[range]` (all of `input` by default) that
  /// produces at most `limit` bytes.
  public init(_ input: [UInt8], range: Range<Int>? = nil, limit: Int = .max) {
    let range = range ?? 0..<input.count
    self.input = input
    self.position = max(0, min(range.lowerBound, input.count))
    self.end = max(position, min(range.upperBound, input.count))
    self.limit = limit
    self.window = []
  }

  /// Decodes the whole stream in `input`, which must end with its final block (bytes after
  /// it are ignored), producing at most `limit` bytes.
  public static func inflate(_ input: [UInt8], limit: Int = .max) throws(InflateError) -> [UInt8] {
    var inflater = Inflater(input, limit: limit)
    var output: [UInt8] = []
    while try inflater.read(appendingTo: &output, upTo: .max) > 0 {}
    return output
  }

  /// Appends up to `maxCount` more decoded bytes to `output` and returns how many; 0 only at
  /// the end of the stream.
  public mutating func read(appendingTo output: inout [UInt8], upTo maxCount: Int)
    throws(InflateError) -> Int
  {
    var total = 0
    while total < maxCount {
      if handedOut == windowEnd {
        if state == .finished { break }
        try produce()
        continue
      }
      let count = min(windowEnd - handedOut, maxCount - total)
      output.append(contentsOf: window[handedOut..<(handedOut + count)])
      handedOut += count
      total += count
    }
    return total
  }

  /// Calls `body` with each run of newly decoded bytes until the end of the stream.
  public mutating func forEachChunk(
    _ body: (UnsafeBufferPointer<UInt8>) throws(InflateError) -> Void
  ) throws(InflateError) {
    while true {
      if handedOut == windowEnd {
        if state == .finished { return }
        try produce()
        continue
      }
      let range = handedOut..<windowEnd
      handedOut = windowEnd
      try window.withUnsafeBufferPointer { (buffer) throws(InflateError) in
        try body(UnsafeBufferPointer(rebasing: buffer[range]))
      }
    }
  }

  // MARK: Decoding

  /// Decodes up to one chunk of new output into the window, sliding the history down first.
  private mutating func produce() throws(InflateError) {
    if window.isEmpty {
      // Output that cannot pass the limit fits a smaller window, which never slides.
      let size = Self.historySize + Self.chunkSize
      window = [UInt8](repeating: 0, count: limit < size ? max(limit + 1, 1) : size)
    }
    if windowEnd > Self.historySize && window.count > Self.historySize {
      let keep = (windowEnd - Self.historySize)..<windowEnd
      window.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        base.update(from: base + keep.lowerBound, count: keep.count)
      }
      windowEnd = Self.historySize
      handedOut = windowEnd
    }
    let start = windowEnd
    while windowEnd < window.count && state != .finished {
      switch state {
      case .header: try readBlockHeader()
      case .stored: try copyStored()
      case .compressed: try decodeCompressed()
      case .finished: break
      }
    }
    totalOut += windowEnd - start
    if totalOut > limit {
      throw InflateError(
        .outputLimit, offset: consumedInput,
        "the data expands to more than \(limit) bytes, the most allowed")
    }
  }

  /// Loads input bytes until at least 57 bits are buffered or the input is used up.
  @inline(__always)
  private mutating func refill() {
    while bitCount <= 56 && position < end {
      bits |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  /// Takes `count` (at most 32) bits, least significant first.
  @inline(__always)
  private mutating func take(_ count: Int) throws(InflateError) -> Int {
    if bitCount < count {
      refill()
      guard bitCount >= count else { throw truncated() }
    }
    let value = Int(bits & ((1 << UInt64(count)) - 1))
    bits >>= UInt64(count)
    bitCount -= count
    return value
  }

  private func truncated() -> InflateError {
    InflateError(
      .truncated, offset: end,
      "the compressed data ends before its last block does (the file may be truncated)")
  }

  private mutating func readBlockHeader() throws(InflateError) {
    if lastBlock {
      state = .finished
      return
    }
    let headerOffset = consumedInput
    lastBlock = try take(1) == 1
    switch try take(2) {
    case 0:
      // Stored: skip to a byte boundary, then LEN and its complement NLEN.
      _ = try take(bitCount % 8)
      let length = try take(16)
      let complement = try take(16)
      guard length == ~complement & 0xFFFF else {
        throw InflateError(
          .storedLengthMismatch, offset: headerOffset,
          "a stored block's length (\(length)) does not match its check value (\(complement))")
      }
      storedLeft = length
      state = .stored
    case 1:
      literals = Self.fixedLiterals
      distances = Self.fixedDistances
      state = .compressed
    case 2:
      try readDynamicCodes()
      state = .compressed
    default:
      throw InflateError(
        .invalidBlockType, offset: headerOffset, "a block has type 3, which is reserved")
    }
  }

  private mutating func copyStored() throws(InflateError) {
    while storedLeft > 0 && windowEnd < window.count {
      // Whole bytes still in the bit buffer come first, then straight from the input.
      if bitCount >= 8 {
        window[windowEnd] = UInt8(try take(8))
        windowEnd += 1
        storedLeft -= 1
        continue
      }
      let count = min(storedLeft, window.count - windowEnd, end - position)
      guard count > 0 else { throw truncated() }
      window.replaceSubrange(
        windowEnd..<(windowEnd + count), with: input[position..<(position + count)])
      position += count
      windowEnd += count
      storedLeft -= count
    }
    if storedLeft == 0 { state = .header }
  }

  private mutating func readDynamicCodes() throws(InflateError) {
    let offset = consumedInput
    func invalid(_ message: String) -> InflateError {
      InflateError(.invalidCodeLengths, offset: offset, message)
    }
    let literalCount = try take(5) + 257
    let distanceCount = try take(5) + 1
    let lengthCodeCount = try take(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw invalid(
        "a dynamic block declares \(literalCount) literal/length and \(distanceCount) distance "
          + "codes; at most 286 and 30 are defined")
    }
    var codeLengthLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<lengthCodeCount {
      codeLengthLengths[DeflateTables.codeLengthOrder[index]] = UInt8(try take(3))
    }
    let codeLengthCode: HuffmanDecoder
    do {
      codeLengthCode = try HuffmanDecoder(lengths: codeLengthLengths, allowIncomplete: false)
    } catch {
      throw invalid("a dynamic block's code length code is \(Self.describe(error))")
    }
    var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
    var index = 0
    while index < lengths.count {
      let symbol = try decodeSymbol(codeLengthCode)
      switch symbol {
      case 0...15:
        lengths[index] = UInt8(symbol)
        index += 1
      case 16, 17, 18:
        let repeated: UInt8
        let count: Int
        if symbol == 16 {
          guard index > 0 else { throw invalid("a code length repeats, but none came before") }
          repeated = lengths[index - 1]
          count = 3 + (try take(2))
        } else {
          repeated = 0
          count = symbol == 17 ? 3 + (try take(3)) : 11 + (try take(7))
        }
        guard index + count <= lengths.count else {
          throw invalid("repeated code lengths run past the number of codes declared")
        }
        for _ in 0..<count {
          lengths[index] = repeated
          index += 1
        }
      default:
        throw invalid("a code length symbol is \(symbol)")
      }
    }
    guard lengths[256] > 0 else {
      throw invalid("a dynamic block has no code for the end of the block")
    }
    do {
      literals = try HuffmanDecoder(lengths: Array(lengths[0..<literalCount]))
    } catch {
      throw invalid("a dynamic block's literal/length code is \(Self.describe(error))")
    }
    do {
      distances = try HuffmanDecoder(lengths: Array(lengths[literalCount...]))
    } catch {
      throw invalid("a dynamic block's distance code is \(Self.describe(error))")
    }
  }

  private static func describe(_ problem: HuffmanDecoder.Problem) -> String {
    switch problem {
    case .overSubscribed: "over-subscribed (more codes than the lengths allow)"
    case .incomplete: "incomplete (the lengths leave codes unused)"
    }
  }

  @inline(__always)
  private mutating func decodeSymbol(_ code: HuffmanDecoder) throws(InflateError) -> Int {
    if bitCount < HuffmanDecoder.maxBits { refill() }
    guard let (symbol, length) = code.decode(bits, available: bitCount) else {
      if bitCount < HuffmanDecoder.maxBits && position >= end { throw truncated() }
      throw InflateError(.invalidSymbol, offset: consumedInput, "the bits are not a valid code")
    }
    bits >>= UInt64(length)
    bitCount -= length
    return symbol
  }

  private mutating func decodeCompressed() throws(InflateError) {
    guard let literals, let distances else {
      throw InflateError(.invalidSymbol, offset: consumedInput, "the block has no codes")
    }
    let capacity = window.count
    while windowEnd < capacity {
      if copyLength > 0 {
        let count = min(copyLength, capacity - windowEnd)
        window.withUnsafeMutableBufferPointer { buffer in
          guard let base = buffer.baseAddress else { return }
          var target = base + windowEnd
          var source = target - copyDistance
          for _ in 0..<count {
            target.pointee = source.pointee
            target += 1
            source += 1
          }
        }
        windowEnd += count
        copyLength -= count
        continue
      }
      let symbol = try decodeSymbol(literals)
      if symbol < 256 {
        window[windowEnd] = UInt8(truncatingIfNeeded: symbol)
        windowEnd += 1
        continue
      }
      if symbol == 256 {
        state = .header
        return
      }
      let lengthIndex = symbol - 257
      guard lengthIndex < 29 else {
        throw InflateError(
          .invalidSymbol, offset: consumedInput, "literal/length symbol \(symbol) is not defined")
      }
      let length =
        Int(DeflateTables.lengthBase[lengthIndex])
        + (try take(Int(DeflateTables.lengthExtra[lengthIndex])))
      let distanceSymbol = try decodeSymbol(distances)
      guard distanceSymbol < 30 else {
        throw InflateError(
          .invalidSymbol, offset: consumedInput,
          "distance symbol \(distanceSymbol) is not defined")
      }
      let distance =
        Int(DeflateTables.distanceBase[distanceSymbol])
        + (try take(Int(DeflateTables.distanceExtra[distanceSymbol])))
      // Until the window first slides it holds the whole output; after, the 32 KiB of
      // history, as far as any distance reaches.
      guard distance <= windowEnd else {
        throw InflateError(
          .distanceTooFar, offset: consumedInput,
          "a distance reaches back \(distance) bytes, but only \(windowEnd) bytes have been "
            + "written")
      }
      copyLength = length
      copyDistance = distance
    }
  }

  // MARK: Fixed codes (RFC 1951, 3.2.6)

  /// The fixed literal/length code: 0–143 in 8 bits, 144–255 in 9, 256–279 in 7, 280–287 in 8.
  private static let fixedLiterals: HuffmanDecoder? = try? HuffmanDecoder(
    lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
  /// The fixed distance code: 30 symbols (and the two undefined ones) in 5 bits.
  private static let fixedDistances: HuffmanDecoder? = try? HuffmanDecoder(
    lengths: [UInt8](repeating: 5, count: 32))
}
