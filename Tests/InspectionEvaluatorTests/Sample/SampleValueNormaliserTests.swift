import Foundation
import InspectionDSL
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// The demonstration sample with spreadsheet habits: codes in another case, spaces around
/// values, labels for codes, an attribute value capitalised, a cell of spaces only.
private let messySample = """
  case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a
  A,Licence,high,Yes,yes , yes,No,Good,yes,YES,yes,yes,yes
  B,community,medium,no,  ,yes,yes,poor,yes,,,No,no
  C,licence,very high,yes,no,no,Not applicable,adequate,no,no,,,yes
  D,community,low,yes,,yes,yes,good,not applicable,,,,yes

  """

/// The JSON report of `evaluation` without its warnings (which say what was normalised).
private func reportWithoutWarnings(_ evaluation: Evaluation) -> String {
  var result = evaluation.result
  result.warnings = result.warnings.filter { !["IK0217", "IK0218", "IK0219"].contains($0.code) }
  return ScoreJSONReport.render(result)
}

private func warning(_ code: String, in evaluation: Evaluation) -> Diagnostic? {
  evaluation.result.warnings.first { $0.code == code }
}

@Suite("Spreadsheet habits: codes normalised")
struct SampleValueNormaliserTests {
  @Test("a normalised sample scores byte-identically to its clean equivalent")
  func scoresLikeClean() throws {
    let clean = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
    let messy = Fixtures.scoreCSV(messySample, plan: Fixtures.demonstration)
    #expect(!clean.failed)
    #expect(!messy.failed, "\(messy.errors.map(\.rendered))")
    #expect(reportWithoutWarnings(messy) == reportWithoutWarnings(clean))
    #expect(messy.result.sample.fingerprint == clean.result.sample.fingerprint)
  }

