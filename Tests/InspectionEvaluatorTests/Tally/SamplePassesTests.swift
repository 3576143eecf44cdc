import Foundation
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// With the case-id table bounded (``CaseIDBudget``), a sample must score exactly as with a
/// table holding every id: same report, counts, fingerprint, exclusions, case-id hashes and
/// diagnostics in the same order, however the ids are spread and however the sample is read.
/// The budget is forced tiny here (16 slots: a spill every 12 ids) so that every sample spills
/// many times, and the tests check that it did.
@Suite struct SamplePassesTests {
  /// A tiny budget: 16 slots, so spills (and merges of runs) happen every few cases.
  static let tiny = CaseIDBudget(slots: 16)

  /// Samples, each with whether a duplicate's first occurrence is spilled before it is read
  /// (so that a second pass is needed).
  static let samples: [(name: String, cases: [DemonstrationCase], hidden: Bool)] = {
    let clean = DemonstrationCase.sample(count: 300, seed: 11)
    let messy = DemonstrationCase.sample(count: 300, seed: 12, blanks: true, exclusions: true)
    func repeating(_ cases: [DemonstrationCase], _ id: Int, at positions: [Int])
      -> [DemonstrationCase]
    {
      var result = cases
      for position in positions.sorted(by: >) {
        var copy = cases[(id + position) % cases.count]
        copy.id = cases[id].id
        result.insert(copy, at: position)
      }
      return result
    }
    return [
      ("clean", clean, false),
      ("a duplicate far apart", repeating(clean, 3, at: [300]), true),
      ("an id three times", repeating(clean, 5, at: [150, 299]), true),
      ("a duplicate within the window", repeating(clean, 1, at: [2]), false),
      ("duplicates near and far", repeating(messy, 0, at: [1, 120, 240]), true),
      ("blanks and exclusions", messy, false),
    ]
  }()

  static let optionSets: [SampleTally.Options] = [
    .init(), .init(collectCaseIDs: true),
    .init(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true),
  ]

  /// How a sample is given to the evaluator.
  enum Source: String, CaseIterable, Sendable {
    case csvBytes, csvFile, csvParts, jsonBytes, jsonFile
  }

  /// The evaluation rendered in full, the spill report, and how many parts were used.
  struct Scored {
    var rendered: String
    var report: SamplePasses.Report
    var parts = 0
  }

  static func render(_ evaluation: Evaluation) -> String {
    let summary = evaluation.summary
    return
      ([
        ScoreJSONReport.render(evaluation.result),
        "cases \(summary.cases) scored \(summary.scored) invalid \(summary.invalidCases)",
        "fingerprint \(summary.fingerprint)", "excluded \(summary.excluded)",
        "incomplete \(summary.incomplete)", "ids \(summary.caseIDHashes)",
        "suppressed \(summary.suppressed)", "failed \(evaluation.failed)",
      ] + summary.diagnostics.map(\.rendered)).joined(separator: "\n")
  }

