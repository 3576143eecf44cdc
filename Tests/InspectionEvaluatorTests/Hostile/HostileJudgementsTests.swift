import InspectionEvaluator
import InspectionSupport
import InspectionTestSupport
import Testing

/// Hostile judgements files, scored with the Demonstration sample: each a named row with its
/// code at the place found in its text.
let hostileJudgements: [BadInput] = [
  BadInput(
    name: "a rationale with an unquoted comma", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met,Fine, but late.\n", code: "IK0308", line: 2,
    column: 1, mentions: ["4 fields", "header has 3", "double quotes"], failed: true),
  BadInput(
    name: "a row with too few fields", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2,well-met\n", code: "IK0308", line: 2, column: 1,
    mentions: ["2 fields"], failed: true),
  BadInput(
    name: "an unknown column in the header", kind: .judgementsCSV,
    text: "item,label,rationale,notes\n3.2,well-met,Fine.,x\n", code: "IK0301", line: 1,
    column: 22, mentions: ["'notes'"], failed: true),
  BadInput(
    name: "a column twice in the header", kind: .judgementsCSV,
    text: "item,label,label\n3.2,well-met,well-met\n", code: "IK0301", line: 1, column: 12,
    mentions: ["appears twice"], failed: true),
  BadInput(
    name: "an escape sequence in an item is shown escaped", kind: .judgementsCSV,
    text: "item,label,rationale\n3.2\u{1B}[2J,well-met,Fine.\n", code: "IK0302", line: 2,
    column: 1, mentions: ["\\u{1B}"], failed: true),
]

@Suite("Hostile judgements")
struct HostileJudgementsTests {
  @Test(arguments: hostileJudgements)
  func reportsTheProblem(_ input: BadInput) throws {
    try BadInputTests.check(input)
  }

  @Test("A rationale in quotes keeps its comma")
  func quotedRationale() {
    let read = JudgementsReader.read(
      bytes: Array("item,label,rationale\n3.2,well-met,\"Fine, but late.\"\n".utf8),
      file: "j.csv", document: Fixtures.demonstration.document)
    #expect(read.diagnostics.filter(\.isError).isEmpty)
    #expect(read.judgements["3.2"]?.rationale == "Fine, but late.")
  }
}
