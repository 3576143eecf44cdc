import Foundation
import InspectionCompiler
import InspectionSchema
import InspectionSupport
import InspectionTestSupport
import Testing

/// Hostile framework documents: numbers at and beyond their limits, characters that must not
/// be in an id, inputs that are not files or never end. Each row names what it breaks; the
/// document is built inside the test (the rows are names, not payloads) from
/// ``Fixtures/valid`` with weights, and the expected location is found in the text by the
/// offending value, independently of the loader.
enum HostileDocument: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case weightOf1e308
  case weightJustBeyondTheLimit
  case negativeWeight
  case criterionWeightBeyondTheLimit
  case bandPointsBeyondTheLimit
  case labelPointsBeyondTheLimit
  case rangeBeyondTheLimit
  case minimumRelevantCasesBeyondTheLimit
  case displayDecimalsOutOfRange
  case numberBeyondADouble
  case nestedTooDeeply
  case escapeSequenceInAnID
  case rightToLeftOverrideInAnID
  case invalidUTF8

  var testDescription: String { rawValue }

  /// The document text, with a weight of 2 on `1.1.a` and 1 on `1.1.b` (rule
  /// weightedQuestions) and a weight of 1 on `1.1`.
  static let base: String = {
    let document = Fixtures.valid {
      $0.sections[0].criteria[0].rule = .weightedQuestions
      $0.sections[0].criteria[0].questions[0].weight = 2
      $0.sections[0].criteria[0].questions[1].weight = 1
      $0.sections[0].rule = .weightedCriteria
      $0.sections[0].criteria[0].weight = 3
      $0.sections[0].criteria[1].weight = 1
    }
    return (try? document.canonicalJSON()) ?? ""
  }()

  /// (text to replace, its replacement, the text at the expected location, code).
  var edit: (old: String, new: String, at: String, code: String) {
    switch self {
    case .weightOf1e308: ("\"weight\": 2", "\"weight\": 1e308", "1e308", "IK0148")
    case .weightJustBeyondTheLimit:
      ("\"weight\": 2", "\"weight\": 1000000.5", "1000000.5", "IK0148")
    case .negativeWeight: ("\"weight\": 2", "\"weight\": -2", "-2", "IK0143")
    case .criterionWeightBeyondTheLimit:
      ("\"weight\": 3", "\"weight\": 3e9", "3e9", "IK0148")
    case .bandPointsBeyondTheLimit: ("\"points\": 2", "\"points\": -1e300", "-1e300", "IK0148")
    case .labelPointsBeyondTheLimit:
      ("\"points\": 0\n", "\"points\": 2000000\n", "2000000", "IK0148")
    case .rangeBeyondTheLimit: ("\"maximum\": 4", "\"maximum\": 4e12", "4e12", "IK0148")
    case .minimumRelevantCasesBeyondTheLimit:
      (
        "\"minimumRelevantCases\": 10", "\"minimumRelevantCases\": 1000000000", "1000000000",
        "IK0148"
      )
    case .displayDecimalsOutOfRange:
      ("\"displayDecimals\": 0", "\"displayDecimals\": 99", "99", "IK0181")
    case .numberBeyondADouble: ("\"weight\": 2", "\"weight\": 1e400", "1e400", "IK0001")
    case .nestedTooDeeply:
      (
        "\"title\": \"Test framework\"",
        "\"title\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        "\"title\": [", "IK0001"
      )
    // An id's problem is located at its element (the question's object).
    case .escapeSequenceInAnID: ("\"1.1.b\"", "\"1.1.b\\u001b[2J\"", "{", "IK0102")
    case .rightToLeftOverrideInAnID: ("\"1.1.b\"", "\"1.1.b\u{202E}x\"", "{", "IK0102")
    case .invalidUTF8: ("\"Test framework\"", "\"Test \u{FFFD}framework\"", "\u{FFFD}", "IK0001")
    }
  }
}

@Suite("Hostile framework documents")
struct HostileFrameworkDocumentTests {
  @Test("The base document loads cleanly")
  func baseLoads() {
    let loaded = FrameworkLoader.load(bytes: Array(HostileDocument.base.utf8), file: "base.json")
    #expect(loaded.document != nil, "\(loaded.diagnostics.map(\.rendered))")
    #expect(!loaded.diagnostics.contains { $0.isError })
  }

