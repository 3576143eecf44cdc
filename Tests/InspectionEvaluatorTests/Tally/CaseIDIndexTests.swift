import InspectionStatistics
import Testing

@testable import InspectionEvaluator

/// ``CaseIDIndex`` within a budget: it finds duplicates in the live table at once, spills
/// when full, and in tracking mode records only the hashes it was given.
@Suite struct CaseIDIndexTests {
  /// `count` distinct pseudo-random hashes (never 0 or 1, so stored as themselves).
  static func hashes(_ count: Int, seed: UInt64) -> [UInt64] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in generator.next() | 2 }
  }

  /// Every hash spilled so far, merged, with how often each occurs.
  static func spilled(_ index: CaseIDIndex) throws -> [UInt64: Int] {
    var seen: [UInt64: Int] = [:]
    let complete = CaseIDMerge.merge(index.runs.runs) { seen[$0] = $1 }
    try #require(complete)
    return seen
  }

  @Test(arguments: [16, 64, 1024])
  func aFullTableSpillsItsHashesAndStartsAgain(slots: Int) throws {
    var index = CaseIDIndex()
    index.limit(to: CaseIDBudget(slots: slots))
    let hashes = Self.hashes(slots * 3, seed: UInt64(slots))
    for (row, hash) in hashes.enumerated() { #expect(index.insert(hash, row: row + 1) == nil) }
    let perSpill = slots * 7 / 10 + 1
    #expect(index.runs.spills == hashes.count / perSpill)
    #expect(index.count == hashes.count % perSpill)
    index.spillAll()
    #expect(index.count == 0)
    let spilled = try Self.spilled(index)
    #expect(spilled.count == hashes.count)
    #expect(spilled.values.allSatisfy { $0 == 1 })
  }

  @Test func aDuplicateInTheTableIsFoundAtOnceAndOneSpilledIsFoundByTheMerge() throws {
    var index = CaseIDIndex()
    index.limit(to: CaseIDBudget(slots: 16))
    let hashes = Self.hashes(30, seed: 1)
    for (row, hash) in hashes.prefix(5).enumerated() { _ = index.insert(hash, row: row + 1) }
    #expect(index.insert(hashes[2], row: 6) == 3)
    #expect(index.firstRow(of: hashes[2]) == 3)
    for (row, hash) in hashes.dropFirst(5).enumerated() { _ = index.insert(hash, row: row + 7) }
    #expect(index.runs.spills >= 2)
    #expect(index.insert(hashes[2], row: 99) == nil, "spilled: not seen in the table")
    index.spillAll()
    let spilled = try Self.spilled(index)
    #expect(spilled.filter { $0.value > 1 }.map(\.key) == [hashes[2]])
  }

  @Test func aTrackingTableRecordsOnlyItsHashes() {
    let hashes = Self.hashes(40, seed: 2)
    var index = CaseIDIndex(tracking: Array(hashes.prefix(3)))
    #expect(index.firstRow(of: hashes[0]) == nil)
    #expect(index.insert(hashes[0], row: 7) == nil)
    #expect(index.firstRow(of: hashes[0]) == 7)
    #expect(index.insert(hashes[0], row: 9) == 7)
    for (row, hash) in hashes.dropFirst(3).enumerated() {
      #expect(index.insert(hash, row: row) == nil)
      #expect(index.insert(hash, row: row + 100) == nil, "untracked: known to be unique")
    }
    #expect(index.insert(hashes[1], row: 50) == nil)
    #expect(index.insert(hashes[1], row: 51) == 50)
    #expect(index.count == 3)
  }

  @Test func theHashZeroIsStoredAsOneEverywhere() throws {
    var index = CaseIDIndex()
    index.limit(to: CaseIDBudget(slots: 16))
    _ = index.insert(0, row: 1)
    index.spillAll()
    #expect(try Self.spilled(index) == [1: 1])
    var tracking = CaseIDIndex(tracking: [1])
    #expect(tracking.insert(0, row: 4) == nil)
    #expect(tracking.insert(0, row: 5) == 4)
  }

  @Test func aBudgetGivenLateSpillsWhatTheTableHolds() throws {
    var index = CaseIDIndex()
    let hashes = Self.hashes(100, seed: 3)
    for (row, hash) in hashes.enumerated() { _ = index.insert(hash, row: row + 1) }
    index.limit(to: CaseIDBudget(slots: 64))
    #expect(index.runs.spills == 1)
    #expect(index.count == 0)
    index.spillAll()
    #expect(try Self.spilled(index).count == 100)
  }

  @Test func withoutATemporaryDirectoryTheTableKeepsGrowing() throws {
    var index = CaseIDIndex()
    index.limit(to: CaseIDBudget(slots: 16, directory: "/nonexistent-case-id-directory"))
    let hashes = Self.hashes(200, seed: 4)
    for (row, hash) in hashes.enumerated() { _ = index.insert(hash, row: row + 1) }
    #expect(index.runs.spills == 1, "one run kept in memory, then no budget")
    #expect(index.budget == nil)
    #expect(index.count == 200 - 12)
    #expect(index.insert(hashes[150], row: 500) == 151)
  }
}
