import InspectionSchema
import InspectionSupport

/// Scores samples against framework documents: the entry point of the evaluator.
///
/// It streams the sample through a ``SampleTally``, computes every score with a
/// ``ScoreCalculator``, and gathers what went wrong. A sample with errors fails as a whole
/// (unless invalid cases are excluded), so nothing is ever scored silently.
///
/// Memory does not grow with the number of cases when the reader can read the sample again
/// (``SampleReader/canRestart``: a file or bytes): case ids beyond a fixed budget are written
/// to a temporary file, and in the rare sample where a duplicate id hid there, the sample is
/// read a second time to report it exactly (``SamplePasses``). From standard input, which
/// cannot be read twice, the case-id table grows with the sample (17 to 34 bytes a case).
///
/// ```swift
/// let plan = try ScoringPlan(document, fingerprint: fingerprint)
/// var reader = try CSVSampleReader(path: "sample.csv", plan: plan)
/// let evaluation = Evaluator.evaluate(plan: plan, reader: &reader)
/// if evaluation.failed { evaluation.errors.forEach { print($0.rendered) } }
/// ```
public enum Evaluator {
  /// Reads the whole sample from `reader` and scores it.
  public static func evaluate(
    plan: ScoringPlan, reader: inout some SampleReader,
    options: SampleTally.Options = SampleTally.Options(),
    judgements: [String: RecordedJudgement] = [:], judgementDiagnostics: [Diagnostic] = [],
    minimumGroupSize: Int = BreakdownScore.defaultMinimumGroupSize
  ) -> Evaluation {
    evaluate(
      plan: plan, reader: &reader, options: options, judgements: judgements,
      judgementDiagnostics: judgementDiagnostics, caseIDBudget: .standard,
      minimumGroupSize: minimumGroupSize
    ).evaluation
  }

  /// Reads and scores the sample with the case-id table limited to `caseIDBudget` (`nil`:
  /// unlimited) when the reader can restart, reporting how it went (spills, passes).
  static func evaluate(
    plan: ScoringPlan, reader: inout some SampleReader, options: SampleTally.Options,
    judgements: [String: RecordedJudgement] = [:], judgementDiagnostics: [Diagnostic] = [],
    caseIDBudget: CaseIDBudget?, minimumGroupSize: Int = BreakdownScore.defaultMinimumGroupSize
  ) -> (evaluation: Evaluation, report: SamplePasses.Report) {
    let (summary, report) = SamplePasses.tally(
      plan: plan, reader: &reader, options: options, budget: caseIDBudget)
    let evaluation = finish(
      plan: plan, summary: summary, judgements: judgements,
      judgementDiagnostics: judgementDiagnostics, minimumGroupSize: minimumGroupSize)
    return (evaluation, report)
  }

  /// Scores an accumulated (or merged) tally.
  ///
  /// Each breakdown of `summary` is scored group by group (``BreakdownScore``), a group with
  /// fewer than `minimumGroupSize` scored cases suppressed.
  public static func finish(
    plan: ScoringPlan, summary: TallySummary, judgements: [String: RecordedJudgement] = [:],
    judgementDiagnostics: [Diagnostic] = [],
    minimumGroupSize: Int = BreakdownScore.defaultMinimumGroupSize
  ) -> Evaluation {
    let calculator = ScoreCalculator(plan: plan)
    var result = calculator.result(from: summary, judgements: judgements)
    result.breakdowns = summary.breakdowns.map {
      BreakdownScore($0, calculator: calculator, minimumGroupSize: minimumGroupSize)
    }
    result.provenanceMarks = ProvenanceMarks(plan.document)
    let all =
      summary.diagnostics + judgementDiagnostics + overridesBeyondReach(result, plan.document)
    let errors = all.filter(\.isError)
    var warnings = all.filter { !$0.isError }
    for (code, count) in summary.suppressed.sorted(by: { $0.key < $1.key }) {
      warnings.append(
        Diagnostic(
          code: code, severity: .note,
          message: "\(count) more diagnostics with code \(code) are not shown"))
    }
    let small = result.questions.filter(\.smallSample)
    if !small.isEmpty {
      warnings.append(
        Diagnostic(
          .smallSample, .warning,
          "scores rest on fewer than \(result.minimumRelevantCases) "
            + "relevant cases for questions "
            + small.map { "\($0.id) (\($0.tally.relevant))" }.joined(separator: ", ")
            + "; read them and the scores above them with care"))
    }
    warnings += JudgementsReader.missing(in: judgements, document: plan.document)
    warnings += outOfRange(&result)
    warnings += undefinedRatings(result)
    result.warnings = warnings
    return Evaluation(result: result, summary: summary, errors: errors)
  }

