// Strings
//
// Strings with their escapes (surrogate pairs joined), and the UTF-8 checks that keep invalid
// bytes out of every string.
extension JSONByteParser {
  /// Parses a string starting at its opening quote.
  mutating func parseString() throws(JSONParseError) -> String {
    let open = position
    index += 1
    let contentStart = index
    // Fast path: no escapes, so the content is the source bytes (once validated).
    while index < bytes.count {
      let byte = bytes[index]
      if byte == ASCII.quote {
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        index += 1
        return String(decoding: content, as: UTF8.self)
      }
      if byte == ASCII.backslash { break }
      if byte < 0x20 { throw controlCharacterError(byte) }
      if byte < 0x80 { index += 1 } else { try skipUTF8Scalar() }
    }
    guard index < bytes.count else { throw unterminatedStringError(open) }

    var buffer = [UInt8](UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case ASCII.quote:
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case ASCII.backslash:
        try parseEscape(into: &buffer)
      case 0..<0x20:
        throw controlCharacterError(byte)
      case 0x20..<0x80:
        buffer.append(byte)
        index += 1
      default:
        let scalarStart = index
        try skipUTF8Scalar()
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[scalarStart..<index]))
      }
    }
    throw unterminatedStringError(open)
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
    let escapePosition = position
    index += 1
    guard let byte = peek() else {
      throw error("unexpected end of input in an escape sequence (the file may be truncated)")
    }
    let simple: UInt8?
    switch byte {
    case ASCII.quote: simple = ASCII.quote
    case ASCII.backslash: simple = ASCII.backslash
    case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      let found = byte > 0x20 && byte < 0x7F ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\'"
      index -= 1
      throw JSONParseError(
        position: escapePosition,
        message: "invalid escape sequence \(found) in a string (valid escapes are"
          + " \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)")
    }
    if let simple {
      buffer.append(simple)
      index += 1
      return
    }
    index += 1
    let unit = try parseHex4()
    var scalarValue = UInt32(unit)
    if (0xD800...0xDBFF).contains(unit) {
      guard index + 1 < bytes.count, bytes[index] == ASCII.backslash,
        bytes[index + 1] == UInt8(ascii: "u")
      else {
        throw JSONParseError(
          position: escapePosition,
          message: "lone surrogate \\u\(hex4(unit)) in a string: a high surrogate must be"
            + " followed by a low surrogate escape \\uDC00-\\uDFFF")
      }
      index += 2
      let low = try parseHex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw JSONParseError(
          position: escapePosition,
          message: "lone surrogate \\u\(hex4(unit)) in a string: it is followed by"
            + " \\u\(hex4(low)), which is not a low surrogate")
      }
      scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(unit) {
      throw JSONParseError(
        position: escapePosition,
        message: "lone surrogate \\u\(hex4(unit)) in a string: a low surrogate must follow"
          + " a high surrogate \\uD800-\\uDBFF")
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw JSONParseError(position: escapePosition, message: "invalid Unicode escape")
    }
    appendUTF8(scalar.value, to: &buffer)
  }

  private func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      buffer.append(UInt8(value))
    case 0x80..<0x800:
      buffer.append(UInt8(0xC0 | (value >> 6)))
      buffer.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      buffer.append(UInt8(0xE0 | (value >> 12)))
      buffer.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (value & 0x3F)))
    default:
      buffer.append(UInt8(0xF0 | ((value >> 18) & 0x07)))
      buffer.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      buffer.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  private mutating func parseHex4() throws(JSONParseError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = peek() else {
        throw error("unexpected end of input in a \\u escape (the file may be truncated)")
      }
      let digit: UInt8
      switch byte {
      case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw error("expected 4 hexadecimal digits after '\\u', found \(describeFound())")
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  private func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Validates the multi-byte UTF-8 sequence at `index` and moves past it.
  private mutating func skipUTF8Scalar() throws(JSONParseError) {
    guard let length = validUTF8Length(at: index) else {
      throw error(
        "invalid UTF-8 (\(describeFound()) in a string); JSON text must be encoded as UTF-8")
    }
    index += length
    lineContinuationBytes += length - 1
  }

  /// The length of the well-formed UTF-8 sequence at `offset`, or `nil` if it is not
  /// well formed (Unicode Table 3-7: no overlongs, surrogates or values above U+10FFFF).
  func validUTF8Length(at offset: Int) -> Int? {
    guard offset < bytes.count else { return nil }
    let lead = bytes[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard bytes.count - offset >= length else { return nil }
    let second = bytes[offset + 1]
    guard second >= low && second <= high else { return nil }
    for continuation in 2..<length where bytes[offset + continuation] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }
}
