import Foundation
import InspectionReports
import InspectionSchema
import Testing

@testable import InspectionEvaluator

/// A large CSV file may be scored in parts on several threads (``CSVSampleParts``); the result
/// must be exactly that of reading it in order, whatever is in the file and wherever the cuts
/// fall. Parts are forced small here so that tiny files are cut in many places.
@Suite struct CSVSamplePartsTests {
  static let header = CSVRowScorerTests.header

  /// Writes `text` to a temporary file and scores it in order and in up to `threads` parts;
  /// returns both renderings and the number of parts used.
  static func bothWays(
    _ text: String, threads: Int = 4, options: SampleTally.Options = .init()
  ) throws -> (parts: String, inOrder: String, partsUsed: Int) {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("parts-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let plan = Fixtures.demonstration
    func score(_ threads: Int) throws -> (String, Int) {
      var reader = try CSVSampleReader(path: url.path, plan: plan, displayName: "s.csv")
      reader.threads = threads
      reader.minimumPartBytes = 1
      let evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
      let summary = evaluation.summary
      let rendered =
        [
          ScoreJSONReport.render(evaluation.result),
          "cases \(summary.cases) scored \(summary.scored) invalid \(summary.invalidCases)",
          "fingerprint \(summary.fingerprint)", "excluded \(summary.excluded)",
          "ids \(summary.caseIDHashes)",
        ] + summary.diagnostics.map(\.rendered)
      return (rendered.joined(separator: "\n"), reader.partsScored)
    }
    let (parts, used) = try score(threads)
    let (inOrder, none) = try score(1)
    #expect(none == 0)
    return (parts, inOrder, used)
  }

  static func cleanRows(_ count: Int, seed: UInt64) -> [String] {
    let cases = DemonstrationCase.sample(count: count, seed: seed)
    return cases.csv().split(separator: "\n").dropFirst().map(String.init)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func aCleanFileIsScoredInPartsWithTheSameResult(seed: UInt64) throws {
    let text = Self.cleanRows(200, seed: seed).joined(separator: "\n")
    let (parts, inOrder, used) = try Self.bothWays(
      Self.header(withExcluded: true) + "\n" + text + "\n",
      options: .init(collectCaseIDs: true))
    #expect(used == 4)
    #expect(parts == inOrder)
  }

  @Test func crlfLinesAndNoFinalLineBreak() throws {
    let text =
      Self.header(withExcluded: true) + "\r\n"
      + Self.cleanRows(120, seed: 9).joined(separator: "\r\n")
    let (parts, inOrder, used) = try Self.bothWays(text)
    #expect(used > 1)
    #expect(parts == inOrder)
  }

  /// Rows that make every part after the first fall back to reading in order; placed at the
  /// end, so that they are in the last part.
  static let trouble: [(String, String)] = [
    ("an answer not on the scale", "X1,community,medium,maybe,,yes,yes,poor,yes,,,no,no,"),
    ("a duplicate of the first case", "c0,community,medium,no,,yes,yes,poor,yes,,,no,no,"),
    ("an excluded case", "X2,community,medium,no,,yes,yes,poor,yes,,,no,no,moved"),
    ("a wrong field count", "X3,community"),
    ("an unclosed quote", "X4,\"community,medium"),
  ]

  @Test(arguments: trouble)
  func troubleInALaterPartGivesTheInOrderResult(trouble: (String, String)) throws {
    let rows =
      Self.cleanRows(150, seed: 4) + [trouble.1] + Self.cleanRows(5, seed: 5).map { "z" + $0 }
    let text = Self.header(withExcluded: true) + "\n" + rows.joined(separator: "\n") + "\n"
    for options in CSVRowScorerTests.optionSets {
      let (parts, inOrder, used) = try Self.bothWays(text, options: options)
      #expect(parts == inOrder, "\(trouble.0)")
      #expect(used == 0, "\(trouble.0): read in order")
    }
  }

  @Test func blankLinesAndQuotedFieldsInALaterPartAreFine() throws {
    let rows =
      Self.cleanRows(150, seed: 8) + ["", "X5,\"community\",medium,no,,yes,yes,poor,yes,,,no,no,"]
    let text = Self.header(withExcluded: true) + "\n" + rows.joined(separator: "\n") + "\n"
    let (parts, inOrder, used) = try Self.bothWays(text)
    #expect(used > 1)
    #expect(parts == inOrder)
  }

  @Test func aDuplicateAcrossPartsIsReportedAsInOrder() throws {
    // The same case near the start and near the end: each part is clean on its own.
    let rows = Self.cleanRows(150, seed: 6)
    let text =
      Self.header(withExcluded: true) + "\n"
      + (rows + [rows[3]]).joined(separator: "\n") + "\n"
    let (parts, inOrder, used) = try Self.bothWays(text)
    #expect(used == 0)
    #expect(parts == inOrder)
    #expect(inOrder.contains("is listed twice"))
  }

  @Test func aCutInsideAQuotedFieldIsCaught() throws {
    // Every row has a quoted id holding line breaks, so most cuts fall inside quotes.
    let rows = Self.cleanRows(100, seed: 7).enumerated().map { row in
      "\"id \(row.offset)\n\n\n\n\"" + row.element.drop { $0 != "," }
    }
    let text = Self.header(withExcluded: true) + "\n" + rows.joined(separator: "\n") + "\n"
    let (parts, inOrder, _) = try Self.bothWays(text)
    #expect(parts == inOrder)
    #expect(!inOrder.contains("error"))
  }

  @Test func cutsFallJustAfterLineBreaks() throws {
    let text = "h\n" + String(repeating: "abcdefghi\n", count: 100)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("cuts-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let cuts = CSVSampleParts.cuts(path: url.path, from: 2, to: text.utf8.count, parts: 4)
    #expect(cuts.count == 5)
    #expect(cuts.first == 2)
    #expect(cuts.last == text.utf8.count)
    let bytes = Array(text.utf8)
    for cut in cuts.dropFirst().dropLast() { #expect(bytes[cut - 1] == UInt8(ascii: "\n")) }
    #expect(
      CSVSampleParts.cuts(path: url.path, from: 2, to: text.utf8.count, parts: 1) == [
        2, text.utf8.count,
      ])
  }

  static func header(withExcluded: Bool) -> String {
    withExcluded ? header + ",excluded" : header
  }
}
