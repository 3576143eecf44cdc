/// Word wrapping for help and error text, measured in characters.
enum TextLayout {
  /// The width help and usage text is wrapped to.
  static let width = 80

  /// The words of `text`, split on spaces, without empty words.
  static func words(_ text: Substring) -> [String] {
    text.split(separator: " ").map(String.init)
  }

  /// The words of `text`, split on spaces, without empty words.
  static func words(_ text: String) -> [String] {
    words(text[...])
  }

  /// Lays out `tokens` on lines of at most `width` characters.
  ///
  /// The first line starts with `prefix`, the following ones with `indent`
  /// spaces. A token longer than a line gets a line of its own rather than
  /// being split. Trailing spaces are never emitted.
  static func wrap(
    _ tokens: [String], prefix: String = "", indent: Int = 0, width: Int = width
  ) -> [String] {
    let margin = String(repeating: " ", count: max(0, indent))
    var lines: [String] = []
    var line = prefix
    var lineHasToken = false
    for token in tokens {
      if !lineHasToken {
        line += token
      } else if line.count + 1 + token.count <= width {
        line += " " + token
      } else {
        lines.append(line)
        line = margin + token
      }
      lineHasToken = true
    }
    lines.append(lineHasToken ? line : trimmingTrailingSpaces(line))
    return lines
  }

  /// Wraps each paragraph (line) of `text` separately, keeping blank lines.
  static func wrapParagraphs(_ text: String, prefix: String = "", indent: Int = 0) -> [String] {
    var lines: [String] = []
    var first = true
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let start = first ? prefix : String(repeating: " ", count: max(0, indent))
      lines += wrap(words(paragraph), prefix: start, indent: indent)
      first = false
    }
    return lines
  }

  /// `text` without spaces at its end.
  static func trimmingTrailingSpaces(_ text: String) -> String {
    var result = Substring(text)
    while result.last == " " { result = result.dropLast() }
    return String(result)
  }
}
