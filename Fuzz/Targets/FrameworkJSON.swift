// libFuzzer target: the framework JSON reader (FrameworkLoader.load(bytes:file:)).
//
// Any input must give a document or at least one located error, never a crash; a document
// that loads must also make a scoring plan without trapping.
import InspectionCompiler
import InspectionEvaluator
import InspectionSchema

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let loaded = FrameworkLoader.load(bytes: bytes, file: "fuzz.json")
  if let document = loaded.document, let fingerprint = loaded.fingerprint {
    _ = try? ScoringPlan(document, fingerprint: fingerprint)
  } else if !loaded.diagnostics.containsErrors {
    fatalError("a document that does not load must come with an error")
  }
  return 0
}
