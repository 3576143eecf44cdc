import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionStatistics
import InspectionSupport
import Testing

/// Seeded random samples over the Demonstration framework: the invariants every sample keeps.
@Suite struct SamplePropertyTests {
  /// The seeds in three batches: one test case per batch keeps `swift test` output short.
  static let seedBatches: [ClosedRange<UInt64>] = [1...8, 9...16, 17...24]
  let plan = Fixtures.demonstration

  /// A case count between 1 and 60 drawn from `seed`.
  static func size(_ seed: UInt64) -> Int {
    var generator = SeededGenerator(seed: seed, stream: 99)
    return Int(generator.uniform(below: 60)) + 1
  }

  static func report(_ evaluation: Evaluation) -> String {
    ScoreJSONReport.render(evaluation.result)
  }

  /// The report without excluded cases' row numbers and without warnings: the parts that may
  /// legitimately differ when the same cases come from differently arranged files.
  static func reportIgnoringRowsAndWarnings(_ result: ScoreResult) -> String {
    guard case .object(var top) = ScoreJSONReport.value(result),
      case .object(var sample)? = top["sample"], case .array(let excluded)? = sample["excluded"]
    else { return "unexpected report shape" }
    sample["excluded"] = .array(
      excluded.map { entry in
        guard case .object(var members) = entry else { return entry }
        members["row"] = nil
        return .object(members)
      })
    top["sample"] = .object(sample)
    top["warnings"] = nil
    return CanonicalJSON.pretty(.object(top))
  }

  @Test func generatorReachesEveryPath() {
    // The properties below mean something only if the samples exercise every branch.
    let all = Self.seedBatches.joined().flatMap {
      DemonstrationCase.sample(count: Self.size($0), seed: $0, blanks: true, exclusions: true)
    }
    #expect(all.contains { $0.excluded != nil })
    #expect(all.contains { $0.effects.contains(.unanswered) })
    #expect(all.contains { $0.effects[7] != .notRelevant })  // 2.2.b relevant
    #expect(all.contains { $0.caseType == "custody" && $0.answers[6] == "yes" })
    #expect(all.contains { $0.answers.contains("na") })
  }

  // MARK: Accounting

  @Test(arguments: seedBatches)
  func accountingAddsUp(seeds: ClosedRange<UInt64>) throws {
    for seed in seeds {
      let cases = DemonstrationCase.sample(
        count: Self.size(seed), seed: seed, blanks: true, exclusions: true)
      let evaluation = Fixtures.scoreCSV(
        cases.csv(), plan: plan, options: .init(allowIncomplete: true))
      #expect(!evaluation.failed, "\(evaluation.errors.map { $0.rendered })")
      let result = evaluation.result
      let kept = cases.filter { $0.excluded == nil }
      #expect(result.sample.cases == cases.count)
      #expect(result.sample.cases == result.sample.scored + result.sample.excluded.count)
      #expect(result.sample.scored == kept.count)
      for (index, question) in result.questions.enumerated() {
        let tally = question.tally
        #expect(tally.relevant + tally.notRelevant + tally.unanswered == result.sample.scored)
        #expect(tally.sufficient + tally.insufficient == tally.relevant)
        // The counts the generator expects, worked out without the evaluator.
        let effects = kept.map { $0.effects[index] }
        let expected = QuestionTally(
          sufficient: effects.count { $0 == .sufficient },
          insufficient: effects.count { $0 == .insufficient },
          notRelevant: effects.count { $0 == .notRelevant },
          unanswered: effects.count { $0 == .unanswered })
        #expect(tally == expected, "question \(question.id)")
      }
      let blanks = kept.reduce(0) { $0 + $1.effects.count { $0 == .unanswered } }
      #expect(result.sample.incomplete.count == blanks)
    }
  }

  // MARK: Merging partial results

  /// Scores `cases` as two files split at a seeded point, merges the partial results and
  /// finishes them, as `inspect score --partial` and `inspect merge` do.
  func mergedSplit(
    _ cases: [DemonstrationCase], seed: UInt64, options: SampleTally.Options = .init()
  ) throws -> Evaluation {
    var generator = SeededGenerator(seed: seed, stream: 7)
    let cut = Int(generator.uniform(below: UInt64(cases.count + 1)))
    let parts = [Array(cases[..<cut]), Array(cases[cut...])].filter { !$0.isEmpty }
    var collecting = options
    collecting.collectCaseIDs = true
    let partials = parts.enumerated().map { index, part in
      PartialResultFile(
        result: PartialResult(
          summary: Fixtures.scoreCSV(part.csv(), plan: plan, options: collecting).summary,
          plan: plan),
        file: "part\(index + 1).json")
    }
    let merged = try PartialResult.merge(partials)
    return Evaluator.finish(plan: plan, summary: try merged.summary(plan: plan))
  }

