/// A canonical Huffman code (RFC 1951, 3.2.2) ready for decoding: a table indexed by the next
/// ``fastBits`` bits for short codes, and the canonical counts for longer ones.
///
/// Built from the code length of each symbol (0: the symbol is not used). A set of lengths
/// that over-subscribes the code space is rejected; so is an incomplete one, except a code of
/// a single symbol of length 1 and a code of no symbols at all (both allowed for distance
/// codes by RFC 1951, as zlib allows them), and except where ``init(lengths:allowIncomplete:)``
/// is told otherwise.
struct HuffmanDecoder: Sendable {
  /// Codes up to this length are decoded by one table look-up.
  static let fastBits = 10
  /// The longest code RFC 1951 allows.
  static let maxBits = 15

  /// By the next ``fastBits`` bits (least significant first): `symbol << 4 | length`, or 0
  /// when the code is longer than ``fastBits`` (or the bits are no code).
  let fast: [UInt16]
  /// How many codes have each length, 0...15.
  let counts: [UInt16]
  /// The symbols in canonical order (by length, then by symbol).
  let symbols: [UInt16]

  /// Why a set of code lengths is not a code.
  enum Problem: Error {
    case overSubscribed, incomplete
  }

  /// Builds the decoder for `lengths` (one per symbol, each 0...15).
  init(lengths: [UInt8], allowIncomplete: Bool = true) throws(Problem) {
    var counts = [UInt16](repeating: 0, count: Self.maxBits + 1)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    for length in 1...Self.maxBits {
      left = (left << 1) - Int(counts[length])
      if left < 0 { throw .overSubscribed }
    }
    let used = counts.reduce(0) { $0 + Int($1) }
    if left > 0 && used > 0 {
      // One code of length 1 (half the space) is the only incomplete code allowed.
      guard allowIncomplete, used == 1, counts[1] == 1 else { throw .incomplete }
    }
    var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
    for length in 1...Self.maxBits { offsets[length + 1] = offsets[length] + Int(counts[length]) }
    var symbols = [UInt16](repeating: 0, count: used)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      symbols[offsets[Int(length)]] = UInt16(symbol)
      offsets[Int(length)] += 1
    }
    // Canonical codes, written into the table bit-reversed (deflate sends codes from their
    // most significant bit, and the reader takes bits from the least significant end).
    var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    var code = 0
    var index = 0
    for length in 1...Self.maxBits {
      for _ in 0..<Int(counts[length]) {
        if length <= Self.fastBits {
          var reversed = 0
          for bit in 0..<length where code & (1 << bit) != 0 {
            reversed |= 1 << (length - 1 - bit)
          }
          let entry = UInt16(Int(symbols[index]) << 4 | length)
          var slot = reversed
          while slot < fast.count {
            fast[slot] = entry
            slot += 1 << length
          }
        }
        code += 1
        index += 1
      }
      code <<= 1
    }
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  /// The symbol whose code starts the `available` bits of `bits` (least significant first),
  /// with the code's length; `nil` when the bits are no code, or not enough of one.
  @inline(__always)
  func decode(_ bits: UInt64, available: Int) -> (symbol: Int, length: Int)? {
    let entry = fast[Int(bits & UInt64((1 << Self.fastBits) - 1))]
    if entry != 0 {
      let length = Int(entry & 0xF)
      return length <= available ? (Int(entry >> 4), length) : nil
    }
    return decodeSlowly(bits, available: available)
  }

  /// Canonical decoding one bit at a time, for codes longer than ``fastBits``.
  private func decodeSlowly(_ bits: UInt64, available: Int) -> (symbol: Int, length: Int)? {
    guard available > 0 else { return nil }
    var code = 0
    var first = 0
    var index = 0
    for length in 1...min(Self.maxBits, available) {
      code |= Int((bits >> UInt64(length - 1)) & 1)
      let count = Int(counts[length])
      if code - first < count { return (Int(symbols[index + code - first]), length) }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    return nil
  }
}