  @Test(
    "Each gets its code at the offending value, and nothing loads",
    arguments: HostileDocument.allCases)
  func located(_ attack: HostileDocument) throws {
    let edit = attack.edit
    #expect(HostileDocument.base.contains(edit.old), "the base has no \(edit.old)")
    let text = HostileDocument.base.replacingOccurrences(of: edit.old, with: edit.new)
    var bytes = Array(text.utf8)
    if attack == .invalidUTF8 {
      // U+FFFD (EF BF BD) stands in for the byte 0xFF, which a Swift string cannot hold.
      if let index = bytes.firstIndex(of: 0xEF) {
        bytes.replaceSubrange(index..<(index + 3), with: [0xFF])
      }
    }
    let loaded = FrameworkLoader.load(bytes: bytes, file: "hostile.json")
    #expect(loaded.document == nil)
    let expected: TextLocation
    switch attack {
    case .nestedTooDeeply:
      let start = try #require(TextLocation.of("\"title\": [", in: text))
      // The root object is the first level: the 512th bracket is the 513th level.
      expected = TextLocation(line: start.line, column: start.column + 9 + 511)
    case .escapeSequenceInAnID, .rightToLeftOverrideInAnID:
      // The object of the question whose id was changed: the last `{` before it.
      let marker = attack == .escapeSequenceInAnID ? "\"1.1.b\\u001b" : "\"1.1.b\u{202E}"
      let scalars = Array(text.unicodeScalars)
      let needle = Array(marker.unicodeScalars)
      let index = try #require(
        (0...(scalars.count - needle.count)).first {
          Array(scalars[$0..<($0 + needle.count)]) == needle
        })
      // The `{` that opens the object holding it, skipping nested objects before it.
      var depth = 0
      var brace = index
      while brace > 0 {
        brace -= 1
        if scalars[brace] == "}" { depth += 1 }
        if scalars[brace] == "{" {
          if depth == 0 { break }
          depth -= 1
        }
      }
      let prefix = String(String.UnicodeScalarView(scalars[..<brace]))
      let line = prefix.split(separator: "\n", omittingEmptySubsequences: false)
      expected = TextLocation(
        line: line.count, column: (line.last.map { $0.unicodeScalars.count } ?? 0) + 1)
    default:
      expected = try #require(TextLocation.of(edit.at, in: text))
    }
    let matching = loaded.diagnostics.filter { $0.code == edit.code }
    #expect(!matching.isEmpty, "\(loaded.diagnostics.map(\.rendered))")
    #expect(
      matching.contains {
        $0.location
          == SourceLocation(
            file: "hostile.json", line: expected.line, column: expected.column)
      }, "expected \(edit.code) at \(expected): \(loaded.diagnostics.map(\.rendered))")
    // A message shows the offending characters escaped: nothing reaches a terminal raw.
    for diagnostic in loaded.diagnostics {
      #expect(!diagnostic.rendered.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }
  }

  @Test("Weights, points and ranges at their limits are accepted and score without trapping")
  func numbersAtTheLimitsScore() throws {
    var text = HostileDocument.base
    for (old, new) in [
      ("\"weight\": 2", "\"weight\": 1000000"), ("\"weight\": 3", "\"weight\": 1000000"),
      ("\"points\": 2", "\"points\": 1000000"),
    ] {
      text = text.replacingOccurrences(of: old, with: new)
    }
    let loaded = FrameworkLoader.load(bytes: Array(text.utf8), file: "limits.json")
    let errors = loaded.diagnostics.filter(\.isError).map(\.rendered)
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("A framework document larger than its limit is refused before it is read")
  func tooLarge() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hostile-\(UUID().uuidString).json"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    // A sparse file: its size is past the limit without writing 64 MiB.
    #expect(FileManager.default.createFile(atPath: path, contents: Data("{".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(FrameworkLoader.maximumFileBytes + 1))
    try handle.close()
    let loaded = FrameworkLoader.load(path: path)
    #expect(loaded.diagnostics.map(\.code) == ["IK0004"])
    #expect(loaded.diagnostics.first?.message.contains("limit of 64 MiB") == true)
  }

  @Test("A directory is refused as a directory; an endless device stops at the limit")
  func notAFile() throws {
    let directory = FrameworkLoader.load(path: FileManager.default.temporaryDirectory.path)
    #expect(directory.diagnostics.map(\.code) == ["IK0004"])
    #expect(directory.diagnostics.first?.message.contains("is a directory") == true)
    let endless = FrameworkLoader.load(path: "/dev/zero")
    #expect(endless.diagnostics.map(\.code) == ["IK0004"])
    #expect(endless.diagnostics.first?.message.contains("larger than the limit") == true)
  }
}
