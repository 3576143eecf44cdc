// Shared by the sample targets (CSVSample, JSONSample, XLSXSample): tally and score an input with both
// option sets, as `inspect score` would with and without
// `--allow-incomplete --exclude-invalid --partial`.
//
// Under AddressSanitizer every allocation is expensive, and scoring the Demonstration
// framework (derivation text for every item) costs more than reading a small input. So the
// second option set is scored only when its summary differs from the first's:
// `Evaluator.finish` is a pure function of the summary, and an identical summary would only
// repeat the same work (most fuzzed inputs are rejected before any case is read, and both
// option sets then give the same summary). The JSON report is rendered once, for the first
// option set that scores. Every distinct summary is still scored, every error still checked
// for a location, and each option set still reads the input through the reader's own
// `read(into:)`, as `Evaluator.evaluate` does.
import InspectionEvaluator
import InspectionReports
import InspectionSchema

/// Tallies a fresh reader from `makeReader` with the default options and with every option
/// on, and scores each distinct summary (`Evaluator.evaluate`'s steps); traps on an error
/// without a location.
func scoreWithBothOptionSets<Reader: SampleReader>(
  plan: ScoringPlan, reader makeReader: () -> Reader
) {
  var scored: [TallySummary] = []
  var rendered = false
  for options in [
    SampleTally.Options(),
    SampleTally.Options(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true),
  ] {
    var reader = makeReader()
    var tally = SampleTally(plan: plan, options: options)
    tally.add(from: &reader)
    let summary = tally.finish()
    if scored.contains(where: { sameForScoring($0, summary) }) { continue }
    scored.append(summary)
    let evaluation = Evaluator.finish(plan: plan, summary: summary)
    if !evaluation.failed && !rendered {
      _ = ScoreJSONReport.render(evaluation.result)
      rendered = true
    }
    for diagnostic in evaluation.errors where diagnostic.location == nil {
      fatalError("an error without a location: \(diagnostic.rendered)")
    }
  }
}

/// Whether two summaries agree in every stored property that scoring reads: all of them but
/// the case-id hashes (which only `--partial` writes).
func sameForScoring(_ a: TallySummary, _ b: TallySummary) -> Bool {
  guard summaryPropertiesAreKnown else { return false }
  return a.cases == b.cases && a.scored == b.scored && a.invalidCases == b.invalidCases
    && a.questions == b.questions && a.excluded == b.excluded && a.metadata == b.metadata
    && a.incomplete == b.incomplete
    && a.diagnostics == b.diagnostics && a.suppressed == b.suppressed
    && a.fingerprintState == b.fingerprintState
}

/// Whether `TallySummary` still has exactly the stored properties `sameForScoring` compares
/// (checked once, by reflection, which would be too slow for every input). If one was added,
/// every summary is scored, and a note says to update the comparison.
let summaryPropertiesAreKnown: Bool = {
  let known = [
    "cases", "scored", "invalidCases", "questions", "excluded", "metadata", "incomplete",
    "diagnostics", "suppressed", "fingerprintState", "caseIDHashes",
  ]
  let labels = Mirror(reflecting: TallySummary(questionCount: 0)).children.map(\.label)
  guard labels == known else {
    print(
      "note: TallySummary's stored properties are now \(labels.map { $0 ?? "_" }); update "
        + "sameForScoring in Fuzz/Targets/Shared/SampleScoring.swift (every summary is scored "
        + "meanwhile)")
    return false
  }
  return true
}()
