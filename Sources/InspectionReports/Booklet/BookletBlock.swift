/// One block of a booklet, rendered alike to Markdown and HTML.
enum BookletBlock: Sendable {
  case heading(Int, String, anchor: String? = nil)
  case paragraph(String, muted: Bool = false)
  case quote(String)
  case list([String])
  /// A table: caption, column headings, rows; `numeric` columns are right-aligned.
  case table(caption: String, columns: [String], rows: [[String]], numeric: Set<Int> = [])

  /// The blocks as Markdown, ending in a newline.
  static func markdown(_ blocks: [BookletBlock]) -> String {
    func cell(_ text: String) -> String { MarkdownText.cell(text) }
    let escape = MarkdownText.escape
    var parts: [String] = []
    for block in blocks {
      switch block {
      case .heading(let level, let text, _):
        parts.append(String(repeating: "#", count: level) + " " + escape(text))
      case .paragraph(let text, let muted):
        parts.append(muted ? "*\(escape(text))*" : MarkdownText.block(text))
      case .quote(let text):
        parts.append("> " + escape(text))
      case .list(let items):
        parts.append(items.map { "- " + escape($0) }.joined(separator: "\n"))
      case .table(_, let columns, let rows, let numeric):
        var lines = [
          "| " + columns.map(cell).joined(separator: " | ") + " |",
          "|" + columns.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined(),
        ]
        lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        parts.append(lines.joined(separator: "\n"))
      }
    }
    return parts.joined(separator: "\n\n") + "\n"
  }

  /// The blocks as HTML elements.
  static func html(_ blocks: [BookletBlock]) -> [Markup] {
    blocks.map { block in
      switch block {
      case .heading(let level, let text, let anchor):
        return .element("h\(min(max(level, 1), 6))", attributes: [("id", anchor)], [.text(text)])
      case .paragraph(let text, let muted):
        return .element("p", attributes: [("class", muted ? "small muted" : nil)], [.text(text)])
      case .quote(let text):
        return .element("blockquote", [:], [.text(text)])
      case .list(let items):
        return .element("ul", ["class": "plain"], items.map { .element("li", [:], [.text($0)]) })
      case .table(let caption, let columns, let rows, let numeric):
        let head = Markup.element(
          "thead", [:],
          [
            .element(
              "tr", [:],
              columns.enumerated().map { index, name in
                .element(
                  "th",
                  attributes: [("scope", "col"), ("class", numeric.contains(index) ? "num" : nil)],
                  [.text(name)])
              })
          ])
        let body = Markup.element(
          "tbody", [:],
          rows.map { row in
            .element(
              "tr", [:],
              row.enumerated().map { index, value in
                index == 0
                  ? .element("th", ["scope": "row"], [.text(value)])
                  : .element(
                    "td", attributes: [("class", numeric.contains(index) ? "num" : nil)],
                    [.text(value)])
              })
          })
        return .element("table", [:], [.element("caption", [:], [.text(caption)]), head, body])
      }
    }
  }
}