  @Test(arguments: seedBatches)
  func mergingASplitEqualsScoringTheWhole(seeds: ClosedRange<UInt64>) throws {
    for seed in seeds {
      let cases = DemonstrationCase.sample(count: Self.size(seed), seed: seed)
      let whole = Fixtures.scoreCSV(cases.csv(), plan: plan)
      #expect(!whole.failed)
      let merged = try mergedSplit(cases, seed: seed)
      // Clean samples: byte for byte, fingerprint and warnings included.
      #expect(Self.report(merged) == Self.report(whole))
    }
  }

  @Test(arguments: seedBatches)
  func mergingWithExclusionsAndIncompleteAnswers(seeds: ClosedRange<UInt64>) throws {
    for seed in seeds {
      let cases = DemonstrationCase.sample(
        count: Self.size(seed), seed: seed, blanks: true, exclusions: true)
      let options = SampleTally.Options(allowIncomplete: true)
      let whole = Fixtures.scoreCSV(cases.csv(), plan: plan, options: options)
      let merged = try mergedSplit(cases, seed: seed, options: options)
      // Excluded cases keep the row of their own file, and partial results carry no
      // diagnostics (the IK0216 warnings stay with each part's run), so rows and warnings are
      // left out of the comparison; every count, score, band and the fingerprint must agree.
      #expect(
        Self.reportIgnoringRowsAndWarnings(merged.result)
          == Self.reportIgnoringRowsAndWarnings(whole.result))
      #expect(merged.result.sample.fingerprint == whole.result.sample.fingerprint)
      #expect(merged.result.sample.excluded.map(\.id) == whole.result.sample.excluded.map(\.id))
    }
  }

  @Test func mergingRefusesACaseScoredTwice() throws {
    let cases = DemonstrationCase.sample(count: 5, seed: 3)
    let summary = Fixtures.scoreCSV(
      cases.csv(), plan: plan, options: SampleTally.Options(collectCaseIDs: true)
    ).summary
    let partial = PartialResultFile(
      result: PartialResult(summary: summary, plan: plan), file: "part.json")
    #expect(throws: PartialResultError.self) { try PartialResult.merge([partial, partial]) }
  }

  // MARK: Order and layout

  @Test(arguments: seedBatches)
  func shufflingCasesChangesNoByte(seeds: ClosedRange<UInt64>) {
    for seed in seeds {
      let cases = DemonstrationCase.sample(count: Self.size(seed), seed: seed)
      var shuffled = cases
      var generator = SeededGenerator(seed: seed, stream: 3)
      shuffled.shuffle(using: &generator)
      #expect(
        Self.report(Fixtures.scoreCSV(shuffled.csv(), plan: plan))
          == Self.report(Fixtures.scoreCSV(cases.csv(), plan: plan)))
    }
  }

  @Test(arguments: seedBatches)
  func shufflingWithExclusionsChangesOnlyRows(seeds: ClosedRange<UInt64>) {
    for seed in seeds {
      let cases = DemonstrationCase.sample(
        count: Self.size(seed), seed: seed, blanks: true, exclusions: true)
      var shuffled = cases
      var generator = SeededGenerator(seed: seed, stream: 3)
      shuffled.shuffle(using: &generator)
      let options = SampleTally.Options(allowIncomplete: true)
      // An excluded case's row is where it is in the file, and warnings are located, so those
      // move with the case; nothing else may.
      #expect(
        Self.reportIgnoringRowsAndWarnings(
          Fixtures.scoreCSV(shuffled.csv(), plan: plan, options: options).result)
          == Self.reportIgnoringRowsAndWarnings(
            Fixtures.scoreCSV(cases.csv(), plan: plan, options: options).result))
    }
  }

  @Test(arguments: seedBatches)
  func csvAndJSONGiveTheSameReport(seeds: ClosedRange<UInt64>) {
    for seed in seeds {
      let cases = DemonstrationCase.sample(count: Self.size(seed), seed: seed, exclusions: true)
      let csv = Fixtures.scoreCSV(cases.csv(), plan: plan)
      let json = Fixtures.scoreJSON(cases.json(), plan: plan)
      #expect(!csv.failed && !json.failed, "\(json.errors.map { $0.rendered })")
      #expect(csv.result.sample.fingerprint == json.result.sample.fingerprint)
      // JSON rows are case positions, as CSV rows are, so even excluded rows agree.
      #expect(Self.report(csv) == Self.report(json))
    }
  }
}
