import Testing

@testable import InspectionStatistics

@Suite struct BootstrapTests {
  @Test func countsAndIndicesAgree() {
    let bootstrap = Bootstrap(caseCount: 50, replicateCount: 20, seed: 11)
    for replicate in 0..<bootstrap.replicateCount {
      let indices = bootstrap.indices(forReplicate: replicate)
      let counts = bootstrap.counts(forReplicate: replicate)
      #expect(indices.count == 50)
      #expect(counts.reduce(0, +) == 50)
      var tally = [Int](repeating: 0, count: 50)
      for index in indices { tally[index] += 1 }
      #expect(tally == counts)
    }
  }

  @Test func resamplesAreFixedBySeed() {
    // Pinned: the documented algorithm must never change silently.
    let bootstrap = Bootstrap(caseCount: 10, replicateCount: 2, seed: 2024)
    let again = Bootstrap(caseCount: 10, replicateCount: 2, seed: 2024)
    #expect(bootstrap.indices(forReplicate: 0) == again.indices(forReplicate: 0))
    #expect(bootstrap.indices(forReplicate: 0) != bootstrap.indices(forReplicate: 1))
    #expect(bootstrap.indices(forReplicate: 0) == Self.pinnedReplicate0)
  }

  /// `Bootstrap(caseCount: 10, replicateCount: 2, seed: 2024).indices(forReplicate: 0)`,
  /// computed independently in Python from the documented algorithm.
  static let pinnedReplicate0 = [7, 3, 1, 0, 8, 7, 7, 4, 8, 6]

  @Test func replicatesAreOrderIndependent() {
    let bootstrap = Bootstrap(caseCount: 30, replicateCount: 5, seed: 5)
    let forward = bootstrap.replicates { $0 }
    #expect(forward.count == 5)
    for replicate in (0..<5).reversed() {
      #expect(bootstrap.counts(forReplicate: replicate) == forward[replicate])
    }
  }

  @Test func bootstrapOfAProportionCoversTheEstimate() throws {
    // 30 successes out of 100 cases.
    let outcomes = (0..<100).map { $0 < 30 }
    let bootstrap = Bootstrap(caseCount: 100, replicateCount: 2_000, seed: 1)
    let rates = bootstrap.replicates { counts in
      Double(zip(counts, outcomes).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }) / 100
    }
    let interval = try #require(Bootstrap.percentileInterval(rates))
    #expect(interval.lower < 0.3 && interval.upper > 0.3)
    // Close to the Wilson interval (0.219, 0.396) for this sample.
    #expect(abs(interval.lower - 0.21) < 0.03 && abs(interval.upper - 0.39) < 0.03)
  }

  @Test func percentileIntervalUsesType7() throws {
    let values: [Double] = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    let interval = try #require(Bootstrap.percentileInterval(values))
    #expect(abs(interval.lower - 1.225) < 1e-12)
    #expect(abs(interval.upper - 9.775) < 1e-12)
    let eighty = try #require(Bootstrap.percentileInterval(values, level: 0.8))
    #expect(abs(eighty.lower - 1.9) < 1e-12 && abs(eighty.upper - 9.1) < 1e-12)
  }

  @Test func percentileIntervalRejectsBadInput() {
    #expect(Bootstrap.percentileInterval([]) == nil)
    #expect(Bootstrap.percentileInterval([1, .nan]) == nil)
    #expect(Bootstrap.percentileInterval([1, 2], level: 1.5) == nil)
  }

  @Test func emptySampleHasEmptyResamples() {
    let bootstrap = Bootstrap(caseCount: 0, replicateCount: 3, seed: 1)
    #expect(bootstrap.indices(forReplicate: 0).isEmpty)
    #expect(bootstrap.counts(forReplicate: 2).isEmpty)
    #expect(Bootstrap(caseCount: -4, replicateCount: -1, seed: 0).replicates { $0 }.isEmpty)
  }
}
