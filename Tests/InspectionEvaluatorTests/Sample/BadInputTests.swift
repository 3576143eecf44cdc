import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

/// A malformed sample or judgements file, and what scoring it must report.
struct BadInput: Sendable, CustomTestStringConvertible {
  enum Kind: Sendable { case csv, json, judgementsCSV, judgementsJSON }

  var name: String
  var kind: Kind
  /// The sample (for `.csv`, `.json`) or the judgements file (scored with the demo sample).
  var text: String
  var options = SampleTally.Options()
  /// The code expected among the diagnostics, or `nil` when none is.
  var code: String?
  var severity = Diagnostic.Severity.error
  var line: Int?
  var column: Int?
  /// Text the message must contain: the case id, the rows, a did-you-mean.
  var mentions: [String] = []
  var failed: Bool
  /// A case id expected in `result.sample.excluded`, with a fragment of its reason.
  var excluded: (id: String, reason: String)?
  /// `case/question` expected in `result.sample.incomplete`.
  var incomplete: String?

  var testDescription: String { name }

  var file: String {
    switch kind {
    case .csv: "sample.csv"
    case .json: "sample.json"
    case .judgementsCSV: "judgements.csv"
    case .judgementsJSON: "judgements.json"
    }
  }
}

let header = "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a\n"

