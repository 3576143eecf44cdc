import Foundation
import InspectionSchema
import Testing

@testable import InspectionEvaluator

/// A reader restarted after reading part or all of a sample reads it again from the header,
/// with the same records; one over standard input cannot restart.
@Suite struct SampleRestartTests {
  enum Source: String, CaseIterable, Sendable { case csvBytes, csvFile, jsonBytes, jsonFile }

  static func records(_ reader: inout some SampleReader, limit: Int = .max) -> [String] {
    var seen: [String] = []
    while seen.count < limit, let record = reader.next() {
      switch record {
      case .case(let item): seen.append("case \(item.id) row \(item.origin.row) \(item.answers)")
      case .problem(let diagnostic): seen.append("problem \(diagnostic.rendered)")
      case .rejected(let id, let row, let problem):
        seen.append("rejected \(id) \(row) \(problem.rendered)")
      }
    }
    return seen
  }

  @Test(arguments: Source.allCases, [0, 3, Int.max])
  func aRestartedReaderReadsTheSameRecords(source: Source, readFirst: Int) throws {
    let plan = Fixtures.demonstration
    let cases = DemonstrationCase.sample(count: 20, seed: 21, blanks: true, exclusions: true)
    let json = source == .jsonBytes || source == .jsonFile
    let text = json ? cases.json() : cases.csv() + "X,community\n"
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("restart-\(UUID().uuidString).\(json ? "json" : "csv")")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    func check(_ reader: inout some SampleReader) {
      #expect(reader.canRestart)
      let whole = Self.records(&reader)
      let first = reader.restart()
      _ = Self.records(&reader, limit: readFirst)
      let second = reader.restart()
      #expect(first && second)
      #expect(Self.records(&reader) == whole)
      #expect(whole.count >= 20)
    }
    switch source {
    case .csvBytes:
      var reader = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "s.csv")
      check(&reader)
    case .csvFile:
      var reader = try CSVSampleReader(path: url.path, plan: plan)
      check(&reader)
    case .jsonBytes:
      var reader = JSONSampleReader(bytes: Array(text.utf8), plan: plan, file: "s.json")
      check(&reader)
    case .jsonFile:
      var reader = try JSONSampleReader(path: url.path, plan: plan)
      check(&reader)
    }
  }

  @Test func standardInputCannotRestart() throws {
    var reader = try CSVSampleReader(standardInputWith: Fixtures.demonstration)
    #expect(!reader.canRestart)
    let restarted = reader.restart()
    #expect(!restarted)
  }
}
