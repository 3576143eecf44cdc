/// Escaping for text placed in Markdown, so labels such as `***` (star bands) stay literal.
enum MarkdownText {
  /// `text` with `\`, `*` and backticks escaped; `|` is left alone.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\", "*", "`": escaped += "\\" + String(character)
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// `text` escaped for a table cell: also `|`, and newlines become spaces.
  static func cell(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(
      of: "\n", with: " ")
  }
}
