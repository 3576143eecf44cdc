/// What a rendered report records about the software that made it.
///
/// Reports carry the framework's and the sample's fingerprints from the result; the tool's
/// version comes from the caller, so this module need not know which program it runs in.
///
/// ```swift
/// let html = ScoreHTMLReport.render(result, document: document,
///                                   provenance: ReportProvenance(inspectionKitVersion: "0.1.0"))
/// ```
public struct ReportProvenance: Hashable, Sendable {
  /// The InspectionKit version that produced the report, e.g. `0.1.0`.
  public var inspectionKitVersion: String

  /// Creates provenance for a report.
  public init(inspectionKitVersion: String) {
    self.inspectionKitVersion = inspectionKitVersion
  }
}
