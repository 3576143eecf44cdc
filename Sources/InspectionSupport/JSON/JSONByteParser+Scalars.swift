// Scalars
//
// The literals `true`, `false` and `null`, and numbers (RFC 8259 grammar, checked before they
// are converted).
extension JSONByteParser {
  /// Reads `literal` (`true`, `false` or `null`) at ``index``, which is its first byte.
  mutating func parseLiteral(_ literal: String) throws(JSONParseError) {
    let start = position
    let startIndex = index
    for byte in literal.utf8 {
      guard index < bytes.count else {
        throw error(
          "unexpected end of input in the literal '\(literal)' (the file may be truncated)")
      }
      guard bytes[index] == byte else {
        index = startIndex
        throw JSONParseError(
          position: start,
          message: "invalid literal \(describeFound()), expected '\(literal)'")
      }
      index += 1
    }
  }

  /// Reads a number at ``index`` in the RFC 8259 grammar and converts it to a `Double`.
  mutating func parseNumber() throws(JSONParseError) -> Double {
    let start = index
    let startPosition = position
    let negative = bytes[index] == ASCII.minus
    if negative { index += 1 }
    guard let first = peek(), isDigit(first) else {
      throw error("expected a digit after '-', found \(describeFound())")
    }
    if first == ASCII.zero {
      index += 1
      if let next = peek(), isDigit(next) {
        throw JSONParseError(
          position: startPosition, message: "numbers must not have leading zeros")
      }
    } else {
      skipDigits()
    }
    var isInteger = true
    if peek() == ASCII.dot {
      isInteger = false
      index += 1
      guard let digit = peek(), isDigit(digit) else {
        throw error("expected a digit after the decimal point, found \(describeFound())")
      }
      skipDigits()
    }
    if let exponent = peek(), exponent | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      if let sign = peek(), sign == ASCII.plus || sign == ASCII.minus { index += 1 }
      guard let digit = peek(), isDigit(digit) else {
        throw error("expected a digit in the exponent, found \(describeFound())")
      }
      skipDigits()
    }
    let digitsStart = negative ? start + 1 : start
    if isInteger && index - digitsStart <= 18 {
      // Exact in Int64; the conversion to Double rounds correctly.
      var magnitude = 0
      for offset in digitsStart..<index {
        magnitude = magnitude &* 10 &+ Int(bytes[offset] &- ASCII.zero)
      }
      return negative ? -Double(magnitude) : Double(magnitude)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
      throw JSONParseError(
        position: startPosition,
        message: "the number \(shown) is too large to be represented as a 64-bit double")
    }
    return value
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= ASCII.zero && byte <= ASCII.nine
  }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }
}
