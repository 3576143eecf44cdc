/// Writes a bit stream least significant bit first, as deflate (RFC 1951, 3.1.1) packs it.
struct BitWriter: Sendable {
  /// The bytes completed so far.
  private(set) var bytes: [UInt8] = []
  private var pending: UInt64 = 0
  private var pendingCount = 0

  /// Writes the low `count` bits of `value` (`count` at most 32).
  @inline(__always)
  mutating func write(_ value: Int, count: Int) {
    let masked = UInt64(truncatingIfNeeded: value) & ((1 << UInt64(count)) - 1)
    pending |= masked << UInt64(pendingCount)
    pendingCount += count
    while pendingCount >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: pending))
      pending >>= 8
      pendingCount -= 8
    }
  }

  /// Writes a Huffman code of `length` bits, whose most significant bit goes first.
  @inline(__always)
  mutating func writeCode(_ code: Int, length: Int) {
    var reversed = 0
    for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
    write(reversed, count: length)
  }

  /// Pads with zero bits to a byte boundary.
  mutating func alignToByte() {
    if pendingCount > 0 { write(0, count: 8 - pendingCount) }
  }

  /// Appends whole bytes; the writer must be at a byte boundary.
  mutating func append(contentsOf data: ArraySlice<UInt8>) {
    bytes.append(contentsOf: data)
  }

  /// The stream, padded to a whole byte.
  mutating func finish() -> [UInt8] {
    alignToByte()
    return bytes
  }
}
