import InspectionEvaluator
import InspectionSupport
import InspectionTestSupport
import Testing

/// ``ScoreIntervals`` checked against a second, plain implementation written here: its own
/// xoshiro256** and Lemire draw (from the documented method, not the library's generator), its
/// own resampling and counting, the Demonstration framework's section 1 rules written out by
/// hand (80/20 for 1.1, mean for 1.2, mean of criteria for section 1, mean of the RoH-themed
/// questions for the headline) and its own type-7 quantiles.
@Suite("Score intervals (case bootstrap)")
struct ScoreIntervalsTests {
  /// The documented generator of replicate `stream`: xoshiro256** seeded by four SplitMix64
  /// outputs from SplitMix64(seed)'s first output XOR `stream`.
  struct PlainGenerator {
    var s: (UInt64, UInt64, UInt64, UInt64)
    init(seed: UInt64, stream: UInt64) {
      var first = SplitMix64(seed: seed)
      var mix = SplitMix64(seed: first.next() ^ stream)
      s = (mix.next(), mix.next(), mix.next(), mix.next())
    }
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
    mutating func next() -> UInt64 {
      let result = Self.rotl(s.1 &* 5, 7) &* 9
      let t = s.1 << 17
      s.2 ^= s.0
      s.3 ^= s.1
      s.1 ^= s.2
      s.0 ^= s.3
      s.2 ^= t
      s.3 = Self.rotl(s.3, 45)
      return result
    }
    mutating func below(_ bound: UInt64) -> Int {
      var product = next().multipliedFullWidth(by: bound)
      if product.low < bound {
        let threshold = (0 &- bound) % bound
        while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
      }
      return Int(product.high)
    }
  }

  /// A Demonstration sample of 80 cases: the four example rows, their section 1 answers
  /// flipped at random (yes/no), each with its own id.
  static func sample() -> String {
    let rows = Fixtures.demonstrationSample.split(separator: "\n").map(String.init)
    var random = SplitMix64(seed: 99)
    var lines = [rows[0]]
    for index in 0..<80 {
      var fields = rows[1 + index % 4].split(separator: ",", omittingEmptySubsequences: false)
        .map(String.init)
      fields[0] = "K\(index)"
      for column in 3...6 where fields[column] == "yes" || fields[column] == "no" {
        fields[column] = random.uniform(below: 3) == 0 ? "no" : "yes"
      }
      lines.append(fields.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Section 1's scores from per-question (sufficient, relevant) counts, by hand.
  static func plainScores(_ counts: [String: (Int, Int)]) -> [String: Double?] {
    func percent(_ id: String) -> Double? {
      guard let (sufficient, relevant) = counts[id], relevant > 0 else { return nil }
      return 100 * Double(sufficient) / Double(relevant)
    }
    func mean(_ values: [Double?]) -> Double? {
      let defined = values.compactMap { $0 }
      return defined.isEmpty ? nil : defined.reduce(0, +) / Double(defined.count)
    }
    let individual = mean([percent("1.1.a"), percent("1.1.b")])
    let summary = percent("1.1.s")
    let c11: Double? =
      switch (individual, summary) {
      case (let i?, let s?): 0.8 * i + 0.2 * s
      case (let i?, nil): i
      case (nil, let s): s
      }
    let c12 = percent("1.2.a")
    return [
      "1.1": c11, "1.2": c12, "1": mean([c11, c12]),
      "RoH": mean([percent("1.1.a"), percent("1.1.s"), percent("1.2.a")]),
    ]
  }

  static func type7(_ values: [Double], _ probability: Double) -> Double {
    let sorted = values.sorted()
    let h = Double(sorted.count - 1) * probability
    let low = Int(h.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  @Test func intervalsMatchAPlainBootstrap() throws {
    let plan = Fixtures.demonstration
    var reader = CSVSampleReader(
      bytes: Array(Self.sample().utf8), plan: plan, displayName: "sample.csv")
    var options = SampleTally.Options(excludeInvalid: true)
    options.collectCaseEffects = true
    var evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
    #expect(!evaluation.failed)
    let table = evaluation.summary.caseEffects
    #expect(table.caseCount == evaluation.summary.scored)
    #expect(table.caseCount >= 60)
    let ids = plan.questions.map(\.question.id)

    func counts(_ weights: [Int]) -> [String: (Int, Int)] {
      var counts: [String: (Int, Int)] = [:]
      for (caseIndex, weight) in weights.enumerated() where weight > 0 {
        for (position, effect) in table.effects(ofCase: caseIndex).enumerated() {
          var entry = counts[ids[position]] ?? (0, 0)
          if effect == .sufficient { entry = (entry.0 + weight, entry.1 + weight) }
          if effect == .insufficient { entry.1 += weight }
          counts[ids[position]] = entry
        }
      }
      return counts
    }
    // The plain rules give the library's point estimates.
    let whole = Self.plainScores(counts(Array(repeating: 1, count: table.caseCount)))
    for (id, value) in whole {
      let item = try #require(evaluation.result.items.first { $0.id == id })
      #expect(abs((item.value ?? -1) - (value ?? -2)) < 1e-9, "\(id)")
    }

    let replicates = 400
    let seed: UInt64 = 31
    ScoreIntervals(plan: plan, replicates: replicates, seed: seed).apply(
      to: &evaluation.result, effects: table)
    var plain: [String: [Double]] = [:]
    for replicate in 0..<replicates {
      var generator = PlainGenerator(seed: seed, stream: UInt64(replicate))
      var weights = Array(repeating: 0, count: table.caseCount)
      for _ in 0..<table.caseCount { weights[generator.below(UInt64(table.caseCount))] += 1 }
      for (id, value) in Self.plainScores(counts(weights)) {
        if let value { plain[id, default: []].append(value) }
      }
    }
    for id in ["1.1", "1.2", "1", "RoH"] {
      let item = try #require(evaluation.result.items.first { $0.id == id })
      let interval = try #require(item.interval, "\(id) has no interval")
      let values = try #require(plain[id])
      #expect(interval.definedReplicates == values.count, "\(id)")
      #expect(abs(interval.lower - Self.type7(values, 0.025)) < 1e-9, "\(id) lower")
      #expect(abs(interval.upper - Self.type7(values, 0.975)) < 1e-9, "\(id) upper")
      #expect(interval.lower < interval.upper, "\(id)")
    }
  }

  /// A band is not secure exactly when the replicates inside the interval fall in more than
  /// one band; the same seed gives the same intervals, another seed others.
  @Test func bandSecurityAndDeterminism() throws {
    let plan = Fixtures.demonstration
    func scored(seed: UInt64) -> ScoreResult {
      var reader = CSVSampleReader(
        bytes: Array(Self.sample().utf8), plan: plan, displayName: "sample.csv")
      var options = SampleTally.Options(excludeInvalid: true)
      options.collectCaseEffects = true
      var evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
      let intervals = ScoreIntervals(plan: plan, replicates: 300, seed: seed)
      intervals.apply(to: &evaluation.result, effects: evaluation.summary.caseEffects)
      return evaluation.result
    }
    let first = scored(seed: 5)
    #expect(first.items.map(\.interval) == scored(seed: 5).items.map(\.interval))
    #expect(first.items.map(\.interval) != scored(seed: 6).items.map(\.interval))
    for item in first.items where item.band != nil {
      let interval = try #require(item.interval)
      #expect(interval.bandSecure != nil)
    }
    #expect(first.items.filter { $0.interval == nil && $0.value != nil }.isEmpty)
  }
}
