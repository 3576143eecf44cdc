// libFuzzer target: the CSV sample reader, through SampleTally and the score, against the
// Demonstration framework (which has attribute and answer applicability).
//
// Every input is read twice by the CSV reader, in one chunk (whole quote-free lines are then
// split in place) and in chunks of 7 bytes (the state machine), which must agree. The sample
// is then scored with default options or with every option on (by the parity of the input's
// length), both through `CSVSampleReader.read(into:)` (clean rows scored straight from their
// bytes) and through `next()` alone (every row the general way): counts, fingerprint,
// exclusions and diagnostics must be the same. The tally is then scored and the JSON report
// rendered, and every error must have a location.
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

let plan: ScoringPlan = {
  let compilation = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
  guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint(),
    let plan = try? ScoringPlan(compilation.document, fingerprint: fingerprint)
  else { fatalError("the Demonstration framework does not compile") }
  return plan
}()

/// Reads through `next()` only, so the protocol's default `read(into:)` applies.
struct GeneralPath: SampleReader {
  var base: CSVSampleReader
  mutating func next() -> SampleRecord? { base.next() }
}

/// Everything a score depends on, as text (built by hand: `describing` goes through `Mirror`,
/// which would take most of the time of a run).
func rendered(_ summary: TallySummary) -> String {
  var text = "\(summary.cases) \(summary.scored) \(summary.invalidCases) \(summary.fingerprint)\n"
  for question in summary.questions {
    text += "\(question.sufficient),\(question.insufficient),\(question.notRelevant),"
    text += "\(question.unanswered);"
  }
  for item in summary.excluded { text += "\nexcluded \(item.id) \(item.row) \(item.reason)" }
  for item in summary.incomplete {
    text += "\nincomplete \(item.case) \(item.question) \(item.row)"
  }
  for hash in summary.caseIDHashes { text += " \(hash)" }
  for (code, count) in summary.suppressed.sorted(by: { $0.key < $1.key }) {
    text += "\nsuppressed \(code) \(count)"
  }
  for diagnostic in summary.diagnostics { text += "\n" + diagnostic.rendered }
  return text
}

/// The finished tally of `bytes` read through `reader`.
func summary(of reader: inout some SampleReader, options: SampleTally.Options) -> TallySummary {
  var tally = SampleTally(plan: plan, options: options)
  tally.add(from: &reader)
  return tally.finish()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))

  var whole = CSVReader(bytes: bytes)
  var chunked = CSVReader(source: MemorySource(bytes, maxChunk: 7), chunkSize: 7)
  while true {
    let a = Result { () throws(CSVError) in try whole.nextRecord() }
    let b = Result { () throws(CSVError) in try chunked.nextRecord() }
    switch (a, b) {
    case (.success(let x), .success(let y)):
      guard x == y else {
        fatalError(
          "chunked reading disagrees: \(String(describing: x)) vs \(String(describing: y))")
      }
      if x == nil { break }
      continue
    case (.failure(let x), .failure(let y)):
      guard x.line == y.line, x.column == y.column, x.kind == y.kind else {
        fatalError("errors disagree: \(x) vs \(y)")
      }
    default:
      fatalError("chunked reading disagrees: \(a) vs \(b)")
    }
    break
  }

  // One option set per input, chosen by the parity of its length, so that both are explored
  // at half the cost per input.
  let optionSets = [
    SampleTally.Options(),
    SampleTally.Options(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true),
  ]
  do {
    let options = optionSets[size % 2]
    var reader = CSVSampleReader(bytes: bytes, plan: plan, displayName: "fuzz.csv")
    let fast = summary(of: &reader, options: options)
    var general = GeneralPath(
      base: CSVSampleReader(bytes: bytes, plan: plan, displayName: "fuzz.csv"))
    let generally = summary(of: &general, options: options)
    // Compared as values (cheap), and as text only when they differ, for the message.
    let agree =
      summaryPropertiesAreKnown
      ? sameForScoring(fast, generally) && fast.caseIDHashes == generally.caseIDHashes
      : rendered(fast) == rendered(generally)
    guard agree else {
      fatalError(
        "the byte path and the general path disagree:\n\(rendered(fast))\n---\n"
          + rendered(generally))
    }
    // Equal tallies give equal scores; score and render once.
    let evaluation = Evaluator.finish(plan: plan, summary: fast)
    for diagnostic in evaluation.errors where diagnostic.location == nil {
      fatalError("an error without a location: \(diagnostic.rendered)")
    }
    if !evaluation.failed { _ = ScoreJSONReport.render(evaluation.result) }
  }
  return 0
}