  @Test("each kind of normalisation is counted in one warning, at its first occurrence")
  func oneWarningPerKind() throws {
    let evaluation = Fixtures.scoreCSV(messySample, plan: Fixtures.demonstration)
    let spaces = try #require(warning("IK0217", in: evaluation))
    #expect(spaces.severity == .warning)
    #expect(spaces.message.hasPrefix("3 values had spaces around them"))
    #expect(
      spaces.message.contains("the first: 'yes ' as 'yes' for question '1.1.b' of case 'A', row 1"))
    #expect(spaces.location?.description == "sample.csv:2:20")
    let letterCase = try #require(warning("IK0218", in: evaluation))
    #expect(
      letterCase.message.hasPrefix("6 values differ from a declared code only in letter case"))
    #expect(
      letterCase.message.contains("the first: 'Licence' as 'licence' for attribute 'case_type'"))
    #expect(letterCase.location?.description == "sample.csv:2:3")
    let label = try #require(warning("IK0219", in: evaluation))
    #expect(label.message.hasPrefix("2 answers were written as an option's label"))
    #expect(label.message.contains("'Not applicable' as 'na' for question '1.2.a' of case 'C'"))
    #expect(evaluation.result.warnings.filter { $0.code == "IK0217" }.count == 1)
  }

  @Test("a single normalisation is worded in the singular")
  func singular() throws {
    let text = Fixtures.demonstrationSample.replacingOccurrences(of: "A,licence", with: "A,Licence")
    let evaluation = Fixtures.scoreCSV(text, plan: Fixtures.demonstration)
    let letterCase = try #require(warning("IK0218", in: evaluation))
    #expect(
      letterCase.message.hasPrefix(
        "1 value differs from a declared code only in letter case and was read"))
  }

  @Test("--strict-codes: the same values are errors, located")
  func strict() {
    var reader = CSVSampleReader(
      bytes: Array(messySample.utf8), plan: Fixtures.demonstration, displayName: "sample.csv",
      options: SampleReadOptions(strictCodes: true))
    let evaluation = Evaluator.evaluate(plan: Fixtures.demonstration, reader: &reader)
    #expect(evaluation.failed)
    let codes = Set(evaluation.errors.map(\.code))
    #expect(codes == ["IK0207", "IK0208"])
    #expect(evaluation.errors.contains { $0.message.contains("answer 'Yes' to question '1.1.a'") })
    #expect(
      evaluation.result.warnings.allSatisfy { !["IK0217", "IK0218", "IK0219"].contains($0.code) })
  }

  @Test(
    "what is and is not normalised",
    arguments: [
      // (cell for 2.1.a, what it is read as, kinds)
      ("good", "good", [String]()),
      (" good", "good", ["IK0217"]),
      ("\u{00A0}good\t", "good", ["IK0217"]),
      ("GOOD", "good", ["IK0218"]),
      (" Good ", "good", ["IK0217", "IK0218"]),
      ("Not done", "none", ["IK0219"]),
      ("not DONE", "none", ["IK0219"]),
      (" Not applicable", "na", ["IK0217", "IK0219"]),
    ])
  func cases(cell: String, readAs: String, codes: [String]) throws {
    let text = "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a\n"
    let row = "D,community,low,yes,,yes,yes,\"\(cell)\",na,,,,yes\n"
    let clean = "D,community,low,yes,,yes,yes,\(readAs),na,,,,yes\n"
    let messy = Fixtures.scoreCSV(text + row, plan: Fixtures.demonstration)
    let expected = Fixtures.scoreCSV(text + clean, plan: Fixtures.demonstration)
    #expect(!messy.failed)
    #expect(reportWithoutWarnings(messy) == reportWithoutWarnings(expected))
    let found = messy.result.warnings.map(\.code).filter { $0.hasPrefix("IK021") && $0 != "IK0214" }
    #expect(found == codes)
  }

  @Test("a value that is no code in any spelling is still an error, quoted as written")
  func unknownStaysError() {
    let text = Fixtures.demonstrationSample.replacingOccurrences(
      of: "A,licence,high,yes", with: "A,licence,high, yse")
    let evaluation = Fixtures.scoreCSV(text, plan: Fixtures.demonstration)
    #expect(evaluation.failed)
    #expect(
      evaluation.errors.contains { $0.code == "IK0207" && $0.message.contains("answer ' yse'") })
  }

  @Test("a cell of spaces is an empty cell: a relevant question is then unanswered")
  func spacesOnly() {
    let text = Fixtures.demonstrationSample.replacingOccurrences(
      of: "A,licence,high,yes", with: "A,licence,high,  ")
    let evaluation = Fixtures.scoreCSV(text, plan: Fixtures.demonstration)
    #expect(evaluation.errors.map(\.code) == ["IK0210"])
  }

  @Test("codes or labels that differ only in case are ambiguous and left alone")
  func ambiguous() throws {
    let plan = try Fixtures.plan(
      Framework("AMB", version: "1", title: "Ambiguous codes") {
        AnswerScale("odd", "Odd codes") {
          Option("a", "First", .sufficient)
          Option("A", "Second", .insufficient)
          Option("b", "Same", .sufficient)
          Option("c", "same", .insufficient)
        }
        Section("1", "S") {
          Criterion("1.1", "C") { Question("1.1.a", "Q?", scale: "odd") }
        }
      })
    let messy = Fixtures.scoreCSV("case,1.1.a\nX,same\nY,a\nZ,A\n", plan: plan)
    #expect(messy.errors.map(\.code) == ["IK0207"])
    #expect(messy.errors.first?.message.contains("answer 'same'") == true)
  }

  @Test("JSON samples and workbooks are normalised the same way")
  func otherFormats() throws {
    let json = """
      {"cases": [{"case": "A", "attributes": {"case_type": " Licence", "roh": "HIGH"},
        "answers": {"1.1.a": "Yes", "1.1.b": "yes", "1.1.s": "yes", "1.2.a": "no",
        "2.1.a": "Not done", "2.1.b": "yes", "2.2.a": "yes", "2.2.b": "yes", "2.2.c": "yes",
        "3.1.a": "yes"}}]}
      """
    let evaluation = Fixtures.scoreJSON(json, plan: Fixtures.demonstration)
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    #expect(
      evaluation.result.warnings.map(\.code).filter { ["IK0217", "IK0218", "IK0219"].contains($0) }
        == ["IK0217", "IK0218", "IK0219"])
    #expect(warning("IK0218", in: evaluation)?.location?.description == "sample.json:1:54")
  }

  @Test(
    "scoring in parts on several threads gives the same normalised result",
    arguments: [10, 390])
  func parts(messyRow: Int) throws {
    var lines = [
      "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a"
    ]
    for index in 0..<400 {
      let first = index == messyRow ? "Yes" : "yes"
      lines.append("C\(index),community,low,\(first),,yes,yes,good,na,,,,yes")
    }
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("normalised-\(UUID().uuidString).csv")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    func score(threads: Int) throws -> Evaluation {
      var reader = try CSVSampleReader(path: url.path, plan: Fixtures.demonstration)
      reader.threads = threads
      reader.minimumPartBytes = 1
      return Evaluator.evaluate(plan: Fixtures.demonstration, reader: &reader)
    }
    let inOrder = try score(threads: 1)
    let inParts = try score(threads: 4)
    #expect(ScoreJSONReport.render(inParts.result) == ScoreJSONReport.render(inOrder.result))
    #expect(warning("IK0218", in: inParts)?.message.hasPrefix("1 value differs") == true)
  }
}
