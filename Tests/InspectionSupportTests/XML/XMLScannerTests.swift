import InspectionSupport
import Testing

/// An input that hands out `maxChunk` bytes at a time, to cross every token boundary.
private struct ChunkedInput: XMLInput {
  var bytes: [UInt8]
  var maxChunk: Int
  var offset = 0

  mutating func read(appendingTo buffer: inout [UInt8], upTo maxCount: Int) throws(XMLError)
    -> Int
  {
    let count = min(maxCount, maxChunk, bytes.count - offset)
    buffer.append(contentsOf: bytes[offset..<(offset + count)])
    offset += count
    return count
  }
}

private func events(_ text: String, chunk: Int = .max) throws(XMLError) -> [XMLEvent] {
  var scanner = XMLScanner(ChunkedInput(bytes: Array(text.utf8), maxChunk: chunk))
  var result: [XMLEvent] = []
  while let event = try scanner.next() { result.append(event) }
  return result
}

private func failure(_ text: String) -> XMLError? {
  do {
    _ = try events(text)
    return nil
  } catch {
    return error
  }
}

@Suite("XML scanner")
struct XMLScannerTests {
  static let document = """
    \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <!-- a comment with <tags> -->
    <x:sst xmlns:x="urn:main" count='2'><si><t xml:space="preserve"> a &amp; b </t></si>\
    <si><r><t>&lt;&#65;&#x42;&gt;&quot;&apos;</t></r><rPh><t>skip</t></rPh></si>\
    <c f="a&gt;b" g = "tab&#9;line&#10;"><![CDATA[<raw> & ]]></c><empty/></x:sst>
    """

  static let expected: [XMLEvent] = [
    .start(
      "sst",
      [XMLAttribute(name: "xmlns:x", value: "urn:main"), XMLAttribute(name: "count", value: "2")]),
    .start("si", []),
    .start("t", [XMLAttribute(name: "xml:space", value: "preserve")]),
    .text(" a & b "), .end("t"), .end("si"),
    .start("si", []), .start("r", []), .start("t", []), .text("<AB>\"'"), .end("t"), .end("r"),
    .start("rPh", []), .start("t", []), .text("skip"), .end("t"), .end("rPh"), .end("si"),
    .start(
      "c", [XMLAttribute(name: "f", value: "a>b"), XMLAttribute(name: "g", value: "tab\tline\n")]),
    .text("<raw> & "), .end("c"), .start("empty", []), .end("empty"), .end("sst"),
  ]

  @Test("reads elements, attributes, references, CDATA; skips comments and declarations")
  func document() throws {
    #expect(try events(Self.document) == Self.expected)
  }

  @Test("gives the same events whatever the input's chunk size", arguments: [1, 2, 3, 7, 64])
  func chunked(size: Int) throws {
    #expect(try events(Self.document, chunk: size) == Self.expected)
  }

  @Test("skipElement skips an element's content and end tag")
  func skip() throws {
    var scanner = XMLScanner(XMLBytesInput(Array("<a><b><c/>text</b><d/></a>".utf8)))
    #expect(try scanner.next() == .start("a", []))
    #expect(try scanner.next() == .start("b", []))
    try scanner.skipElement()
    #expect(try scanner.next() == .start("d", []))
  }

  @Test(
    "malformed documents are errors with their offset",
    arguments: [
      ("<a>", "ends inside <a>"),
      ("<a></b>", "does not close <a>"),
      ("</a>", "closes nothing"),
      ("<a x=1/>", "not in quotes"),
      ("<a x='1' x='2'/>", "appears twice"),
      ("<a x='1'y='2'/>", "separated by spaces"),
      ("<a>&nbsp;</a>", "'&nbsp;' is not defined"),
      ("<a>&#0;</a>", "not a valid character"),
      ("<a>AT&T</a>", "does not start a reference"),
      ("<!DOCTYPE a [<!ENTITY x 'y'>]><a/>", "DTDs are not read"),
      ("<a/><b/>", "a second element"),
      ("text<a/>", "text outside"),
      ("", "has no element"),
      ("<a><!-- open", "not closed with '-->'"),
      ("<a x='<'/>", "'<' inside a tag"),
      ("<a", "not closed with '>'"),
    ])
  func malformed(text: String, message: String) {
    let error = failure(text)
    #expect(error != nil, "\(text)")
    #expect(error?.message.contains(message) == true, "\(text): \(String(describing: error))")
  }

  @Test("invalid UTF-8 is an error")
  func invalidUTF8() {
    var bytes = Array("<a>x</a>".utf8)
    bytes[3] = 0xC3  // a lead byte with no continuation
    var scanner = XMLScanner(XMLBytesInput(bytes))
    #expect(throws: XMLError.self) { while try scanner.next() != nil {} }
  }

  @Test("nesting deeper than the limit is an error, not a stack overflow")
  func deepNesting() {
    let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
    #expect(failure(deep)?.message.contains("nest deeper") == true)
  }
}
