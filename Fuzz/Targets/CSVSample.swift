// libFuzzer target: the CSV sample reader, through SampleTally and the score, against the
// Demonstration framework (which has attribute and answer applicability).
//
// Every input is read twice, in one chunk and in chunks of 7 bytes, which must agree; the
// sample is then scored with default options and with every option on (see
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

  var whole = CSVReader(bytes: bytes)
  var chunked = CSVReader(source: CSVMemorySource(bytes, maxChunk: 7), chunkSize: 7)
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
      guard x.line == y.line, x.column == y.column else {
        fatalError("errors disagree: \(x) vs \(y)")
      }
    default:
      fatalError("chunked reading disagrees: \(a) vs \(b)")
    }
    break
  }

  scoreWithBothOptionSets(plan: plan) {
    CSVSampleReader(bytes: bytes, plan: plan, displayName: "fuzz.csv")
  }
  return 0
}
