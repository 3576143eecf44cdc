import InspectionSchema
import InspectionSupport

/// The outcome of loading a framework document.
public struct LoadedFramework: Sendable {
  /// The document, when it loaded without errors.
  public let document: FrameworkDocument?
  /// The content's fingerprint, when it loaded without errors.
  public let fingerprint: String?
  /// Every problem found, errors and warnings.
  public let diagnostics: [Diagnostic]

  static func failed(_ diagnostic: Diagnostic) -> LoadedFramework {
    LoadedFramework(document: nil, fingerprint: nil, diagnostics: [diagnostic])
  }
}