  /// Scores `cases` from `source` under `budget` (`nil`: unlimited).
  static func score(
    _ cases: [DemonstrationCase], from source: Source, options: SampleTally.Options,
    budget: CaseIDBudget?
  ) throws -> Scored {
    let plan = Fixtures.demonstration
    let text = source == .jsonBytes || source == .jsonFile ? cases.json() : cases.csv()
    switch source {
    case .csvBytes:
      var reader = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "s.csv")
      let (evaluation, report) = Evaluator.evaluate(
        plan: plan, reader: &reader, options: options, caseIDBudget: budget)
      return Scored(rendered: render(evaluation), report: report)
    case .jsonBytes:
      var reader = JSONSampleReader(bytes: Array(text.utf8), plan: plan, file: "s.json")
      let (evaluation, report) = Evaluator.evaluate(
        plan: plan, reader: &reader, options: options, caseIDBudget: budget)
      return Scored(rendered: render(evaluation), report: report)
    case .csvFile, .csvParts, .jsonFile:
      let suffix = source == .jsonFile ? "json" : "csv"
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("passes-\(UUID().uuidString).\(suffix)")
      try Data(text.utf8).write(to: url)
      defer { try? FileManager.default.removeItem(at: url) }
      if source == .jsonFile {
        var reader = try JSONSampleReader(path: url.path, plan: plan, displayName: "s.json")
        let (evaluation, report) = Evaluator.evaluate(
          plan: plan, reader: &reader, options: options, caseIDBudget: budget)
        return Scored(rendered: render(evaluation), report: report)
      }
      var reader = try CSVSampleReader(path: url.path, plan: plan, displayName: "s.csv")
      reader.threads = source == .csvParts ? 4 : 1
      reader.minimumPartBytes = 1
      let (evaluation, report) = Evaluator.evaluate(
        plan: plan, reader: &reader, options: options, caseIDBudget: budget)
      return Scored(rendered: render(evaluation), report: report, parts: reader.partsScored)
    }
  }

  @Test
  func aTinyBudgetScoresExactlyAsAnUnlimitedTable() throws {
    for source in Source.allCases {
      for options in Self.optionSets {
        for sample in Self.samples {
          let bounded = try Self.score(
            sample.cases, from: source, options: options, budget: Self.tiny)
          let unlimited = try Self.score(sample.cases, from: source, options: options, budget: nil)
          #expect(bounded.rendered == unlimited.rendered, "\(sample.name)")
          #expect(bounded.report.spills > 10, "\(sample.name): the table must have spilled")
          #expect(unlimited.report == SamplePasses.Report(spills: 0, passes: 1), "\(sample.name)")
          #expect(bounded.report.passes == (sample.hidden ? 2 : 1), "\(sample.name)")
        }
      }
    }
  }

  @Test func duplicatesAreReportedWithTheirFirstRowsAfterASecondPass() throws {
    let sample = try #require(Self.samples.first { $0.name == "an id three times" })
    let bounded = try Self.score(sample.cases, from: .csvBytes, options: .init(), budget: Self.tiny)
    #expect(bounded.report.passes == 2)
    for row in [151, 301] {
      let message = "case 'c5' (row \(row)) is listed twice; it first appears in row 6"
      #expect(bounded.rendered.contains(message))
    }
  }

  @Test func aCleanFileIsStillScoredInPartsWhenEachPartSpills() throws {
    let cases = DemonstrationCase.sample(count: 400, seed: 13)
    let bounded = try Self.score(cases, from: .csvParts, options: .init(), budget: Self.tiny)
    let inOrder = try Self.score(cases, from: .csvFile, options: .init(), budget: nil)
    #expect(bounded.parts == 4)
    #expect(bounded.report.spills > 10)
    #expect(bounded.report.passes == 1)
    #expect(bounded.rendered == inOrder.rendered)
  }

  @Test func aDuplicateAcrossSpilledPartsIsFoundByTheMerge() throws {
    var cases = DemonstrationCase.sample(count: 400, seed: 14)
    cases[399].id = cases[2].id  // first part and last part: each clean on its own
    let bounded = try Self.score(cases, from: .csvParts, options: .init(), budget: Self.tiny)
    let inOrder = try Self.score(cases, from: .csvFile, options: .init(), budget: nil)
    #expect(bounded.report.passes == 2)
    #expect(bounded.parts == 0, "the second pass reads in order")
    #expect(bounded.rendered == inOrder.rendered)
    #expect(inOrder.rendered.contains("is listed twice"))
  }

  @Test func aReaderThatCannotRestartNeverSpills() throws {
    let plan = Fixtures.demonstration
    let sample = try #require(Self.samples.first { $0.name == "a duplicate far apart" })
    let text = Array(sample.cases.csv().utf8)
    var general = GeneralPath(base: CSVSampleReader(bytes: text, plan: plan, displayName: "s.csv"))
    #expect(!general.canRestart)
    let (evaluation, report) = Evaluator.evaluate(
      plan: plan, reader: &general, options: .init(), caseIDBudget: Self.tiny)
    #expect(report == SamplePasses.Report(spills: 0, passes: 1))
    let unlimited = try Self.score(sample.cases, from: .csvBytes, options: .init(), budget: nil)
    #expect(Self.render(evaluation) == unlimited.rendered)
    #expect(try !CSVSampleReader(standardInputWith: plan).canRestart)
  }

  @Test func aFailedRestartIsAnErrorNotAWrongCount() throws {
    let plan = Fixtures.demonstration
    let sample = try #require(Self.samples.first { $0.name == "a duplicate far apart" })
    var reader = NoSecondPass(
      base: CSVSampleReader(bytes: Array(sample.cases.csv().utf8), plan: plan, displayName: "s"))
    let (evaluation, report) = Evaluator.evaluate(
      plan: plan, reader: &reader, options: .init(excludeInvalid: true), caseIDBudget: Self.tiny)
    #expect(report.passes == 2)
    #expect(evaluation.failed)
    #expect(evaluation.errors.map(\.code) == [DiagnosticCode.unreadableSample.code])
  }

  @Test func withoutATemporaryDirectoryTheIdsStayInMemoryAndTheAnswerIsTheSame() throws {
    let nowhere = CaseIDBudget(slots: 16, directory: "/nonexistent-\(UUID().uuidString)")
    for sample in Self.samples {
      let bounded = try Self.score(
        sample.cases, from: .csvBytes, options: .init(collectCaseIDs: true), budget: nowhere)
      let unlimited = try Self.score(
        sample.cases, from: .csvBytes, options: .init(collectCaseIDs: true), budget: nil)
      #expect(bounded.rendered == unlimited.rendered, "\(sample.name)")
      #expect(bounded.report.spills == 1, "\(sample.name): one run in memory, then no budget")
      #expect(bounded.report.passes == (sample.hidden ? 2 : 1), "\(sample.name)")
    }
  }

  @Test func spilledRunsLeaveNoFileBehind() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("passes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sample = try #require(Self.samples.first { $0.name == "an id three times" })
    let budget = CaseIDBudget(slots: 16, directory: directory.path)
    let bounded = try Self.score(sample.cases, from: .csvBytes, options: .init(), budget: budget)
    #expect(bounded.report.spills > 10)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }
}

/// A reader that claims it can restart but fails to: the evaluator must not trust the first
/// pass's counts then.
struct NoSecondPass<Base: SampleReader>: SampleReader {
  var base: Base
  mutating func next() -> SampleRecord? { base.next() }
  var canRestart: Bool { true }
  mutating func restart() -> Bool { false }
}
