import Foundation
import Testing

@testable import InspectionSupport

@Suite("JSON parser")
struct JSONParserTests {
  struct Malformed: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let line: Int
    let column: Int
    let fragment: String

    init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ fragment: String) {
      self.init(name, Array(text.utf8), line, column, fragment)
    }

    init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ fragment: String) {
      self.name = name
      self.bytes = bytes
      self.line = line
      self.column = column
      self.fragment = fragment
    }

    var testDescription: String { name }
  }

  static let malformed: [Malformed] = [
    Malformed("empty input", "", 1, 1, "found end of input (the input is empty)"),
    Malformed("only whitespace", "  \n   ", 2, 4, "the input is empty"),
    Malformed(
      "truncated object", #"{"a": 1"#, 1, 8,
      "expected ',' or '}' after an object member, found end of input (the file may be truncated)"
    ),
    Malformed(
      "truncated nested document", "{\n  \"a\": [\n    1,\n    2\n  \n", 6, 1,
      "expected ',' or ']' after an array element, found end of input (the file may be truncated)"
    ),
    Malformed(
      "truncated after '['", "[", 1, 2, "expected a value or ']' after '[', found end of input"),
    Malformed(
      "truncated after ':'", #"{"a":"#, 1, 6, "expected a value for the key \"a\" after ':'"),
    Malformed(
      "truncated string", #"{"a": "abc"#, 1, 11,
      "unexpected end of input in a string that starts at line 1, column 7"),
    Malformed("truncated escape", #"["\"#, 1, 4, "unexpected end of input in an escape sequence"),
    Malformed("truncated literal", "[tr", 1, 4, "unexpected end of input in the literal 'true'"),
    Malformed("lone minus", "-", 1, 2, "expected a digit after '-', found end of input"),
    Malformed(
      "trailing comma in array", "[1, 2,]", 1, 7,
      "expected a value after ',' in an array, found ']' (trailing commas are not allowed)"),
    Malformed(
      "trailing comma in object", #"{"a": 1,}"#, 1, 9,
      "found '}' (trailing commas are not allowed)"),
    Malformed(
      "missing comma", "[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'"),
    Malformed(
      "missing colon", #"{"a" 1}"#, 1, 6, "expected ':' after the object key \"a\", found '1'"),
    Malformed(
      "missing value", #"{"a": }"#, 1, 7, "expected a value for the key \"a\" after ':', found '}'"),
    Malformed(
      "unquoted key", "{a: 1}", 1, 2, "found 'a' (object keys must be strings in double quotes)"),
    Malformed("single quotes", "['a']", 1, 2, "(strings must use double quotes)"),
    Malformed("line comment", "// note\n{}", 1, 1, "(comments are not allowed in JSON)"),
    Malformed("block comment in array", "[1, /* two */ 2]", 1, 5, "comments are not allowed"),
    Malformed("bad escape", #"["\x"]"#, 1, 3, #"invalid escape sequence '\x' in a string"#),
    Malformed(
      "short unicode escape", #"["\u12"]"#, 1, 7,
      "expected 4 hexadecimal digits after '\\u', found '\"'"),
    Malformed("lone high surrogate", #"["\uD800"]"#, 1, 3, #"lone surrogate \uD800"#),
    Malformed("lone low surrogate", #"["a\uDC00"]"#, 1, 4, #"lone surrogate \uDC00"#),
    Malformed(
      "high surrogate then non-surrogate", #"["\uD83D\u0041"]"#, 1, 3,
      #"followed by \u0041, which is not a low surrogate"#),
    Malformed("leading zero", "[01]", 1, 2, "numbers must not have leading zeros"),
    Malformed("negative leading zero", "[-007]", 1, 2, "leading zeros"),
    Malformed("leading plus", "[+1]", 1, 2, "expected a value or ']' after '[', found '+'"),
    Malformed("bare decimal point", "[.5]", 1, 2, "found '.'"),
    Malformed("missing fraction digits", "[1.]", 1, 4, "expected a digit after the decimal point"),
    Malformed("missing exponent digits", "[1e+]", 1, 5, "expected a digit in the exponent"),
    Malformed("NaN", "[NaN]", 1, 2, "'NaN' (NaN and Infinity are not valid JSON numbers)"),
    Malformed("minus Infinity", "-Infinity", 1, 2, "found 'Infinity' (NaN and Infinity"),
    Malformed("number too large", "[1e400]", 1, 2, "the number 1e400 is too large"),
    Malformed("misspelt literal", "[tru]", 1, 2, "invalid literal 'tru', expected 'true'"),
    Malformed("capitalised literal", "True", 1, 1, "expected a JSON value, found 'True'"),
    Malformed(
      "duplicate key", "{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3,
      "duplicate key \"a\" in an object (first defined at line 2, column 3)"),
    Malformed(
      "control character in string", "[\"a\u{01}b\"]", 1, 4, "unescaped control character U+0001"),
    Malformed("tab in string", "[\"a\tb\"]", 1, 4, "unescaped control character U+0009"),
    Malformed("line break in string", "[\"a\nb\"]", 1, 4, "unescaped line break in a string"),
    Malformed("invalid UTF-8 byte", [0x5B, 0x22, 0xFF, 0x22, 0x5D], 1, 3, "invalid UTF-8"),
    Malformed("truncated UTF-8 sequence", [0x5B, 0x22, 0xC3], 1, 3, "invalid UTF-8"),
    Malformed("overlong UTF-8", [0x22, 0xC0, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    Malformed("UTF-8 encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    Malformed("UTF-8 above U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    Malformed(
      "invalid UTF-8 outside strings", [0x5B, 0xFE, 0x5D], 1, 2, "the invalid UTF-8 byte 0xFE"),
    Malformed("non-ASCII outside strings", "[é]", 1, 2, "found 'é' (U+00E9)"),
    Malformed(
      "columns count scalars", "[\"é😀\u{01}\"]", 1, 5, "unescaped control character U+0001"),
    Malformed(
      "trailing garbage", #"{"a": 1} x"#, 1, 10,
      "unexpected 'x' after the top-level value (a JSON document holds exactly one value)"),
    Malformed("two documents", "{}{}", 1, 3, "after the top-level value"),
    Malformed("extra closing bracket", "[1]]", 1, 4, "unexpected ']' after the top-level value"),
    Malformed(
      "mismatched bracket", "[1}", 1, 3, "expected ',' or ']' after an array element, found '}'"),
    Malformed(
      "BOM then garbage", [0xEF, 0xBB, 0xBF, 0x78], 1, 1, "expected a JSON value, found 'x'"),
    Malformed("BOM not at start", [0x20, 0xEF, 0xBB, 0xBF, 0x7B, 0x7D], 1, 2, "found '\u{FEFF}'"),
    Malformed("CRLF line counting", "{\r\n\"a\": 1,\r\n}", 3, 1, "trailing commas are not allowed"),
    Malformed(
      "depth bomb", String(repeating: "[", count: 100_000), 1, 513,
      "nested too deeply (the limit is 512 levels)"),
    Malformed(
      "object depth bomb", String(repeating: #"{"a":"#, count: 10_000), 1, 2_561,
      "nested too deeply"),
  ]

  /// Every row of ``malformed``, named in each expectation (one test case per row would make
  /// `swift test` output long).
  @Test("malformed input is rejected with position and message")
  func rejectsMalformed() {
    for example in Self.malformed {
      do {
        let document = try JSONParser.parse(example.bytes)
        Issue.record("\(example.name): parsed malformed input as \(document.root)")
      } catch {
        #expect(
          error.position == SourcePosition(line: example.line, column: example.column),
          "\(example.name): \(error)")
        #expect(error.message.contains(example.fragment), "\(example.name): \(error)")
        #expect(
          error.description.hasPrefix("line \(example.line), column \(example.column): "),
          "\(example.name)")
      }
    }
  }

  @Test("scalars, escapes and numbers parse to the expected values")
  func parsesValues() throws {
    let text = #"""
      {"null": null, "t": true, "f": false, "zero": 0, "negzero": -0, "int": -42,
       "frac": 1.5e3, "small": 1E-2, "big": 123456789012345678901234567890,
       "maxint": 9007199254740993, "escapes": "\"\\\/\b\f\n\r\t\u00e9\u00E9\ud83d\ude00",
       "raw": "é😀", "nul": "\u0000", "empty": "", "arr": [], "obj": {}}
      """#
    let root = try JSONParser.parse(text).root
    #expect(root["null"] == .null)
    #expect(root["t"] == .bool(true))
    #expect(root["f"] == .bool(false))
    #expect(root["zero"] == .number(0))
    #expect(root["negzero"]?.doubleValue?.sign == .minus)
    #expect(root["int"] == .number(-42))
    #expect(root["frac"] == .number(1500))
    #expect(root["small"] == .number(0.01))
    #expect(root["big"] == .number(1.2345678901234568e29))
    #expect(root["maxint"] == .number(9_007_199_254_740_992))
    #expect(root["escapes"] == .string("\"\\/\u{8}\u{c}\n\r\té\u{e9}😀"))
    #expect(root["raw"] == .string("é😀"))
    #expect(root["nul"] == .string("\u{0}"))
    #expect(root["empty"] == .string(""))
    #expect(root["arr"] == .array([]))
    #expect(root["obj"] == .object([:]))
  }

  @Test("every value and key has its position; columns count Unicode scalars")
  func positions() throws {
    let text = """
      {
        "name": "ISO",
        "sections": [
          {"id": "a", "weight": 0.5},
          {"id": "é", "weight": 2}
        ]
      }
      """
    let document = try JSONParser.parse(text)
    #expect(document.position(of: .root) == SourcePosition(line: 1, column: 1))
    #expect(document.position(of: ["name"]) == SourcePosition(line: 2, column: 11))
    #expect(document.keyPosition(of: ["name"]) == SourcePosition(line: 2, column: 3))
    #expect(document.position(of: ["sections"]) == SourcePosition(line: 3, column: 15))
    #expect(document.position(of: ["sections", 0]) == SourcePosition(line: 4, column: 5))
    #expect(
      document.position(of: ["sections", 0, "weight"]) == SourcePosition(line: 4, column: 27))
    #expect(
      document.keyPosition(of: ["sections", 0, "weight"]) == SourcePosition(line: 4, column: 17))
    #expect(
      document.position(of: ["sections", 1, "weight"]) == SourcePosition(line: 5, column: 27))
    #expect(document.position(of: ["sections", 2]) == nil)
    #expect(document.position(of: ["missing"]) == nil)
    #expect(document.keyPosition(of: ["sections", 0]) == nil)
    #expect(
      document.nearestPosition(of: ["sections", 1, "nope"]) == SourcePosition(line: 5, column: 5))
    #expect(document.value(at: ["sections", 1, "id"]) == .string("é"))
  }

  @Test("line breaks: LF, CRLF and lone CR")
  func lineBreaks() throws {
    for separator in ["\n", "\r\n", "\r"] {
      let text = "{" + separator + "  \"a\":" + separator + "  1" + separator + "}"
      let document = try JSONParser.parse(text)
      #expect(document.position(of: ["a"]) == SourcePosition(line: 3, column: 3))
      #expect(document.keyPosition(of: ["a"]) == SourcePosition(line: 2, column: 3))
    }
  }

  @Test("a UTF-8 byte order mark at the start is skipped and not counted")
  func byteOrderMark() throws {
    let document = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
    #expect(document.root == ["a": 1])
    #expect(document.position(of: ["a"]) == SourcePosition(line: 1, column: 7))
  }

  @Test("nesting up to the limit parses; one more level fails")
  func depthLimit() throws {
    let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    var value = try JSONParser.parse(deep).root
    var depth = 0
    while case .array(let elements) = value {
      depth += 1
      guard let first = elements.first else { break }
      value = first
    }
    #expect(depth == 512)
    // The recursive operations on a maximally deep value stay within the stack.
    let root = try JSONParser.parse(deep).root
    #expect(CanonicalJSON.compact(root) == deep)
    #expect(CanonicalJSON.pretty(root).count > deep.count)
    #expect(root == (try JSONParser.parse(CanonicalJSON.pretty(root)).root))
    #expect(root.hashValue == (try JSONParser.parse(deep).root).hashValue)
    #expect(try JSONValueDecoder().decode(JSONValue.self, from: JSONParser.parse(deep)) == root)
    #expect(try JSONValueEncoder().encode(root) == root)
    let tooDeep = "[" + deep + "]"
    #expect(throws: JSONParseError.self) { try JSONParser.parse(tooDeep) }
    #expect(try JSONParser.parse("[[1]]", maximumDepth: 2).root == [[1]])
    #expect(throws: JSONParseError.self) { try JSONParser.parse("[[[1]]]", maximumDepth: 2) }
  }

  @Test("canonically equivalent keys count as duplicates (Swift String keys)")
  func canonicallyEquivalentKeys() {
    let error = #expect(throws: JSONParseError.self) {
      try JSONParser.parse("{\"\u{e9}\": 1, \"e\u{301}\": 2}")
    }
    #expect(error?.message.contains("duplicate key") == true)
  }

  @Test("non-contiguous collections and Data parse the same")
  func inputKinds() throws {
    let text = #"{"list": [1, "two", null]}"#
    let expected = try JSONParser.parse(text).root
    #expect(try JSONParser.parse(Data(text.utf8)).root == expected)
    #expect(try JSONParser.parse(text.utf8).root == expected)
    #expect(try JSONParser.parse(Array(text.utf8).lazy.map { $0 }).root == expected)
  }

  @Test("never traps on arbitrary bytes")
  func fuzzSmoke() {
    let alphabet = Array(#"{}[]:,"\/tfnrue0123456789.-+E "#.utf8) + [0x00, 0x0A, 0xC3, 0xA9, 0xFF]
    var state: UInt64 = 12_345
    for _ in 0..<3_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 58)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      _ = try? JSONParser.parse(bytes)
    }
    // Mutations of a valid document: every truncation fails cleanly or parses.
    let valid = Array(#"{"a": [1, -2.5e3, "x\u00e9\ud83d\ude00", {"b": null}], "c": true}"#.utf8)
    for length in 0...valid.count {
      _ = try? JSONParser.parse(valid[0..<length])
    }
  }

  @Test("a 1 MB document parses quickly")
  func performance() throws {
    var text = "[\n"
    var index = 0
    while text.utf8.count < 1_000_000 {
      if index > 0 { text += ",\n" }
      text += #"  {"id": "criterion-\#(index)", "weight": \#(Double(index) / 7), "#
      text += #""tags": ["a", "b\n", "é"], "required": \#(index % 2 == 0), "note": null}"#
      index += 1
    }
    text += "\n]\n"
    let bytes = Array(text.utf8)
    let clock = ContinuousClock()
    var document: JSONDocument?
    let elapsed = try clock.measure { document = try JSONParser.parse(bytes) }
    #expect(document?.root.arrayValue?.count == index)
    #expect(document?.position(of: [.index(index - 1), "weight"])?.line == index + 1)
    // Generous bound for loaded CI machines; typically well under a second in debug.
    #expect(elapsed < .seconds(10), "parsing 1 MB took \(elapsed)")
    print("parsed \(bytes.count) bytes in \(elapsed)")
  }
}
