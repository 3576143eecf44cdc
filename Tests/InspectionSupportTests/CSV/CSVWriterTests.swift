import Testing

@testable import InspectionSupport

@Suite struct CSVWriterTests {
  static let escapes: [(field: String, escaped: String)] = [
    ("", ""),
    ("plain", "plain"),
    ("1.2.a", "1.2.a"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("\"", "\"\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""),
    (" lead", "\" lead\""),
    ("trail ", "\"trail \""),
    ("\ttab", "\"\ttab\""),
    ("in side", "in side"),
    ("\u{FEFF}bom", "\"\u{FEFF}bom\""),
    ("Zürich 😀", "Zürich 😀"),
  ]

  @Test(arguments: escapes)
  func escape(_ example: (field: String, escaped: String)) {
    #expect(CSVWriter.escape(example.field) == example.escaped)
    #expect(CSVWriter.needsQuotes(example.field) == (example.field != example.escaped))
  }

  @Test func lines() {
    #expect(CSVWriter.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
    #expect(CSVWriter.line(["a"], terminator: "\r\n") == "a\r\n")
    #expect(CSVWriter.line([""]) == "\"\"\n")
    #expect(CSVWriter.line(["", ""]) == ",\n")
    #expect(CSVWriter.line([]) == "\n")
  }

  @Test(arguments: escapes)
  func readsBack(_ example: (field: String, escaped: String)) throws {
    var reader = CSVReader(string: CSVWriter.line([example.field, "x", example.field]))
    #expect(try reader.nextRecord()?.fields == [example.field, "x", example.field])
    var single = CSVReader(string: CSVWriter.line([example.field]))
    #expect(try single.nextRecord()?.fields == [example.field])
  }
}
