/// Text from an input shown safely on a terminal: control characters, bidirectional controls
/// and invisible format characters written as escapes such as `\u{1B}`.
///
/// A case id, a rationale, a file name or a title read from an input can hold anything. Written
/// raw to a terminal, an ESC byte starts an escape sequence (it can move the cursor, rewrite
/// the screen or set the window title), a carriage return overwrites the line, a right-to-left
/// override reorders what follows, and a byte-order mark or a zero-width space makes two
/// different names look the same. Diagnostics and text reports pass such text through here.
///
/// Escaped: the C0 controls (U+0000–U+001F), DEL and the C1 controls (U+007F–U+009F); the
/// bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); the line and
/// paragraph separators (U+2028, U+2029); and the invisible U+200B, U+2060 and U+FEFF.
/// Line feed and tab are kept when asked (``escaped(_:keepingLayout:)``), so that a renderer's
/// own lines and columns survive.
///
/// ```swift
/// VisibleText.escaped("A\u{1B}[2J")        // "A\\u{1B}[2J"
/// VisibleText.escaped("\u{FEFF}case")      // "\\u{FEFF}case"
/// VisibleText.escaped("a\nb", keepingLayout: true)  // "a\nb"
/// ```
public enum VisibleText {
  /// Whether `scalar` is shown as an escape.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060,
      0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  /// Whether `text` holds anything ``needsEscape(_:)`` would escape.
  public static func containsEscapable(_ text: some StringProtocol) -> Bool {
    // Every escaped scalar is a C0 or C1 control, or starts with byte 0xD8, 0xE2 or 0xEF.
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte >= 0xD8 {
      return text.unicodeScalars.contains(where: needsEscape)
    }
    return false
  }

  /// `text` with every character ``needsEscape(_:)`` names written as `\u{…}` (upper-case
  /// hexadecimal); with `keepingLayout`, line feeds and tabs are kept as they are.
  public static func escaped(_ text: some StringProtocol, keepingLayout: Bool = false) -> String {
    guard containsEscapable(text) else { return String(text) }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) && !(keepingLayout && (scalar == "\n" || scalar == "\t")) {
        result += escape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` with its control characters (C0 other than line feed and tab, DEL, C1) written as
  /// `\u{…}`, everything else as it is: the last line of defence before text reaches a
  /// terminal or a file. It leaves JSON alone (which never holds a raw control character) and
  /// any report's own lines and columns.
  public static func escapingControls(_ text: String) -> String {
    var previous: UInt8 = 0
    var found = false
    for byte in text.utf8 {
      if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
        || (previous == 0xC2 && (0x80...0x9F).contains(byte))
      {
        found = true
        break
      }
      previous = byte
    }
    guard found else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09: result.unicodeScalars.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F: result += escape(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A value from an input made inert for a text report or a CSV cell: ``escaped(_:keepingLayout:)``
  /// (with `keepingLayout`, line feeds and tabs are kept),
  /// and a `<` that would open an HTML tag or comment (followed by a letter, `/`, `!` or `?`)
  /// written as `\u{3C}`, so that no `<script` from an input survives in a report a browser
  /// or a log viewer might render. A `<` elsewhere (`a < b`) is kept.
  ///
  /// ```swift
  /// VisibleText.inert("<script>alert(1)</script>")   // "\\u{3C}script>alert(1)\\u{3C}/script>"
  /// VisibleText.inert("score < 50")                  // "score < 50"
  /// ```
  public static func inert(_ text: some StringProtocol, keepingLayout: Bool = false) -> String {
    let visible = escaped(text, keepingLayout: keepingLayout)
    guard visible.utf8.contains(UInt8(ascii: "<")) else { return visible }
    var result = ""
    var pendingLess = false
    for scalar in visible.unicodeScalars {
      if pendingLess {
        let opensTag =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "/"
          || scalar == "!" || scalar == "?"
        result += opensTag ? escape("<") : "<"
        pendingLess = false
      }
      if scalar == "<" {
        pendingLess = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    if pendingLess { result += "<" }
    return result
  }

  /// `\u{…}` for one scalar.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
