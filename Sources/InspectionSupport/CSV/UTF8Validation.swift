/// Locates ill-formed UTF-8, so errors can point at the offending byte.
enum UTF8Validation {
  /// The offset of the first byte of the first ill-formed sequence, or `nil` when `bytes`
  /// is well-formed UTF-8 (Unicode 15, table 3-7: no overlongs, no surrogates, ≤ U+10FFFF).
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    // Fast path: most fields are ASCII.
    var index = 0
    while index < count, bytes[index] < 0x80 { index += 1 }
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var secondLow: UInt8 = 0x80
      var secondHigh: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, secondLow) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, secondHigh) = (3, 0x9F)
      case 0xF0: (length, secondLow) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, secondHigh) = (4, 0x8F)
      default: return index
      }
      guard count - index >= length else { return index }
      let second = bytes[index + 1]
      guard second >= secondLow, second <= secondHigh else { return index }
      var next = index + 2
      while next < index + length {
        guard bytes[next] & 0xC0 == 0x80 else { return index }
        next += 1
      }
      index = next
    }
    return nil
  }
}
