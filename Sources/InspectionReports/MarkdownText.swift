import InspectionSupport

/// Escaping for text placed in Markdown: every value from an input is literal there (no HTML,
/// no link, no heading, no new row), and labels such as `***` (star bands) stay literal.
/// The rules are the toolbox's ``MarkdownEscaping``.
enum MarkdownText {
  /// `text` made literal inside a line (``MarkdownEscaping/inline(_:)``).
  static func escape(_ text: String) -> String {
    MarkdownEscaping.inline(text)
  }

  /// `text` made literal in a table cell (``MarkdownEscaping/cell(_:)``).
  static func cell(_ text: String) -> String {
    MarkdownEscaping.cell(text)
  }

  /// `text` in a code span when that is literal (``MarkdownEscaping/code(_:)``).
  static func code(_ text: String) -> String {
    MarkdownEscaping.code(text)
  }

  /// `text` made literal at the start of a line (``MarkdownEscaping/block(_:)``).
  static func block(_ text: String) -> String {
    MarkdownEscaping.block(text)
  }
}
