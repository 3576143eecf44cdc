import Foundation
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// `text` with its commas replaced by `separator` (the demonstration sample has no quoted
/// fields).
private func separated(_ text: String, by separator: String) -> String {
  text.replacingOccurrences(of: ",", with: separator)
}

private func score(_ text: String, options: SampleReadOptions = SampleReadOptions()) -> Evaluation {
  var reader = CSVSampleReader(
    bytes: Array(text.utf8), plan: Fixtures.demonstration, displayName: "sample.csv",
    options: options)
  return Evaluator.evaluate(plan: Fixtures.demonstration, reader: &reader)
}

@Suite("Samples separated by semicolons or tabs")
struct SampleSeparatorTests {
  @Test("a semicolon or tab file scores exactly like the comma file", arguments: [";", "\t"])
  func sameScores(separator: String) {
    let comma = ScoreJSONReport.render(score(Fixtures.demonstrationSample).result)
    let other = score(separated(Fixtures.demonstrationSample, by: separator))
    #expect(!other.failed, "\(other.errors.map(\.rendered))")
    #expect(ScoreJSONReport.render(other.result) == comma)
  }

  @Test("--delimiter forces the separator: a wrong one is a located header error")
  func forced() {
    let semicolons = separated(Fixtures.demonstrationSample, by: ";")
    #expect(
      !score(semicolons, options: SampleReadOptions(separator: .byte(UInt8(ascii: ";")))).failed)
    let wrong = score(semicolons, options: SampleReadOptions(separator: .comma))
    #expect(wrong.errors.first?.code == "IK0203")
    #expect(wrong.errors.first?.location?.description == "sample.csv:1:1")
  }

  @Test("a row with a separator too many names the separator")
  func fieldCount() {
    let text = separated(Fixtures.demonstrationSample, by: ";")
      .replacingOccurrences(of: "\nB;community", with: "\nB;;community")
    let evaluation = score(text)
    #expect(evaluation.errors.first?.code == "IK0212")
    #expect(evaluation.errors.first?.message.contains("missing or extra ';'") == true)
  }

  @Test("a large semicolon file scored in parts gives the in-order result")
  func parts() throws {
    let rows = Fixtures.demonstrationSample.split(separator: "\n").dropFirst()
    var lines = [String(Fixtures.demonstrationSample.split(separator: "\n")[0])]
    for copy in 0..<100 {
      for row in rows {
        let cells = row.split(separator: ",", omittingEmptySubsequences: false)
        lines.append(
          (["\(cells[0])\(copy)"] + cells.dropFirst().map(String.init)).joined(separator: ","))
      }
    }
    let text = separated(lines.joined(separator: "\n") + "\n", by: ";")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("semicolons-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    func run(threads: Int) throws -> (String, Int) {
      var reader = try CSVSampleReader(path: url.path, plan: Fixtures.demonstration)
      reader.threads = threads
      reader.minimumPartBytes = 1
      let evaluation = Evaluator.evaluate(plan: Fixtures.demonstration, reader: &reader)
      #expect(!evaluation.failed)
      return (ScoreJSONReport.render(evaluation.result), reader.partsScored)
    }
    let (inParts, used) = try run(threads: 4)
    let (inOrder, _) = try run(threads: 1)
    #expect(used == 4)
    #expect(inParts == inOrder)
  }
}