/// Every row, checked by hand: lines and columns are 1-based, so in `A,licence,yse,…` the
/// answer to 1.1.a starts at column 11; JSON positions are those of the offending value or key
/// (`{"case": "A",}` fails at the `}` in column 16; ties in did-you-mean go to the item listed
/// first, so '4.2' suggests '1.2').
let badInputs: [BadInput] = [
  // MARK: CSV samples
  BadInput(
    name: "unterminated quote", kind: .csv,
    text: header + "A,licence,yes,yes,yes,no\nB,\"community,no,,yes,yes\n",
    code: "IK0201", line: 3, column: 3, mentions: ["not valid CSV"], failed: true),
  BadInput(
    name: "wrong field count", kind: .csv, text: header + "A,licence,yes,yes,yes\n",
    code: "IK0212", line: 2, column: 1, mentions: ["case 'A'", "5 fields", "has 6"],
    failed: true),
  BadInput(
    name: "missing 'case' column", kind: .csv,
    text: "case_type,1.1.a,1.1.b,1.1.s,1.2.a\nlicence,yes,yes,yes,no\n",
    code: "IK0202", line: 1, column: 1, mentions: ["no 'case' column"], failed: true),
  BadInput(
    name: "missing question column", kind: .csv,
    text: "case,case_type,1.1.a,1.1.b,1.1.s\nA,licence,yes,yes,yes\n",
    code: "IK0202", line: 1, column: 1, mentions: ["question '1.2.a'"], failed: true),
  BadInput(
    name: "unknown column with did-you-mean", kind: .csv,
    text: "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,case_typo\nA,licence,yes,yes,yes,no,x\n",
    code: "IK0203", line: 1, column: 40,
    mentions: ["'case_typo'", "Did you mean 'case_type'?"], failed: true),
  BadInput(
    name: "duplicate column", kind: .csv,
    text: "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,1.1.a\nA,licence,yes,yes,yes,no,yes\n",
    code: "IK0204", line: 1, column: 40, mentions: ["'1.1.a'", "columns 3 and 7"],
    failed: true),
  BadInput(
    name: "empty file", kind: .csv, text: "", code: "IK0202", line: 1, column: 1,
    mentions: ["the sample is empty"], failed: true),
  BadInput(
    name: "header only", kind: .csv, text: header, code: "IK0213", severity: .warning,
    mentions: ["no cases"], failed: false),
  BadInput(
    name: "empty case id", kind: .csv, text: header + ",licence,yes,yes,yes,no\n",
    code: "IK0205", line: 2, column: 1, mentions: ["row 1 has no case id"], failed: true),
  BadInput(
    name: "duplicate case id names both rows", kind: .csv,
    text: header + "A,licence,yes,yes,yes,no\nA,community,no,,yes,yes\n",
    code: "IK0206", line: 3, column: 1,
    mentions: ["case 'A' (row 2)", "first appears in row 1"], failed: true),
  BadInput(
    name: "answer not on scale", kind: .csv, text: header + "A,licence,yse,yes,yes,no\n",
    code: "IK0207", line: 2, column: 11,
    mentions: ["case 'A'", "'yse'", "'1.1.a'", "Did you mean 'yes'?"], failed: true),
  BadInput(
    name: "undeclared attribute value", kind: .csv, text: header + "A,licenc,yes,yes,yes,no\n",
    code: "IK0208", line: 2, column: 3,
    mentions: ["case 'A'", "'licenc'", "Did you mean 'licence'?"], failed: true),
  BadInput(
    name: "missing attribute value", kind: .csv, text: header + "A,,yes,,yes,no\n",
    code: "IK0209", line: 2, column: 3, mentions: ["case 'A'", "'case_type'"], failed: true),
  BadInput(
    name: "unanswered relevant question", kind: .csv, text: header + "A,licence,yes,,yes,no\n",
    code: "IK0210", line: 2, column: 15, mentions: ["case 'A'", "'1.1.b'"], failed: true),
  BadInput(
    name: "unanswered with allowIncomplete", kind: .csv,
    text: header + "A,licence,yes,,yes,no\nB,licence,yes,yes,yes,no\n",
    options: .init(allowIncomplete: true), code: "IK0216", severity: .warning, line: 2,
    column: 15, mentions: ["case 'A'", "'1.1.b'"], failed: false, incomplete: "A/1.1.b"),
  BadInput(
    name: "answer where not relevant", kind: .csv, text: header + "B,community,no,yes,yes,yes\n",
    code: "IK0211", severity: .warning, line: 2, column: 16,
    mentions: ["case 'B'", "'1.1.b'", "ignored"], failed: false),
  BadInput(
    name: "excluded column", kind: .csv,
    text: "case,case_type,1.1.a,1.1.b,1.1.s,1.2.a,excluded\n"
      + "A,licence,yes,yes,yes,no,\nB,community,,,,,transferred out\n",
    code: nil, failed: false, excluded: ("B", "transferred out")),
  BadInput(
    name: "excludeInvalid", kind: .csv,
    text: header + "A,licence,yes,yes,yes,no\nC,licence,yse,yes,yes,no\n",
    options: .init(excludeInvalid: true), code: "IK0207", severity: .warning, line: 3,
    column: 11, mentions: ["case 'C'"], failed: false, excluded: ("C", "'yse'")),
  BadInput(
    name: "excludeInvalid with a short row", kind: .csv,
    text: header + "A,licence,yes,yes,yes,no\nC,licence\n",
    options: .init(excludeInvalid: true), code: "IK0212", severity: .warning, line: 3,
    column: 1, mentions: ["case 'C'"], failed: false, excluded: ("C", "2 fields")),

  // MARK: JSON samples
  BadInput(
    name: "JSON: invalid JSON", kind: .json, text: "{\"cases\": [\n  {\"case\": \"A\",}\n]}\n",
    code: "IK0201", line: 2, column: 16, mentions: ["not valid JSON"], failed: true),
  BadInput(
    name: "JSON: not an object", kind: .json, text: "[1, 2]\n", code: "IK0215", line: 1,
    column: 1, mentions: ["an object with a 'cases' array"], failed: true),
  BadInput(
    name: "JSON: cases not an array", kind: .json, text: "{\"cases\": {}}\n", code: "IK0215",
    line: 1, column: 11, mentions: ["'cases' must be an array"], failed: true),
  BadInput(
    name: "JSON: no cases array", kind: .json, text: "{}\n", code: "IK0215",
    line: 1, column: 1, mentions: ["needs a 'cases' array"], failed: true),
  BadInput(
    name: "JSON: truncated inside a case", kind: .json,
    text: "{\"cases\": [\n  {\"case\": \"A\", \"answers\": {\"1.1.a\": \"ye",
    code: "IK0201", line: 2, column: 41, mentions: ["end of input", "truncated"], failed: true),
  BadInput(
    name: "JSON: syntax error in the second case", kind: .json,
    text: "{\"cases\": [\n  {\"case\": \"A\"},\n  {\"case\": \"B\",}\n]}\n",
    code: "IK0201", line: 3, column: 16, mentions: ["not valid JSON"], failed: true),
  BadInput(
    name: "JSON: case not an object", kind: .json, text: "{\"cases\": [\n  \"A\"\n]}\n",
    code: "IK0215", line: 2, column: 3, mentions: ["case 1", "not an object"], failed: true),
  BadInput(
    name: "JSON: unknown member", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "licence"},
         "answer": {"1.1.a": "yes"}}
      ]}

      """,
    code: "IK0215", line: 3, column: 4, mentions: ["'answer'", "Did you mean 'answers'?"],
    failed: true),
  BadInput(
    name: "JSON: unknown question id", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "licence"},
         "answers": {"1.1.a": "yes", "1.1.b": "yes", "1.1.s": "yes", "1.2.a": "no",
                     "1.3.a": "yes"}}
      ]}

      """,
    code: "IK0203", line: 4, column: 16, mentions: ["'1.3.a'", "Did you mean"], failed: true),
  BadInput(
    name: "JSON: non-string answer", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "licence"},
         "answers": {"1.1.a": true, "1.1.b": "yes", "1.1.s": "yes", "1.2.a": "no"}}
      ]}

      """,
    code: "IK0215", line: 3, column: 25, mentions: ["'1.1.a'", "boolean"], failed: true),
  BadInput(
    name: "JSON: excludeInvalid with two problems in one case", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "community"},
         "answers": {"1.1.a": "yes", "1.1.s": "yes", "1.2.a": "no"}},
        {"case": "B", "attributes": {"case_type": "community"}, "note": "late",
         "answers": {"1.1.a": 1, "1.1.s": "yes", "1.2.a": "no"}}
      ]}

      """,
    options: .init(excludeInvalid: true), code: "IK0215", severity: .warning, line: 4,
    column: 59, mentions: ["case 2", "unknown member 'note'"], failed: false,
    excluded: ("B", "'1.1.a' must be a string code")),
  BadInput(
    name: "JSON: answer not on scale", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "licence"},
         "answers": {"1.1.a": "yes", "1.1.b": "yse", "1.1.s": "yes", "1.2.a": "no"}}
      ]}

      """,
    code: "IK0207", line: 3, column: 41, mentions: ["case 'A'", "Did you mean 'yes'?"],
    failed: true),
  BadInput(
    name: "JSON: duplicate case id", kind: .json,
    text: """
      {"cases": [
        {"case": "A", "attributes": {"case_type": "community"},
         "answers": {"1.1.a": "yes", "1.1.s": "yes", "1.2.a": "no"}},
        {"case": "A", "attributes": {"case_type": "community"},
         "answers": {"1.1.a": "no", "1.1.s": "yes", "1.2.a": "no"}}
      ]}

      """,
    code: "IK0206", line: 4, column: 12, mentions: ["case 'A' (row 2)", "row 1"], failed: true),

  // MARK: Judgements (scored with the Demonstration framework and its sample)
  BadInput(
    name: "judgements: unknown item", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n4.2,well-met,Fine.\n", code: "IK0302",
    line: 3, column: 1, mentions: ["'4.2'", "Did you mean '1.2'?"], failed: true),
  BadInput(
    name: "judgements: item not judged", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n1.1,well-met,Fine.\n", code: "IK0303",
    line: 3, column: 1, mentions: ["'1.1' is scored, not judged", "'3.2'"], failed: true),
  BadInput(
    name: "judgements: label not on scale", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,wel-met,Fine.\n", code: "IK0304", line: 2, column: 1,
    mentions: ["'wel-met'", "Did you mean 'well-met'?"], failed: true),
  BadInput(
    name: "judgements: duplicate judgement", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.2,not-met,Poor.\n", code: "IK0305",
    line: 3, column: 1, mentions: ["'3.2' is judged twice"], failed: true),
  BadInput(
    name: "judgements: missing rationale", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,\n", code: "IK0307", severity: .warning,
    line: 2, column: 1, mentions: ["'3.2'", "no rationale"], failed: false),
  // Overrides: DEMO's 3.1 (75%, computed Good) may be overridden by one band, with a rationale.
  BadInput(
    name: "override: missing rationale where required", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.1,priority,\n", code: "IK0309",
    line: 3, column: 1, mentions: ["override of '3.1' to 'priority' gives no rationale"],
    failed: true),
  BadInput(
    name: "override: not a band of the item's scale", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.1,god,Better than it looks.\n",
    code: "IK0311", line: 3, column: 1,
    mentions: ["'god' is not a band of grade scale 'conclusion'", "Did you mean 'good'?"],
    failed: true),
  BadInput(
    name: "override: beyond its reach", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.1,urgent,Nothing changed.\n",
    code: "IK0310", line: 3, column: 1,
    mentions: ["from the computed 'Good' to 'Urgent priority', 2 bands away", "'Priority"],
    failed: true),
  BadInput(
    name: "override: an item that is not overridable", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n1.1,good,Better.\n", code: "IK0303",
    line: 3, column: 1,
    mentions: ["not declared overridable", "overridable items are '3.1'"], failed: true),
  BadInput(
    name: "override: recorded twice", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.1,priority,A.\n3.1,good,B.\n",
    code: "IK0305", line: 4, column: 1, mentions: ["'3.1' is overridden twice"], failed: true),
  BadInput(
    name: "override: by one band, with its reason", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine.\n3.1,priority,Outcomes slipped.\n",
    code: nil, failed: false),
  BadInput(
    name: "judgements: malformed header", kind: .judgementsCSV,
    text: "item,grade,rationale\n3.2,well-met,Fine.\n", code: "IK0301", line: 1, column: 1,
    mentions: ["'item', 'label'", "'grade'"], failed: true),
  BadInput(
    name: "judgements: unterminated quote", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,\"Fine.\n", code: "IK0301", line: 2,
    column: 14, mentions: ["not valid CSV"], failed: true),
  BadInput(
    name: "judgements: none recorded", kind: .judgementsCSV, text: "item,label,rationale\n",
    code: "IK0306", severity: .warning, mentions: ["'3.2'", "no judgement"], failed: false),
  BadInput(
    name: "judgements: invalid JSON", kind: .judgementsJSON,
    text: "{\"judgements\": [\n  {\"item\": \"3.2\" \"label\": \"well-met\"}\n]}\n",
    code: "IK0301", line: 2, column: 18, mentions: ["not valid JSON"], failed: true),
  BadInput(
    name: "judgements: JSON label not on scale", kind: .judgementsJSON,
    text: "{\"judgements\": [\n  {\"item\": \"3.2\", \"label\": \"met\", "
      + "\"rationale\": \"x\"}\n]}\n",
    code: "IK0304", line: 2, column: 3, mentions: ["'met'"], failed: true),
  BadInput(
    name: "judgements: JSON missing label", kind: .judgementsJSON,
    text: "{\"judgements\": [\n  {\"item\": \"3.2\", \"rationale\": \"x\"}\n]}\n",
    code: "IK0301", line: 2, column: 3, mentions: ["label"], failed: true),
]

@Suite struct BadInputTests {
  /// Every row of ``badInputs``, in one test that names the row in each expectation (one test
  /// case per row would make `swift test` output long).
  @Test func reportsEveryProblem() throws {
    for input in badInputs { try Self.check(input) }
  }

  /// Scores `input` and checks what it must report.
  static func check(_ input: BadInput) throws {
    let evaluation: Evaluation
    switch input.kind {
    case .csv:
      evaluation = Fixtures.scoreCSV(input.text, plan: Fixtures.tiny, options: input.options)
    case .json:
      evaluation = Fixtures.scoreJSON(input.text, plan: Fixtures.tiny, options: input.options)
    case .judgementsCSV, .judgementsJSON:
      evaluation = Fixtures.scoreCSV(
        Fixtures.demonstrationSample, plan: Fixtures.demonstration, judgements: input.text)
    }
    let name = input.name
    let all = evaluation.errors + evaluation.result.warnings
    let rendered = all.map(\.rendered).joined(separator: "\n")
    #expect(evaluation.failed == input.failed, "\(name): \(rendered)")
    if let code = input.code {
      guard let found = all.first(where: { $0.code == code && $0.severity == input.severity })
      else {
        Issue.record("\(name): no \(input.severity) \(code) among:\n\(rendered)")
        return
      }
      if let line = input.line {
        #expect(found.location?.file == input.file, "\(name): \(found.rendered)")
        #expect(found.location?.line == line, "\(name): \(found.rendered)")
        #expect(found.location?.column == input.column, "\(name): \(found.rendered)")
      }
      for text in input.mentions {
        #expect(found.message.contains(text), "\(name): \(found.rendered)")
      }
    } else {
      #expect(evaluation.errors.isEmpty, "\(name): \(rendered)")
    }
    if !input.failed {
      #expect(evaluation.errors.isEmpty, "\(name): \(rendered)")
    }
    if let excluded = input.excluded {
      guard let entry = evaluation.result.sample.excluded.first(where: { $0.id == excluded.id })
      else {
        Issue.record("\(name): case \(excluded.id) is not excluded")
        return
      }
      #expect(entry.reason.contains(excluded.reason), "\(name): \(entry.reason)")
      #expect(evaluation.result.sample.cases == evaluation.result.sample.scored + 1, "\(name)")
    }
    if let incomplete = input.incomplete {
      let listed = evaluation.result.sample.incomplete.map { "\($0.case)/\($0.question)" }
      #expect(listed == [incomplete], "\(name)")
    }
  }

  @Test func allowIncompleteLeavesTheDenominator() throws {
    // A leaves 1.1.b unanswered: 1.1.b = B's yes only → 1/1 = 100%, not 1/2 or an error.
    let text = header + "A,licence,yes,,yes,no\nB,licence,yes,yes,yes,no\n"
    let evaluation = Fixtures.scoreCSV(
      text, plan: Fixtures.tiny, options: .init(allowIncomplete: true))
    let b = try #require(evaluation.result.question("1.1.b"))
    #expect(b.tally == QuestionTally(sufficient: 1, insufficient: 0, notRelevant: 0, unanswered: 1))
    #expect(b.percent == 100)
    #expect(evaluation.result.sample.scored == 2)
  }

  @Test func everyRowOfTheTableHasADistinctName() {
    #expect(Set(badInputs.map(\.name)).count == badInputs.count)
    #expect(badInputs.count >= 25)
  }
}

@Suite struct JSONRejectionTests {
  @Test func everyProblemOfARejectedCaseIsReportedOnce() throws {
    let text = """
      {"cases": [
        {"case": "B", "attributes": {"case_type": "community"}, "note": "late",
         "answers": {"1.1.a": 1, "1.1.s": "yes", "1.2.a": "no"}}
      ]}

      """
    let evaluation = Fixtures.scoreJSON(text, plan: Fixtures.tiny)
    #expect(evaluation.failed)
    // One error for the one case, the second problem attached as a located note.
    let error = try #require(evaluation.errors.only)
    #expect(error.message.contains("unknown member 'note'"))
    #expect(error.notes.count == 1)
    #expect(error.notes.first?.message.contains("'1.1.a' must be a string code") == true)
    #expect(error.notes.first?.location?.line == 3)
    #expect(evaluation.result.sample.cases == 1 && evaluation.result.sample.scored == 0)
  }
}

extension Collection {
  /// The single element, or `nil` when there are none or several.
  var only: Element? { count == 1 ? first : nil }
}
