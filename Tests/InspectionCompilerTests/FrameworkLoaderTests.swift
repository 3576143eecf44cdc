import InspectionCompiler
import InspectionSchema
import InspectionSupport
import Testing

/// One bad input for the loader and the first diagnostic it must give.
struct LoaderCase: Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  let code: String
  let line: Int
  let column: Int
  let fragment: String
  /// How many diagnostics the input gets in all.
  var count = 1
  /// Whether the document still loads (only warnings).
  var loads = false

  var testDescription: String { "\(code) \(name)" }
}

/// Line and column (1-based, in Unicode scalars) of places in a text, found independently
/// of the JSON parser.
enum TextPosition {
  /// The position of the `occurrence`-th `marker` in `text`, moved `offset` scalars right.
  static func of(
    _ marker: String, in text: String, occurrence: Int = 1, offset: Int = 0
  ) -> (line: Int, column: Int) {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(marker.unicodeScalars)
    var found = 0
    var index = 0
    while index + needle.count <= scalars.count {
      if Array(scalars[index..<index + needle.count]) == needle {
        found += 1
        if found == occurrence { return position(at: index + offset, in: scalars) }
      }
      index += 1
    }
    Issue.record("'\(marker)' occurs fewer than \(occurrence) times")
    return (0, 0)
  }

  /// The position of the last `{` before the `occurrence`-th `marker`: the object it is in.
  static func objectContaining(
    _ marker: String, in text: String, occurrence: Int = 1
  ) -> (line: Int, column: Int) {
    let target = of(marker, in: text, occurrence: occurrence)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for number in stride(from: target.line, through: 1, by: -1) {
      let line = Array(lines[number - 1].unicodeScalars)
      let limit = number == target.line ? target.column - 1 : line.count
      if let brace = line[..<limit].lastIndex(of: "{") { return (number, brace + 1) }
    }
    return (0, 0)
  }

  /// The position just after the last character of `text`.
  static func end(of text: String) -> (line: Int, column: Int) {
    position(at: text.unicodeScalars.count, in: Array(text.unicodeScalars))
  }

  private static func position(at offset: Int, in scalars: [Unicode.Scalar]) -> (Int, Int) {
    var line = 1
    var column = 1
    for scalar in scalars[..<offset] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}

enum LoaderTable {
  /// The minimal document's file text (pretty canonical JSON with its fingerprint).
  // swift-format-ignore: NeverUseForceTry
  // Fixtures built in code: a failure here is a broken test setup, not an input path.
  static let base = try! Fixtures.minimal.canonicalJSON()

  static func replacing(_ old: String, with new: String, in text: String = base) -> String {
    precondition(text.contains(old), "the base text has no \(old)")
    return text.replacingOccurrences(of: old, with: new)
  }

  static func row(
    _ name: String, replacing old: String, with new: String, code: String,
    at marker: String, offset: Int = 0, fragment: String, count: Int = 1
  ) -> LoaderCase {
    let text = replacing(old, with: new)
    let position = TextPosition.of(marker, in: text, offset: offset)
    return LoaderCase(
      name: name, text: text, code: code, line: position.line, column: position.column,
      fragment: fragment, count: count)
  }

  // swift-format-ignore: NeverForceUnwrap
  // The fixture text always has a questions array; a failure is a broken test setup.
  static let truncated: LoaderCase = {
    let cut = base.range(of: "\"questions\": [")!.upperBound
    let text = String(base[..<cut])
    let end = TextPosition.end(of: text)
    return LoaderCase(
      name: "truncated file", text: text, code: "IK0001", line: end.line, column: end.column,
      fragment: "found end of input (the file may be truncated)")
  }()

  // swift-format-ignore: NeverUseForceTry
  // A fixture built in code: a failure here is a broken test setup.
  static let duplicateCriterion: LoaderCase = {
    let document = Fixtures.minimal {
      $0.sections[0].criteria.append(
        .init(id: "1.1", title: "Again", questions: [.init(id: "1.1.b", text: "B?")]))
    }
    let text = try! document.canonicalJSON()
    let second = TextPosition.objectContaining("\"id\": \"1.1\",", in: text, occurrence: 2)
    return LoaderCase(
      name: "duplicate criterion id", text: text, code: "IK0101", line: second.line,
      column: second.column, fragment: "duplicate criterion id '1.1'")
  }()

  static let staleFingerprint: LoaderCase = {
    let text = replacing("\"title\": \"Minimal\"", with: "\"title\": \"Edited\"")
    let position = TextPosition.of("\"sha256:", in: text)
    return LoaderCase(
      name: "edited content with a stale fingerprint", text: text, code: "IK0005",
      line: position.line, column: position.column,
      fragment: "does not match the content", loads: true)
  }()

