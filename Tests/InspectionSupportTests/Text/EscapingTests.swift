import InspectionSupport
import Testing

@Suite("Escaping by format")
struct EscapingTests {
  @Test(
    "Terminal text shows what would act on a terminal as escapes",
    arguments: [
      ("A\u{1B}[2J", "A\\u{1B}[2J"), ("a\u{202E}b", "a\\u{202E}b"),
      ("\u{FEFF}case", "\\u{FEFF}case"),
      ("a\u{0}b", "a\\u{0}b"), ("a\u{85}b", "a\\u{85}b"), ("plain é", "plain é"),
      ("two\nlines", "two\\u{A}lines"),
    ])
  func visible(_ input: String, _ expected: String) {
    #expect(VisibleText.escaped(input) == expected)
  }

  @Test("Layout is kept when asked, and the last line of defence keeps JSON intact")
  func layout() {
    #expect(VisibleText.escaped("a\n\tb\u{1B}", keepingLayout: true) == "a\n\tb\\u{1B}")
    #expect(
      VisibleText.escapingControls("{\"a\": \"\\u001b\u{202E}\"}\n")
        == "{\"a\": \"\\u001b\u{202E}\"}\n")
    #expect(VisibleText.escapingControls("a\u{1B}b\r\n") == "a\\u{1B}b\\u{D}\n")
  }

  @Test(
    "Inert text opens no tag",
    arguments: [
      ("<script>alert(1)</script>", "\\u{3C}script>alert(1)\\u{3C}/script>"),
      ("<!-- x -->", "\\u{3C}!-- x -->"), ("score < 50", "score < 50"), ("a<", "a<"),
    ])
  func inert(_ input: String, _ expected: String) {
    #expect(VisibleText.inert(input) == expected)
  }

  @Test(
    "Markdown values are literal",
    arguments: [
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
      ("![x](http://t/p.png)", "!\\[x\\](http://t/p.png)"),
      ("A\n# Heading", "A \\# Heading"), ("a|b", "a\\|b"), ("***", "\\*\\*\\*"),
      ("a & b", "a &amp; b"), ("`code`", "\\`code\\`"), ("x\u{1B}y", "x\\\\u{1B}y"),
    ])
  func markdown(_ input: String, _ expected: String) {
    #expect(MarkdownEscaping.inline(input) == expected)
    #expect(!MarkdownEscaping.inline(input).contains("<"))
    #expect(!MarkdownEscaping.inline(input).contains("\n"))
  }

  @Test("At the start of a line, list and heading markers are literal too")
  func markdownBlock() {
    #expect(MarkdownEscaping.block("- item") == "\\- item")
    #expect(MarkdownEscaping.block("1. one") == "1\\. one")
    #expect(MarkdownEscaping.block("   = x") == "\\= x")
    #expect(MarkdownEscaping.code("DEMO@1") == "`DEMO@1`")
    #expect(MarkdownEscaping.code("a`b") == "a\\`b")
  }

  @Test(
    "A CSV report cell that a spreadsheet would evaluate is neutralised",
    arguments: [
      ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
      ("\tx", "'\\u{9}x"), ("＝1", "'＝1"), ("1.1", "1.1"), ("a=b", "a=b"),
    ])
  func csvCell(_ input: String, _ expected: String) {
    #expect(CSVWriter.reportCell(input) == expected)
  }

  @Test("Keys compare as people read them: trimmed, in NFC")
  func normalisedKeys() {
    #expect(NormalisedText.key(" Am\u{E9}lie\u{A0}") == NormalisedText.key("Ame\u{301}lie"))
    #expect(NormalisedText.key("A") != NormalisedText.key("a"))
    #expect(NormalisedText.key("\u{2003}") == "")
  }
}
