/// The parsing engine behind ``JSONParser``: an iterative recursive-descent parser over a
/// UTF-8 buffer, with explicit stacks for open arrays and objects.
///
/// Every access to `bytes` is preceded by a bounds check; nothing here can trap on input.
struct JSONByteParser {
  private enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
  }

  /// What the parser was looking for when it needed a value (for error messages).
  private enum ValueContext {
    case topLevel
    case firstArrayElement
    case arrayElementAfterComma
    case objectMember(String)
  }

  private struct OpenArray {
    var elements: [JSONValue] = []
    var nodes: [PositionNode] = []
    let start: SourcePosition
  }

  private struct OpenObject {
    var members: [String: JSONValue] = [:]
    var nodes: [String: PositionNode.Member] = [:]
    let start: SourcePosition
    var key: String
    var keyPosition: SourcePosition
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let maximumDepth: Int
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// UTF-8 continuation bytes between `lineStart` and `index`, so columns count scalars.
  private var lineContinuationBytes = 0

  private var arrays: [OpenArray] = []
  private var objects: [OpenObject] = []
  /// The kinds of the open containers, innermost last: `true` for objects.
  private var openKinds: [Bool] = []

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  private var position: SourcePosition {
    SourcePosition(line: line, column: index - lineStart - lineContinuationBytes + 1)
  }

  private func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  // MARK: - Document structure

  mutating func parseDocument() throws(JSONParseError) -> JSONDocument {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
    }
    var context = ValueContext.topLevel
    while true {
      skipWhitespace()
      let start = position
      guard let byte = peek() else { throw expectedValueError(context) }
      var value: JSONValue
      var node: PositionNode
      switch byte {
      case ASCII.openBrace:
        try checkDepth()
        index += 1
        skipWhitespace()
        if peek() == ASCII.closeBrace {
          index += 1
          value = .object([:])
          node = PositionNode(position: start, children: .object([:]))
        } else {
          let (key, keyPosition) = try parseKey(afterComma: false, existing: [:])
          objects.append(OpenObject(start: start, key: key, keyPosition: keyPosition))
          openKinds.append(true)
          context = .objectMember(key)
          continue
        }
      case ASCII.openBracket:
        try checkDepth()
        index += 1
        skipWhitespace()
        if peek() == ASCII.closeBracket {
          index += 1
          value = .array([])
          node = PositionNode(position: start, children: .array([]))
        } else {
          arrays.append(OpenArray(start: start))
          openKinds.append(false)
          context = .firstArrayElement
          continue
        }
      case ASCII.quote:
        value = .string(try parseString())
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "t"):
        try parseLiteral("true")
        value = .bool(true)
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "f"):
        try parseLiteral("false")
        value = .bool(false)
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "n"):
        try parseLiteral("null")
        value = .null
        node = PositionNode(position: start, children: .none)
      case ASCII.minus, ASCII.zero...ASCII.nine:
        value = .number(try parseNumber())
        node = PositionNode(position: start, children: .none)
      default:
        throw expectedValueError(context)
      }

      // Attach the completed value to the innermost open container, closing containers
      // for as long as their closing bracket follows.
      attach: while true {
        guard let isObject = openKinds.last else {
          skipWhitespace()
          if index < bytes.count {
            throw error(
              "unexpected \(describeFound()) after the top-level value"
                + " (a JSON document holds exactly one value)\(hint())")
          }
          return JSONDocument(root: value, positions: node)
        }
        skipWhitespace()
        if isObject {
          let last = objects.count - 1
          let key = objects[last].key
          objects[last].members[key] = value
          objects[last].nodes[key] = PositionNode.Member(
            keyPosition: objects[last].keyPosition, value: node)
          if peek() == ASCII.comma {
            index += 1
            let (nextKey, keyPosition) = try parseKey(
              afterComma: true, existing: objects[last].nodes)
            objects[last].key = nextKey
            objects[last].keyPosition = keyPosition
            context = .objectMember(nextKey)
            break attach
          }
          guard peek() == ASCII.closeBrace else {
            throw error(
              "expected ',' or '}' after an object member, found \(describeFound())\(hint())")
          }
          index += 1
          let closed = objects.removeLast()
          openKinds.removeLast()
          value = .object(closed.members)
          node = PositionNode(position: closed.start, children: .object(closed.nodes))
        } else {
          let last = arrays.count - 1
          arrays[last].elements.append(value)
          arrays[last].nodes.append(node)
          if peek() == ASCII.comma {
            index += 1
            context = .arrayElementAfterComma
            break attach
          }
          guard peek() == ASCII.closeBracket else {
            throw error(
              "expected ',' or ']' after an array element, found \(describeFound())\(hint())")
          }
          index += 1
          let closed = arrays.removeLast()
          openKinds.removeLast()
          value = .array(closed.elements)
          node = PositionNode(position: closed.start, children: .array(closed.nodes))
        }
      }
    }
  }

  private func checkDepth() throws(JSONParseError) {
    if openKinds.count >= maximumDepth {
      throw error("arrays and objects are nested too deeply (the limit is \(maximumDepth) levels)")
    }
  }

  /// Parses `"key" :` and returns the key and the position of its opening quote.
  private mutating func parseKey(
    afterComma: Bool, existing: [String: PositionNode.Member]
  ) throws(JSONParseError) -> (String, SourcePosition) {
    skipWhitespace()
    let keyPosition = position
    guard peek() == ASCII.quote else {
      if afterComma {
        if peek() == ASCII.closeBrace {
          throw error(
            "expected a string key after ',' in an object, found '}'"
              + " (trailing commas are not allowed)")
        }
        throw error(
          "expected a string key after ',' in an object, found \(describeFound())\(keyHint())")
      }
      throw error("expected a string key or '}' after '{', found \(describeFound())\(keyHint())")
    }
    let key = try parseString()
    if let first = existing[key] {
      throw JSONParseError(
        position: keyPosition,
        message: "duplicate key \(quoted(key)) in an object (first defined at line"
          + " \(first.keyPosition.line), column \(first.keyPosition.column))")
    }
    skipWhitespace()
    guard peek() == ASCII.colon else {
      throw error("expected ':' after the object key \(quoted(key)), found \(describeFound())")
    }
    index += 1
    return (key, keyPosition)
  }

  // MARK: - Whitespace

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09:
        index += 1
      case 0x0A:
        index += 1
        startLine()
      case 0x0D:
        index += 1
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        startLine()
      default:
        return
      }
    }
  }

  private mutating func startLine() {
    line += 1
    lineStart = index
    lineContinuationBytes = 0
  }

  // MARK: - Scalars

  private mutating func parseLiteral(_ literal: String) throws(JSONParseError) {
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

  private mutating func parseNumber() throws(JSONParseError) -> Double {
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

  // MARK: - Strings

  /// Parses a string starting at its opening quote.
  private mutating func parseString() throws(JSONParseError) -> String {
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
  private func validUTF8Length(at offset: Int) -> Int? {
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

  // MARK: - Errors

  private func error(_ message: String) -> JSONParseError {
    JSONParseError(position: position, message: message)
  }

  private func expectedValueError(_ context: ValueContext) -> JSONParseError {
    let found = describeFound()
    switch context {
    case .topLevel:
      if index >= bytes.count {
        return error("expected a JSON value, found end of input (the input is empty)")
      }
      return error("expected a JSON value, found \(found)\(hint())")
    case .firstArrayElement:
      return error("expected a value or ']' after '[', found \(found)\(hint())")
    case .arrayElementAfterComma:
      if peek() == ASCII.closeBracket {
        return error(
          "expected a value after ',' in an array, found ']' (trailing commas are not allowed)")
      }
      return error("expected a value after ',' in an array, found \(found)\(hint())")
    case .objectMember(let key):
      return error("expected a value for the key \(quoted(key)) after ':', found \(found)\(hint())")
    }
  }

  private func controlCharacterError(_ byte: UInt8) -> JSONParseError {
    if byte == 0x0A || byte == 0x0D {
      return error("unescaped line break in a string (is a closing '\"' missing?)")
    }
    return error(
      "unescaped control character U+00\(hex2(byte)) in a string (write it as \\u00\(hex2(byte)))")
  }

  private func unterminatedStringError(_ open: SourcePosition) -> JSONParseError {
    error(
      "unexpected end of input in a string that starts at line \(open.line), column"
        + " \(open.column) (the file may be truncated)")
  }

  private func hex2(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
  }

  /// A short hint for common non-JSON syntax at `index`.
  private func hint() -> String {
    switch peek() {
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return " (comments are not allowed in JSON)"
    case UInt8(ascii: "'"): return " (strings must use double quotes)"
    default: return ""
    }
  }

  private func keyHint() -> String {
    guard let byte = peek() else { return "" }
    if byte == UInt8(ascii: "'") || isWordByte(byte) {
      return " (object keys must be strings in double quotes)"
    }
    return hint()
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      ASCII.zero...ASCII.nine, UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  /// Describes what is at `index` for an error message: `end of input (...)`, `'x'`, a
  /// word such as `'NaN'`, a control character, a non-ASCII character or an invalid byte.
  private func describeFound() -> String {
    guard index < bytes.count else { return "end of input (the file may be truncated)" }
    let byte = bytes[index]
    switch byte {
    case _ where isWordByte(byte):
      var end = index
      while end < bytes.count, end - index < 24, isWordByte(bytes[end]) { end += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      let more = end < bytes.count && isWordByte(bytes[end]) ? "..." : ""
      switch word {
      case "NaN", "Infinity", "inf", "nan":
        return "'\(word)' (NaN and Infinity are not valid JSON numbers)"
      default:
        return "'\(word)\(more)'"
      }
    case 0x0A, 0x0D:
      return "a line break"
    case 0x00..<0x20, 0x7F:
      return "control character U+00\(hex2(byte))"
    case 0x20..<0x7F:
      return "'\(Character(Unicode.Scalar(byte)))'"
    default:
      guard let length = validUTF8Length(at: index) else {
        return "the invalid UTF-8 byte 0x\(hex2(byte))"
      }
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
      let value = text.unicodeScalars.first?.value ?? 0
      let code = String(value, radix: 16, uppercase: true)
      return "'\(text)' (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code))"
    }
  }

  private func quoted(_ key: String) -> String {
    CanonicalJSON.compact(.string(key))
  }
}