  static let rows: [LoaderCase] = [
    LoaderCase(
      name: "invalid JSON (two commas)", text: #"{"schemaVersion": 1,, "id": "X"}"#,
      code: "IK0001", line: 1, column: 21,
      fragment: "the framework document is not valid JSON: expected a string key after ',' in "
        + "an object, found ','"),
    LoaderCase(
      name: "trailing comma", text: "{\n  \"schemaVersion\": 1,\n}", code: "IK0001",
      line: 3, column: 1, fragment: "(trailing commas are not allowed)"),
    truncated,
    LoaderCase(
      name: "empty file", text: "", code: "IK0001", line: 1, column: 1,
      fragment: "found end of input (the input is empty)"),
    LoaderCase(
      name: "not an object", text: "\n  [1, 2]", code: "IK0003", line: 2, column: 3,
      fragment: "a framework document is a JSON object; found an array"),
    row(
      "duplicate JSON key", replacing: "  \"id\": \"M\",\n",
      with: "  \"id\": \"M\",\n  \"id\": \"N\",\n", code: "IK0001", at: "\"id\": \"N\"",
      fragment: "duplicate key \"id\" in an object (first defined at line"),
    row(
      "unsupported schemaVersion", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2",
      code: "IK0002", at: "\"schemaVersion\": 2", offset: 17,
      fragment: "schemaVersion must be 1; found 2"),
    row(
      "schemaVersion as a string", replacing: "\"schemaVersion\": 1",
      with: "\"schemaVersion\": \"1\"", code: "IK0002", at: "\"schemaVersion\"", offset: 17,
      fragment: "schemaVersion must be 1; found \"1\""),
    row(
      "missing schemaVersion", replacing: "  \"schemaVersion\": 1,\n", with: "", code: "IK0002",
      at: "{", fragment: "schemaVersion must be 1; found nothing"),
    row(
      "wrong type at the top", replacing: "\"title\": \"Minimal\"", with: "\"title\": 5",
      code: "IK0003", at: "\"title\": 5", offset: 9,
      fragment: "expected a string, found a number 5 (at title)"),
    row(
      "wrong type deep inside", replacing: "\"text\": \"A?\"", with: "\"text\": [\"A?\"]",
      code: "IK0003", at: "\"text\": [", offset: 8,
      fragment: "expected a string, found an array of 1 element "
        + "(at sections[0].criteria[0].questions[0].text)"),
    row(
      "non-integer where an integer is expected", replacing: "\"displayDecimals\": 0",
      with: "\"displayDecimals\": 1.5", code: "IK0003", at: "1.5",
      fragment: "expected an integer, found a number 1.5"),
    row(
      "unknown field with a suggestion", replacing: "  \"title\": \"Minimal\",",
      with: "  \"titel\": \"x\",\n  \"title\": \"Minimal\",", code: "IK0003", at: "\"titel\"",
      fragment: "unknown field 'titel' — did you mean 'title'?"),
    row(
      "two unknown fields, both reported", replacing: "  \"title\": \"Minimal\",",
      with: "  \"titel\": \"x\",\n  \"title\": \"Minimal\",\n  \"versoin\": \"1\",",
      code: "IK0003", at: "\"titel\"", fragment: "unknown field 'titel'", count: 2),
    row(
      "missing required field", replacing: "  \"title\": \"Minimal\",\n", with: "",
      code: "IK0003", at: "{", fragment: "missing required field 'title'"),
    row(
      "missing required field deep inside", replacing: "\"scale\": \"yes-no\",", with: "",
      code: "IK0003", at: "{\n              \"id\": \"1.1.a\"",
      fragment: "missing required field 'scale'"),
    row(
      "unknown role with a suggestion", replacing: "\"role\": \"individual\"",
      with: "\"role\": \"summery\"", code: "IK0003", at: "\"summery\"",
      fragment: "did you mean 'summary'?"),
    row(
      "unknown aggregation rule", replacing: "\"kind\": \"meanOfQuestions\"",
      with: "\"kind\": \"meanOfEverything\"", code: "IK0003", at: "\"meanOfEverything\"",
      fragment: "unknown aggregation rule 'meanOfEverything'"),
    row(
      "applicability with two forms", replacing: "\"id\": \"1.1.a\",",
      with: "\"applicability\": {\"attribute\": \"a\", \"answer\": \"b\", \"in\": []},\n"
        + "              \"id\": \"1.1.a\",",
      code: "IK0003", at: "{\"attribute\"",
      fragment: "an applicability expression takes exactly one of 'attribute', 'answer'"),
    duplicateCriterion,
    staleFingerprint,
  ]
}

@Suite("FrameworkLoader")
struct FrameworkLoaderTests {
  @Test("The base text loads cleanly")
  func baseLoads() throws {
    let loaded = FrameworkLoader.load(bytes: Array(LoaderTable.base.utf8), file: "base.json")
    #expect(loaded.diagnostics.map(\.rendered) == [])
    #expect(loaded.document == Fixtures.minimal)
    #expect(loaded.fingerprint == (try Fixtures.minimal.fingerprint()))
  }

