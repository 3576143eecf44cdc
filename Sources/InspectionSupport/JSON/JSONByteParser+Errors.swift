// Errors
//
// The messages of every parse error: what was expected, what was found (described so that a
// person can see it) and a hint for the usual non-JSON habits.
extension JSONByteParser {
  /// An error at ``position`` with `message`.
  func error(_ message: String) -> JSONParseError {
    JSONParseError(position: position, message: message)
  }

  /// The error for a missing value, worded for where it was missing.
  func expectedValueError(_ context: ValueContext) -> JSONParseError {
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

  /// The error for an unescaped control character `byte` (or line break) in a string.
  func controlCharacterError(_ byte: UInt8) -> JSONParseError {
    if byte == 0x0A || byte == 0x0D {
      return error("unescaped line break in a string (is a closing '\"' missing?)")
    }
    return error(
      "unescaped control character U+00\(hex2(byte)) in a string (write it as \\u00\(hex2(byte)))")
  }

  /// The error for a string, opened at `open`, that the input ends inside.
  func unterminatedStringError(_ open: SourcePosition) -> JSONParseError {
    error(
      "unexpected end of input in a string that starts at line \(open.line), column"
        + " \(open.column) (the file may be truncated)")
  }

  private func hex2(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
  }

  /// A short hint for common non-JSON syntax at `index`.
  func hint() -> String {
    switch peek() {
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return " (comments are not allowed in JSON)"
    case UInt8(ascii: "'"): return " (strings must use double quotes)"
    default: return ""
    }
  }

  /// A short hint for a key that is not a double-quoted string, or the usual ``hint()``.
  func keyHint() -> String {
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
  func describeFound() -> String {
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

  /// `key` written as a JSON string, for messages.
  func quoted(_ key: String) -> String {
    CanonicalJSON.compact(.string(key))
  }
}
