/// A node of an HTML or SVG document: an element, escaped text, or a comment.
///
/// The reports build their HTML and SVG as values and serialise them in one place, so every
/// piece of text is escaped exactly once and the output is deterministic. An element whose
/// children are all elements is written one child per line, indented; an element with any text
/// among its children is written on one line, so no whitespace is added inside running text.
///
/// ```swift
/// let cell = Markup.element("td", ["class": "num"], [.text("65% <small>")])
/// cell.rendered()   // <td class="num">65% &lt;small&gt;</td>
/// ```
struct Markup: Sendable {
  enum Content: Sendable {
    case element(name: String, attributes: [(String, String)], children: [Markup])
    case text(String)
    case comment(String)
  }

  var content: Content

  /// An element; attributes keep the order given (dictionary literals are ordered here).
  static func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Markup] = []
  ) -> Markup {
    Markup(
      content: .element(
        name: name, attributes: attributes.map { ($0.key, $0.value) }, children: children))
  }

  /// An element with attributes built at run time (optional values are left out).
  static func element(_ name: String, attributes: [(String, String?)], _ children: [Markup] = [])
    -> Markup
  {
    Markup(
      content: .element(
        name: name, attributes: attributes.compactMap { key, value in value.map { (key, $0) } },
        children: children))
  }

  /// Escaped text.
  static func text(_ text: String) -> Markup { Markup(content: .text(text)) }

  /// A comment; `--` is replaced so the comment cannot end early.
  static func comment(_ text: String) -> Markup { Markup(content: .comment(text)) }

  /// Elements HTML writes without a closing tag.
  private static let voidElements: Set<String> = [
    "meta", "br", "hr", "img", "link", "col", "input",
  ]

  /// The node serialised, starting at `indent` levels of two spaces.
  func rendered(indent: Int = 0) -> String {
    var output = ""
    write(to: &output, indent: indent, inline: false)
    return output
  }

  private func write(to output: inout String, indent: Int, inline: Bool) {
    let pad = inline ? "" : String(repeating: "  ", count: indent)
    switch content {
    case .text(let text):
      output += Self.escape(text, quotes: false)
    case .comment(let text):
      output += pad + "<!-- " + text.replacingOccurrences(of: "--", with: "- -") + " -->"
    case .element(let name, let attributes, let children):
      output += pad + "<" + name
      for (key, value) in attributes {
        output += " \(key)=\"\(Self.escape(value, quotes: true))\""
      }
      if children.isEmpty {
        output += Self.voidElements.contains(name) ? ">" : (Self.isSVG(name) ? "/>" : "></\(name)>")
        return
      }
      output += ">"
      let block = children.allSatisfy { if case .text = $0.content { false } else { true } }
      if block && !inline {
        for child in children {
          output += "\n"
          child.write(to: &output, indent: indent + 1, inline: false)
        }
        output += "\n" + pad
      } else {
        for child in children { child.write(to: &output, indent: 0, inline: true) }
      }
      output += "</\(name)>"
    }
  }

  private static let svgElements: Set<String> = [
    "line", "rect", "path", "circle", "polygon", "polyline", "stop", "use",
  ]
  private static func isSVG(_ name: String) -> Bool { svgElements.contains(name) }

  /// `text` with `&`, `<`, `>` (and `"` in attributes) replaced by character references.
  static func escape(_ text: String, quotes: Bool) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"" where quotes: escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}

extension Markup: ExpressibleByStringLiteral {
  /// A string literal is escaped text.
  init(stringLiteral value: String) { self = .text(value) }
}