  @Test("Bad input gets a located diagnostic with a stable code", arguments: LoaderTable.rows)
  func badInput(_ row: LoaderCase) throws {
    let loaded = FrameworkLoader.load(bytes: Array(row.text.utf8), file: "bad.json")
    #expect(loaded.diagnostics.count == row.count, "\(loaded.diagnostics.map(\.rendered))")
    let first = try #require(loaded.diagnostics.first)
    #expect(first.code == row.code)
    #expect(first.location == Location(file: "bad.json", line: row.line, column: row.column))
    #expect(first.message.contains(row.fragment), "message: \(first.message)")
    #expect((loaded.document != nil) == row.loads)
    #expect((loaded.fingerprint != nil) == row.loads)
    #expect(first.rendered.hasPrefix("bad.json:\(row.line):\(row.column): "))
  }

  @Test(
    "A huge id or key is quoted in part: messages stay short whatever the document holds",
    arguments: ["\"id\": \"", "\"title\": \"", "{"])
  func hugeTextIsQuotedInPart(_ anchor: String) throws {
    let huge = String(repeating: "x", count: 1 << 20)
    // Every id (or title) made a megabyte longer, or an unknown megabyte-long key.
    let text =
      anchor == "{"
      ? "{\"\(huge)\": 1, " + LoaderTable.base.dropFirst()
      : LoaderTable.base.replacingOccurrences(of: anchor, with: anchor + huge)
    let loaded = FrameworkLoader.load(bytes: Array(text.utf8), file: "huge.json")
    #expect(!loaded.diagnostics.isEmpty)
    for diagnostic in loaded.diagnostics {
      #expect(diagnostic.message.utf8.count < 400, "\(diagnostic.message.prefix(200))")
    }
  }

  @Test("A duplicate criterion fails the load, names the id, and notes the first")
  func duplicateCriterion() throws {
    let row = LoaderTable.duplicateCriterion
    let loaded = FrameworkLoader.load(bytes: Array(row.text.utf8), file: "dup.json")
    #expect(loaded.document == nil)
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.isError)
    #expect(diagnostic.path == "sections[0].criteria[1]")
    let first = TextPosition.objectContaining("\"id\": \"1.1\",", in: row.text, occurrence: 1)
    #expect(
      diagnostic.notes.map(\.location)
        == [Location(file: "dup.json", line: first.line, column: first.column)])
    #expect(diagnostic.notes.map(\.path) == ["sections[0].criteria[0]"])
  }

  @Test("A stale fingerprint is a warning; the content and its own fingerprint are used")
  func staleFingerprint() throws {
    let loaded = FrameworkLoader.load(
      bytes: Array(LoaderTable.staleFingerprint.text.utf8), file: "edited.json")
    let document = try #require(loaded.document)
    #expect(document.title == "Edited")
    #expect(loaded.fingerprint == (try document.fingerprint()))
    #expect(loaded.fingerprint != (try Fixtures.minimal.fingerprint()))
    #expect(loaded.diagnostics.map(\.severity) == [.warning])
  }

  @Test("A file without a fingerprint loads without a warning")
  func noFingerprint() throws {
    let text = try CanonicalJSON.pretty(Fixtures.minimal.jsonValue())
    let loaded = FrameworkLoader.load(bytes: Array(text.utf8), file: "bare.json")
    #expect(loaded.diagnostics.map(\.rendered) == [])
    #expect(loaded.fingerprint == (try Fixtures.minimal.fingerprint()))
  }

  @Test("A missing file is IK0004 at the path")
  func missingFile() {
    let loaded = FrameworkLoader.load(path: "/nonexistent/inspectionkit/missing.json")
    #expect(loaded.document == nil)
    #expect(loaded.diagnostics.map(\.code) == ["IK0004"])
    #expect(
      loaded.diagnostics.first?.rendered
        == "/nonexistent/inspectionkit/missing.json:1:1: error: cannot read framework document "
        + "'/nonexistent/inspectionkit/missing.json': No such file or directory; check that the "
        + "file exists and is readable [IK0004]")
  }

  @Test func textPositionHelper() {
    #expect(TextPosition.of("c", in: "ab\ncd") == (2, 1))
    #expect(TextPosition.of("b", in: "ab\nb", occurrence: 2) == (2, 1))
    #expect(TextPosition.end(of: "ab\ncd") == (2, 3))
    #expect(TextPosition.objectContaining("x", in: "{\n  [{ \"x\"") == (2, 4))
  }
}
