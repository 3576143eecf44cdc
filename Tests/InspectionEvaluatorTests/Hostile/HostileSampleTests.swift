import Foundation
import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import InspectionTestSupport
import Testing

/// A clean row of the tiny framework's CSV sample, after the case id.
private let answers = ",licence,yes,yes,yes,no\n"

/// A JSON case of the tiny framework with id `id` (a JSON string literal's contents).
private func jsonCase(_ id: String) -> String {
  #"{"case": "\#(id)", "attributes": {"case_type": "licence"}, "#
    + #""answers": {"1.1.a": "yes", "1.1.b": "yes", "1.1.s": "yes", "1.2.a": "no"}}"#
}

/// `input` with its expected location set where `marker` is in its text.
private func at(_ marker: String, occurrence: Int = 1, _ input: BadInput) -> BadInput {
  var located = input
  let position = TextLocation.of(marker, in: input.text, occurrence: occurrence)
  located.line = position?.line
  located.column = position?.column
  return located
}

/// Hostile samples, each a named row (the names are what the test log shows): near-duplicate
/// ids, ids no terminal should print, blank exclusions, malformed JSON structure, invisible
/// characters in a header.
let hostileSamples: [BadInput] = [
  at(
    "Ame",
    BadInput(
      name: "an id in NFC and the same id in NFD are one case", kind: .csv,
      text: header + "Am\u{E9}lie" + answers + "Ame\u{301}lie" + answers, code: "IK0206",
      mentions: ["listed twice", "row 1"], failed: true)),
  at(
    " A ",
    BadInput(
      name: "an id padded with spaces is the same case", kind: .csv,
      text: header + "A" + answers + " A " + answers, code: "IK0206",
      mentions: ["case 'A'", "listed twice"], failed: true)),
  at(
    "A\u{A0}",
    BadInput(
      name: "an id padded with a no-break space is the same case", kind: .csv,
      text: header + "A" + answers + "A\u{A0}" + answers, code: "IK0206", failed: true)),
  at(
    "\"A", occurrence: 2,
    BadInput(
      name: "JSON: an id padded with a tab is the same case", kind: .json,
      text: "{\"cases\": [\n" + jsonCase("A") + ",\n" + jsonCase("A\\t") + "\n]}\n",
      code: "IK0206", failed: true)),
  at(
    "A\u{1B}",
    BadInput(
      name: "an escape sequence in an id", kind: .csv,
      text: header + "A\u{1B}[2J" + answers, code: "IK0225",
      mentions: ["\\u{1B}"], failed: true)),
  at(
    "A\u{202E}",
    BadInput(
      name: "a right-to-left override in an id", kind: .csv,
      text: header + "A\u{202E}B" + answers, code: "IK0225", mentions: ["\\u{202E}"],
      failed: true)),
  at(
    "\"A",
    BadInput(
      name: "JSON: a NUL in an id", kind: .json,
      text: "{\"cases\": [" + jsonCase("A\\u0000B") + "]}\n", code: "IK0225",
      mentions: ["\\u{0}"], failed: true)),
  at(
    "   ",
    BadInput(
      name: "an id of spaces only has no id", kind: .csv, text: header + "   " + answers,
      code: "IK0205", failed: true)),
  at(
    "A,",
    BadInput(
      name: "a blank exclusion reason is no exclusion: the case is scored", kind: .csv,
      text: "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,excluded\nA,licence,yes,yes,yes,no,   \n",
      code: "IK0226", severity: .warning, mentions: ["not excluded"], failed: false)),
  at(
    "\"A",
    BadInput(
      name: "JSON: a blank exclusion reason is no exclusion", kind: .json,
      text: "{\"cases\": ["
        + jsonCase("A").replacingOccurrences(
          of: "{\"case\"", with: "{\"excluded\": \" \", \"case\"")
        + "]}\n",
      code: "IK0226", severity: .warning, failed: false)),
  // A byte-order mark at the very start is not counted; the second is column 1.
  at(
    "\u{FEFF}\u{FEFF}case",
    BadInput(
      name: "a second byte-order mark in the header", kind: .csv,
      text: "\u{FEFF}\u{FEFF}case,case_type,1.1.a,1.1.b,1.1.s,1.2.a\n", code: "IK0203",
      mentions: ["\\u{FEFF}case", "invisible or control characters"], failed: true)),
  at(
    "case\u{0}",
    BadInput(
      name: "a NUL in a header name", kind: .csv,
      text: "case\u{0},case_type,1.1.a,1.1.b,1.1.s,1.2.a\n", code: "IK0203",
      mentions: ["'case\\u{0}'"], failed: true)),
  at(
    ",",
    BadInput(
      name: "JSON: a comma before the first member", kind: .json,
      text: "{,\"cases\": [" + jsonCase("A") + "]}\n", code: "IK0201",
      mentions: ["expected a member name"], failed: true)),
  at(
    "\"x\"",
    BadInput(
      name: "JSON: members without a comma between them", kind: .json,
      text: "{\"cases\": [" + jsonCase("A") + "] \"x\": 1}\n", code: "IK0201",
      mentions: ["expected ',' or '}'"], failed: true)),
  at(
    "}\n",
    BadInput(
      name: "JSON: a trailing comma after the last member", kind: .json,
      text: "{\"cases\": [" + jsonCase("A") + "],}\n", code: "IK0201", failed: true)),
  at(
    "]}",
    BadInput(
      name: "JSON: a trailing comma after the last case", kind: .json,
      text: "{\"cases\": [" + jsonCase("A") + ",]}\n", code: "IK0201",
      mentions: ["expected a case after ','"], failed: true)),
  at(
    "bad",
    BadInput(
      name: "JSON: an unknown member's value is still checked", kind: .json,
      text: "{\"x\": {bad}, \"cases\": [" + jsonCase("A") + "]}\n", code: "IK0201",
      mentions: ["not valid JSON"], failed: true)),
  at(
    "trailing",
    BadInput(
      name: "JSON: text after the sample", kind: .json,
      text: "{\"cases\": [" + jsonCase("A") + "]} trailing\n", code: "IK0201", failed: true)),
]

