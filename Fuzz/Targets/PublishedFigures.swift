// libFuzzer target: the published-figures reader (`inspect reconcile`), then the
// reconciliation of what it accepts against the shipped framework it names (each shipped
// framework compiled once), rendered in every format. Every rejection must be located; no
// figure the reader accepts may trap the checks.
import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionReports
import InspectionSchema

let documents: [String: (FrameworkDocument, String)] = {
  var documents: [String: (FrameworkDocument, String)] = [:]
  for framework in FrameworkCatalog.all {
    let compilation = FrameworkCompiler.compile(framework)
    guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint() else {
      continue
    }
    documents[compilation.document.id] = (compilation.document, fingerprint)
    documents[compilation.document.label] = (compilation.document, fingerprint)
  }
  return documents
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let figures: PublishedFigures
  do {
    figures = try PublishedFigures.read(bytes: bytes, file: "fuzz.json")
  } catch {
    guard error.diagnostic.location != nil else {
      fatalError("a published-figures error without a location: \(error.diagnostic.rendered)")
    }
    return 0
  }
  guard
    let (document, fingerprint) = documents[figures.framework.label]
      ?? documents[figures.framework.id]
  else { return 0 }
  let reconciliation = Reconciliation(
    figures: figures, document: document, fingerprint: fingerprint)
  for format in ReportDocument.Format.allCases {
    _ = ReconciliationReport.render(reconciliation, as: format)
  }
  return 0
}
