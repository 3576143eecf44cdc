import InspectionStatistics
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// ``CaseIDMerge`` and ``CaseIDRuns``: runs merged back give every hash with how often it
/// occurs, whether they are read from files or memory and however many are merged early.
@Suite struct CaseIDMergeTests {
  static func run(_ hashes: [UInt64], inMemory: Bool = false) throws -> CaseIDRun {
    let sorted = hashes.sorted()
    if inMemory { return CaseIDRun(storage: .memory(sorted), count: sorted.count, level: 0) }
    return try #require(
      sorted.withUnsafeBufferPointer {
        CaseIDRun.write($0, directory: TemporaryFile.defaultDirectory, level: 0)
      })
  }

  static func occurrences(_ runs: [CaseIDRun]) throws -> [(UInt64, Int)] {
    var seen: [(UInt64, Int)] = []
    try #require(CaseIDMerge.merge(runs) { seen.append(($0, $1)) })
    return seen
  }

  @Test(arguments: [false, true])
  func mergingCountsEachHashAcrossRuns(inMemory: Bool) throws {
    let runs = try [[5, 1, 9], [2, 5], [], [9, 5, 7], [UInt64.max, 0]].map {
      try Self.run($0, inMemory: inMemory)
    }
    let merged = try Self.occurrences(runs)
    #expect(merged.map(\.0) == [0, 1, 2, 5, 7, 9, .max])
    #expect(merged.map(\.1) == [1, 1, 1, 3, 1, 2, 1])
    let found = try #require(CaseIDMerge.repeated(in: runs, collecting: true))
    #expect(found.repeated == [5, 9])
    #expect(found.all == [0, 1, 2, 5, 7, 9, .max])
    #expect(CaseIDMerge.repeated(in: runs, collecting: false)?.all == nil)
  }

  @Test func runsLongerThanTheBufferAreReadInPieces() throws {
    var generator = SeededGenerator(seed: 5)
    let hashes = (0..<(CaseIDRun.bufferCount * 2 + 17)).map { _ in generator.next() }
    let runs = [try Self.run(hashes), try Self.run(Array(hashes.prefix(100)))]
    let merged = try Self.occurrences(runs)
    #expect(merged.map(\.0) == Set(hashes).sorted())
    #expect(merged.filter { $0.1 == 2 }.count == 100)
  }

  @Test func fanInRunsOfALevelAreMergedIntoOneKeepingRepeats() throws {
    var runs = CaseIDRuns()
    for number in 0..<(CaseIDRuns.fanIn * CaseIDRuns.fanIn + 3) {
      let hashes: [UInt64] = [UInt64(number) * 2, 1_000_000]
      runs.add(try Self.run(hashes), directory: TemporaryFile.defaultDirectory)
    }
    let total = CaseIDRuns.fanIn * CaseIDRuns.fanIn + 3
    #expect(runs.spills == total)
    #expect(runs.runs.map(\.level).sorted() == [0, 0, 0, 2])
    let merged = try Self.occurrences(runs.runs)
    #expect(merged.count == total + 1)
    #expect(merged.last.map { $0.1 } == total)
  }

  @Test func aRunShorterThanRecordedIsAFailureNotAnAnswer() throws {
    let written = try Self.run([1, 2, 3])
    guard case .file(let file) = written.storage else {
      Issue.record("expected a run in a file")
      return
    }
    let truncated = CaseIDRun(storage: .file(file), count: 10, level: 0)
    #expect(CaseIDMerge.repeated(in: [written, truncated], collecting: true) == nil)
    #expect(CaseIDMerge.combine([truncated], directory: TemporaryFile.defaultDirectory) == nil)
  }
}
