import Testing

@testable import InspectionStatistics

@Suite struct MultipleTestingTests {
  /// Reference vectors: Holm as R's `p.adjust(p, "holm")` (computed by hand from its
  /// definition), Benjamini–Hochberg from SciPy 1.17 `scipy.stats.false_discovery_control(p)`.
  /// `esi` is the 24 rounded p-values of the ESI West Midlands baseline/follow-up example.
  static let vectors: [(name: String, p: [Double], holm: [Double], bh: [Double])] = [
    ("four", [0.01, 0.04, 0.03, 0.005], [0.03, 0.06, 0.06, 0.02], [0.02, 0.04, 0.04, 0.02]),
    (
      "ties", [0.02, 0.02, 0.02, 0.5], [0.08, 0.08, 0.08, 0.5], [0.08 / 3, 0.08 / 3, 0.08 / 3, 0.5]
    ),
    ("one", [0.03], [0.03], [0.03]),
    ("empty", [], [], []),
    (
      "esi",
      [
        0.0129, 0.8230, 0.0707, 0.0421, 0.0406, 0.0016, 0.0877, 1.0, 0.0009, 0.1662, 0.6219,
        0.1624, 0.0247, 0.0269, 1.0, 0.6567, 1.0, 0.0016, 0.00001, 0.6110, 0.8116, 0.1151, 0.3675,
        0.0432,
      ],
      [
        0.258, 1, 0.9898, 0.6902, 0.6902, 0.0352, 1, 1, 0.0207, 1, 1, 1, 0.4693, 0.4842, 1, 1, 1,
        0.0352, 0.00024, 1, 1, 1, 1, 0.6902,
      ],
      [
        0.06192, 0.9405714285714285, 0.15425454545454545, 0.10368, 0.10368, 0.0096, 0.1754, 1,
        0.0096, 0.26592, 0.8292, 0.26592, 0.09222857142857142, 0.09222857142857142, 1,
        0.8295157894736841, 1, 0.0096, 0.00024, 0.8292, 0.9405714285714285, 0.2124923076923077,
        0.55125, 0.10368,
      ]
    ),
  ]

  @Test func matchesReferenceVectors() throws {
    for vector in Self.vectors {
      let holm = try #require(MultipleTesting.holm(vector.p), "\(vector.name)")
      let bh = try #require(MultipleTesting.benjaminiHochberg(vector.p), "\(vector.name)")
      #expect(holm.count == vector.p.count, "\(vector.name)")
      for (index, expected) in vector.holm.enumerated() {
        #expect(abs(holm[index] - expected) < 1e-12, "\(vector.name) Holm [\(index)]")
      }
      for (index, expected) in vector.bh.enumerated() {
        #expect(abs(bh[index] - expected) < 1e-12, "\(vector.name) BH [\(index)]")
      }
    }
  }

  @Test func adjustedValuesNeverFallBelowTheRawOnesAndHolmIsTheStricter() throws {
    var random = SeededGenerator(seed: 17)
    for round in 0..<50 {
      let count = Int(random.uniform(below: 30)) + 1
      let p = (0..<count).map { _ in Double(random.uniform(below: 10_001)) / 10_000 }
      let holm = try #require(MultipleTesting.holm(p))
      let bh = try #require(MultipleTesting.benjaminiHochberg(p))
      for index in p.indices {
        // Up to rounding: m · p / m may come out one unit in the last place below p.
        #expect(holm[index] >= p[index] * (1 - 1e-12) && holm[index] <= 1, "round \(round)")
        #expect(bh[index] >= p[index] * (1 - 1e-12) && bh[index] <= 1, "round \(round)")
        #expect(bh[index] <= holm[index] * (1 + 1e-12), "round \(round)")
      }
      // Monotone: a smaller raw p-value never gets a larger adjusted one.
      for a in p.indices {
        for b in p.indices where p[a] < p[b] {
          #expect(holm[a] <= holm[b] && bh[a] <= bh[b], "round \(round)")
        }
      }
    }
  }

  @Test func refusesValuesThatAreNotProbabilities() {
    for bad in [[0.2, -0.1], [1.5], [Double.nan], [Double.infinity]] {
      #expect(MultipleTesting.holm(bad) == nil)
      #expect(MultipleTesting.benjaminiHochberg(bad) == nil)
    }
  }

  @Test func methodsByName() {
    #expect(MultipleTesting.Method(rawValue: "holm") == .holm)
    #expect(MultipleTesting.Method(rawValue: "bh") == .benjaminiHochberg)
    #expect(MultipleTesting.Method.benjaminiHochberg.adjust([0.01, 0.04]) == [0.02, 0.04])
  }
}

@Suite struct NewcombeIntervalTests {
  /// Newcombe (1998), examples (a) and (c), method 10 (4 decimals), and values computed from the
  /// definition over `WilsonInterval` (Python, double precision). Each is second − first.
  static let references: [(first: (Int, Int), second: (Int, Int), lower: Double, upper: Double)] =
    [
      ((48, 80), (56, 70), 0.052_431_472_402_365_065, 0.333_872_654_036_906),
      ((5, 56), (0, 29), -0.192_560_013_855_111_62, 0.038_137_147_903_536_88),
      ((15, 30), (9, 10), 0.052_313_953_266_691_415, 0.587_410_417_717_634),
      ((0, 10), (0, 20), -0.277_532_799_862_889_2, 0.161_125_158_052_819_38),
      ((10, 10), (0, 10), -1, -0.607_509_350_430_524_2),
      ((29, 40), (38, 40), 0.063_099_880_068_714_78, 0.382_559_611_151_547_46),
    ]

  @Test func matchesReferences() throws {
    for reference in Self.references {
      let interval = try #require(
        NewcombeInterval(first: reference.first, second: reference.second))
      #expect(
        abs(interval.lower - reference.lower) < 1e-12, "\(reference.first) \(reference.second)")
      #expect(
        abs(interval.upper - reference.upper) < 1e-12, "\(reference.first) \(reference.second)")
    }
    let a = try #require(NewcombeInterval(first: (48, 80), second: (56, 70)))
    #expect((a.lower * 10_000).rounded() == 524 && (a.upper * 10_000).rounded() == 3339)
  }

  @Test func noTrialsNoInterval() {
    #expect(NewcombeInterval(first: (0, 0), second: (3, 4)) == nil)
    #expect(NewcombeInterval(first: (5, 4), second: (3, 4)) == nil)
  }
}
