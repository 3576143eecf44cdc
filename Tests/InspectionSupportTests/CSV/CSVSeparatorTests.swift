import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// Every record of `text` read with `separator`, `maxChunk` bytes at a time.
private func records(
  _ text: String, separator: CSVReader.Separator, maxChunk: Int = .max
) throws -> [[String]] {
  var reader = CSVReader(
    source: MemorySource(text, maxChunk: maxChunk), chunkSize: 64, separator: separator)
  return try reader.readAll().map(\.fields)
}

@Suite("CSV separators")
struct CSVSeparatorTests {
  @Test(
    "the first line decides: the separator it holds most of, outside quotes",
    arguments: [
      ("case,roh,1.1.a\n", ","),
      ("case;roh;1.1.a\n", ";"),
      ("case\troh\t1.1.a\n", "\t"),
      ("case;\"a,b,c\";roh\nx,y,z\n", ";"),  // commas in quotes and on later lines do not count
      ("case\n", ","),  // none: a comma
      ("a,b;c\n", ","),  // a tie: the comma
      ("a;b;c,d\n", ";"),
      ("\u{FEFF}case;roh\n", ";"),
      ("", ","),
    ])
  func detection(text: String, expected: String) {
    let bytes = Array(text.utf8)
    #expect(CSVReader.likelySeparator(bytes[...]) == Array(expected.utf8)[0])
  }

  @Test(
    "semicolon and tab files read like comma files, whatever the chunks",
    arguments: [1, 2, 5, 64])
  func reading(maxChunk: Int) throws {
    let expected = [
      ["case", "roh", "note"], ["A", "high", "1,5; or \"x\""], ["B", "", "tab\tin"],
    ]
    let semicolons = "case;roh;note\r\nA;high;\"1,5; or \"\"x\"\"\"\nB;;\"tab\tin\"\n"
    let tabs = "case\troh\tnote\nA\thigh\t\"1,5; or \"\"x\"\"\"\nB\t\t\"tab\tin\"\n"
    let commas = "case,roh,note\nA,high,\"1,5; or \"\"x\"\"\"\nB,,tab\tin\n"
    for text in [semicolons, tabs, commas] {
      #expect(try records(text, separator: .detect, maxChunk: maxChunk) == expected)
    }
    #expect(
      try records(semicolons, separator: .byte(UInt8(ascii: ";")), maxChunk: maxChunk) == expected)
  }

  @Test("a given separator is used whatever the first line holds")
  func given() throws {
    #expect(try records("a;b,c\n", separator: .comma) == [["a;b", "c"]])
    #expect(try records("a,b;c\n", separator: .byte(UInt8(ascii: ";"))) == [["a,b", "c"]])
  }

  @Test("the reader tells which separator it read with")
  func detected() throws {
    var reader = CSVReader(string: "case\troh\n", separator: .detect)
    _ = try reader.nextRecord()
    #expect(reader.separator == 0x09)
    #expect(reader.resumePoint.separator == 0x09)
  }

  @Test("errors name the separator in use")
  func errorMessage() {
    var reader = CSVReader(string: "a;\"b\"c;d\n", separator: .detect)
    #expect(throws: CSVError.self) { try reader.readAll() }
    do {
      var again = CSVReader(string: "a;\"b\"c;d\n", separator: .detect)
      _ = try again.readAll()
    } catch {
      #expect(error.message.contains("put a ';' or a line break right after it"))
    }
  }
}
