// libFuzzer target: the JSON sample reader, through SampleTally and the score, against the
// Demonstration framework, with default options and with every option on.
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema

let plan: ScoringPlan = {
  let compilation = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
  guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint(),
    let plan = try? ScoringPlan(compilation.document, fingerprint: fingerprint)
  else { fatalError("the Demonstration framework does not compile") }
  return plan
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for options in [
    SampleTally.Options(),
    SampleTally.Options(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true),
  ] {
    var reader = JSONSampleReader(bytes: bytes, plan: plan, file: "fuzz.json")
    let evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
    if !evaluation.failed { _ = ScoreJSONReport.render(evaluation.result) }
    for diagnostic in evaluation.errors where diagnostic.location == nil {
      fatalError("an error without a location: \(diagnostic.rendered)")
    }
  }
  return 0
}
