/// Text from an input made literal in Markdown: nothing in it can become markup, HTML, a link,
/// a heading or a new table row.
///
/// Reports written as Markdown are rendered by many tools (GitHub, documentation sites,
/// editors), most of which pass raw HTML through. A case id, title or rationale containing
/// `<script>`, `[text](javascript:…)`, `![x](…)` or a line break followed by `#` would be
/// markup there. Every value from an input goes through ``inline(_:)`` (or ``cell(_:)`` in a
/// table), which:
///
/// - writes `&`, `<` and `>` as the entities `&amp;`, `&lt;` and `&gt;` (so no `<script`, no
///   autolink and no entity from the input survives as such);
/// - puts a backslash before the characters that start inline markup: `\`, `` ` ``, `*`, `_`,
///   `[` and `]` (so no link or image can open), `#`, `~`, `|` and `$`;
/// - replaces line breaks (LF, CR, U+2028, U+2029, vertical tab, form feed, NEL) by spaces, so a
///   value stays on its line; and shows other control and invisible characters as `\u{…}`
///   (``VisibleText``).
///
/// ``block(_:)`` also neutralises what starts a block at the beginning of a line (`-`, `+`,
/// `=`, `1.`, `1)`, leading spaces), for text placed at the start of a line.
///
/// ```swift
/// MarkdownEscaping.inline("<script>alert(1)</script>")
/// // "&lt;script&gt;alert(1)&lt;/script&gt;"
/// MarkdownEscaping.cell("a|b\n# c")   // "a\\|b \\# c"
/// ```
public enum MarkdownEscaping {
  /// `text` made literal for a place inside a line.
  public static func inline(_ text: some StringProtocol) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "#", "~", "|", "$":
        result.unicodeScalars.append("\\")
        result.unicodeScalars.append(scalar)
      case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
        result.unicodeScalars.append(" ")
      default:
        if VisibleText.needsEscape(scalar) {
          // The escape's backslash is itself escaped, so it shows as written.
          result += "\\" + VisibleText.escape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// `text` made literal for a table cell: ``inline(_:)`` (which escapes `|` too).
  public static func cell(_ text: some StringProtocol) -> String {
    inline(text)
  }

  /// `text` as a code span (`` `text` ``) when that is literal: it has no backtick, line
  /// break, control or invisible character, `&`, `<` or `>`; otherwise ``inline(_:)``.
  public static func code(_ text: some StringProtocol) -> String {
    let plain =
      !text.isEmpty && !VisibleText.containsEscapable(text)
      && !text.unicodeScalars.contains { "`<>&".unicodeScalars.contains($0) }
    return plain ? "`\(text)`" : inline(text)
  }

  /// `text` made literal at the start of a line: ``inline(_:)``, without leading spaces, and
  /// with a leading list, heading or rule marker escaped.
  public static func block(_ text: some StringProtocol) -> String {
    var escaped = Substring(inline(text))
    while let first = escaped.first, first == " " || first == "\t" { escaped.removeFirst() }
    guard let first = escaped.first else { return "" }
    if first == "-" || first == "+" || first == "=" {
      return "\\" + escaped
    }
    // An ordered-list marker: up to nine digits followed by '.' or ')'.
    let digits = escaped.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9 {
      let rest = escaped.dropFirst(digits.count)
      if rest.first == "." || rest.first == ")" { return digits + "\\" + rest }
    }
    return String(escaped)
  }
}
