// libFuzzer target: the judgements reader (CSV or JSON), against the Demonstration framework.
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionSchema

let document: FrameworkDocument = {
  let compilation = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
  guard compilation.succeeded else { fatalError("the Demonstration framework does not compile") }
  return compilation.document
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let read = JudgementsReader.read(bytes: bytes, file: "fuzz.csv", document: document)
  for diagnostic in read.diagnostics where diagnostic.location == nil {
    fatalError("a judgements diagnostic without a location: \(diagnostic.rendered)")
  }
  _ = JudgementsReader.missing(in: read.judgements, document: document)
  return 0
}
