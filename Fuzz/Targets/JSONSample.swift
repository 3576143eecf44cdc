// libFuzzer target: the JSON sample reader, through SampleTally and the score, against the
// Demonstration framework, with default options and with every option on (see
// Shared/SampleScoring.swift).
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
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
  scoreWithBothOptionSets(plan: plan) {
    JSONSampleReader(bytes: bytes, plan: plan, file: "fuzz.json")
  }
  return 0
}
