/// Text from an input file, quoted for a diagnostic message and cut short when it is long.
///
/// A name, id, key or value read from a sample, a judgements file or a framework document can
/// be anything, up to megabytes; a message quotes at most ``limit`` characters of it and
/// says how long the rest is, so that a garbled file gives readable errors, not errors as
/// long as the file. Control, bidirectional and invisible characters are shown as `\u{…}`
/// escapes (``VisibleText``): a NUL or a byte-order mark in a column name is visible, and no
/// escape sequence reaches the terminal.
///
/// ```swift
/// "column \(Quoted(name)) is unknown"
/// // column 'roh' is unknown
/// // column 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (1048576 characters) is unknown
/// "column \(Quoted("\u{FEFF}case"))"
/// // column '\u{FEFF}case'
/// ```
public struct Quoted: CustomStringConvertible, Sendable {
  /// The most characters of the text a message shows.
  public static let limit = 60

  /// The text, possibly cut, in single quotes.
  public let description: String

  /// Quotes `text`, cutting it after ``limit`` characters.
  public init(_ text: some StringProtocol) {
    // Counting stops just past the limit: a long text is never walked whole.
    var end = text.startIndex
    var shown = 0
    while end < text.endIndex && shown < Self.limit {
      text.formIndex(after: &end)
      shown += 1
    }
    guard end < text.endIndex else {
      description = "'\(VisibleText.inert(text))'"
      return
    }
    description = "'\(VisibleText.inert(text[..<end]))…' (\(text.count) characters)"
  }
}
