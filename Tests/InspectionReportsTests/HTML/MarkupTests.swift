import Testing

@testable import InspectionReports

@Suite struct MarkupTests {
  @Test(arguments: [
    ("a < b & c > d", false, "a &lt; b &amp; c &gt; d"),
    ("say \"hi\"", false, "say \"hi\""),
    ("say \"hi\" & <go>", true, "say &quot;hi&quot; &amp; &lt;go&gt;"),
    ("Risk of Harm – ‘Control’ †", true, "Risk of Harm – ‘Control’ †"),
  ])
  func escapesTextAndAttributes(input: String, quotes: Bool, expected: String) {
    #expect(Markup.escape(input, quotes: quotes) == expected)
  }

  @Test func textIsEscapedOnceAndAttributesKeepTheirOrder() {
    let cell = Markup.element("td", ["class": "num", "title": "<5 \"cases\""], [.text("5 < 10")])
    #expect(cell.rendered() == "<td class=\"num\" title=\"&lt;5 &quot;cases&quot;\">5 &lt; 10</td>")
  }

  @Test func blockChildrenAreIndentedAndRunningTextIsNot() {
    let list = Markup.element(
      "ul", [:],
      [
        .element("li", [:], [.text("one "), .element("strong", [:], [.text("two")])])
      ])
    #expect(list.rendered() == "<ul>\n  <li>one <strong>two</strong></li>\n</ul>")
  }

  @Test func voidAndEmptyElementsCloseAsHTMLAndSVGExpect() {
    #expect(Markup.element("meta", ["charset": "utf-8"]).rendered() == "<meta charset=\"utf-8\">")
    #expect(Markup.element("line", ["x1": "0"]).rendered() == "<line x1=\"0\"/>")
    #expect(Markup.element("td").rendered() == "<td></td>")
  }

  @Test func optionalAttributesAreLeftOut() {
    let element = Markup.element("p", attributes: [("class", nil), ("id", "x")], [.text("t")])
    #expect(element.rendered() == "<p id=\"x\">t</p>")
  }

  @Test func commentsCannotEndEarly() {
    #expect(Markup.comment("a -- b").rendered() == "<!-- a - - b -->")
  }
}