@Suite("Hostile samples")
struct HostileSampleTests {
  @Test(arguments: hostileSamples)
  func reportsTheProblem(_ input: BadInput) throws {
    #expect(input.line != nil, "the row's marker is not in its text")
    try BadInputTests.check(input)
  }

  @Test("A scored blank exclusion counts the case")
  func blankExclusionIsScored() {
    let evaluation = Fixtures.scoreCSV(
      "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,excluded\nA,licence,yes,yes,yes,no, \n",
      plan: Fixtures.tiny)
    #expect(evaluation.result.sample.scored == 1)
    #expect(evaluation.result.sample.excluded.isEmpty)
  }

  @Test("Near-duplicate ids are one case under their normalised id")
  func normalisedIDsAreKept() {
    let evaluation = Fixtures.scoreCSV(
      header + " Ame\u{301}lie " + answers + "B" + answers, plan: Fixtures.tiny,
      options: .init(excludeInvalid: true))
    #expect(evaluation.result.sample.scored == 2)
    let json = Fixtures.scoreJSON(
      "{\"cases\": [" + jsonCase("Am\u{E9}lie") + ", " + jsonCase("B") + "]}",
      plan: Fixtures.tiny)
    // The same cases from CSV and JSON, whatever the bytes of their ids: one fingerprint.
    #expect(evaluation.result.sample.fingerprint == json.result.sample.fingerprint)
  }

  @Test("A JSON case longer than the limit is refused, located at its start")
  func oversizedCase() {
    let big = String(repeating: "x", count: JSONSampleReader.maximumValueBytes)
    let text = "{\"cases\": [\n  {\"case\": \"\(big)\"}\n]}"
    let evaluation = Fixtures.scoreJSON(text, plan: Fixtures.tiny)
    let error = evaluation.errors.first { $0.code == "IK0201" }
    #expect(error?.message.contains("longer than the limit of 16 MiB") == true)
    #expect(error?.location?.line == 2 && error?.location?.column == 3)
  }

  @Test("A directory given as a sample is refused as a directory")
  func directory() throws {
    let plan = Fixtures.tiny
    let path = FileManager.default.temporaryDirectory.path
    for json in [false, true] {
      do {
        if json {
          _ = try JSONSampleReader(path: path, plan: plan)
        } else {
          _ = try CSVSampleReader(path: path, plan: plan)
        }
        Issue.record("a directory was opened as a sample")
      } catch {
        #expect(error.diagnostic.code == "IK0201")
        #expect(error.diagnostic.message.contains("is a directory"))
      }
    }
  }
}