  /// A warning for each overall rating left undefined, saying which items have no points and
  /// why.
  static func undefinedRatings(_ result: ScoreResult) -> [Diagnostic] {
    result.overall.compactMap { rating -> Diagnostic? in
      guard case .sumOfPoints(let step) = rating.derivation, step.value == nil else { return nil }
      let reasons = step.terms.compactMap { term -> String? in
        switch (term.source, term.points) {
        case (_, _?): nil
        case (.judgementMissing(let band?), _):
          "'\(term.id)' has no judgement recorded (its band '\(band)' does not stand in for one)"
        case (.judgementMissing(nil), _): "'\(term.id)' has no judgement recorded"
        case (.none, _): "'\(term.id)' has no band"
        case (.band, nil), (.judgement, nil), (.override, nil):
          "'\(term.id)' has a band or judgement without points"
        }
      }
      return Diagnostic(
        .overallRatingUndefined, .warning,
        "overall rating '\(rating.id)' is undefined: " + reasons.joined(separator: "; ")
          + "; record the missing judgements (--judgements FILE) or see --explain \(rating.id)")
    }
  }

  /// An error for each override recorded further from its computed band than its item allows
  /// (``OverrideReach/oneBand``), located at the judgements row: known only once the score,
  /// and so the computed band, is.
  static func overridesBeyondReach(_ result: ScoreResult, _ document: FrameworkDocument)
    -> [Diagnostic]
  {
    result.overrides.compactMap { override -> Diagnostic? in
      guard override.policy.reach == .oneBand, let band = override.band,
        let scale = document.gradeScales.first(where: { $0.id == band.scale })
      else { return nil }
      guard let computed = override.computed else {
        return Diagnostic(
          .overrideBeyondReach,
          "'\(override.item)' has no computed band (its score is undefined), so it cannot be "
            + "overridden by one band to '\(band.label)'; it may move only to a band next to a "
            + "computed one", location: override.location)
      }
      guard let from = scale.bands.firstIndex(where: { $0.id == computed.id }),
        let to = scale.bands.firstIndex(where: { $0.id == band.id }), abs(from - to) > 1
      else { return nil }
      let neighbours = [from - 1, from + 1].filter(scale.bands.indices.contains)
        .map { "'\(scale.bands[$0].label)'" }.joined(separator: " or ")
      return Diagnostic(
        .overrideBeyondReach,
        "the override of '\(override.item)' moves its rating from the computed "
          + "'\(computed.label)' to '\(band.label)', \(abs(from - to)) bands away; it may move "
          + "one band, to \(neighbours)", location: override.location)
    }
  }

  /// Items whose exact score has no finite `Double` (only from absurd declared numbers):
  /// each made undefined, with a warning naming it, rather than reported as infinite.
  static func outOfRange(_ result: inout ScoreResult) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    func check(_ items: inout [ItemScore]) {
      for index in items.indices {
        guard let exact = items[index].exact, !exact.doubleValue.isFinite else { continue }
        warnings.append(
          Diagnostic(
            .scoreOutOfRange, .warning,
            "\(items[index].kind.rawValue) '\(items[index].id)' has a score too large to write "
              + "as a number, so it is reported as undefined; check the framework's weights and "
              + "points"))
        items[index].exact = nil
        items[index].band = nil
        items[index].banding = nil
      }
    }
    check(&result.criteria)
    check(&result.sections)
    check(&result.headlines)
    check(&result.overall)
    return warnings
  }
}
