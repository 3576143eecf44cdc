import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionTestSupport

/// The example samples scored in-process, as the golden tests render them.
enum Fixtures {
  /// The package root.
  static let packageRoot = PackageRoot.url

  /// The golden files.
  static let snapshots = packageRoot.appendingPathComponent(
    "Tests/InspectionReportsTests/Snapshots")

  /// A fixed version, so snapshots do not change with each release.
  static let provenance = ReportProvenance(inspectionKitVersion: "0.0.0-test")

  struct Scored: Sendable {
    var document: FrameworkDocument
    var fingerprint: String
    var result: ScoreResult
  }

  enum Failure: Error { case missing(String), invalid(String) }

  /// A catalog framework compiled, with its fingerprint.
  static func framework(_ id: String) throws -> (FrameworkDocument, String) {
    guard
      let framework = FrameworkCatalog.all.first(where: {
        $0.id == id || "\($0.id)@\($0.version)" == id
      })
    else {
      throw Failure.missing(id)
    }
    let document = FrameworkCompiler.compile(framework).document
    return (document, try document.fingerprint())
  }

  /// `Examples/<folder>/sample.csv` scored with its judgements.
  static func scored(_ id: String, folder: String) throws -> Scored {
    let (document, fingerprint) = try framework(id)
    let plan = try ScoringPlan(document, fingerprint: fingerprint)
    let directory = packageRoot.appendingPathComponent("Examples/\(folder)")
    let judgementBytes = try [UInt8](
      Data(contentsOf: directory.appendingPathComponent("judgements.csv")))
    let judgements = JudgementsReader.read(
      bytes: judgementBytes, file: "judgements.csv", document: document)
    var reader = try CSVSampleReader(
      path: directory.appendingPathComponent("sample.csv").path, plan: plan)
    let evaluation = Evaluator.evaluate(
      plan: plan, reader: &reader, judgements: judgements.judgements,
      judgementDiagnostics: judgements.diagnostics)
    if evaluation.failed {
      throw Failure.invalid(evaluation.errors.map(\.rendered).joined(separator: "\n"))
    }
    return Scored(document: document, fingerprint: fingerprint, result: evaluation.result)
  }

  static let demo = Result { try scored("DEMO", folder: "Demonstration") }
  static let omi2 = Result { try scored("OMI2@2009.2", folder: "OMI2") }
  /// OMI 2008: placeholder summary questions and inferred conclusion bands to mark.
  static let omi2008 = Result { try scored("OMI@2008", folder: "OMI-2008") }
}
