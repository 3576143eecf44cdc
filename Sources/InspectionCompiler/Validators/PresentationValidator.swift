import InspectionSchema

/// Display decimals are 0–6 and the small-sample minimum is at least 1.
///
/// Reports ``DiagnosticCode/invalidPresentation`` (IK0181).
public struct PresentationValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let presentation = context.document.presentation
    if !(0...6).contains(presentation.displayDecimals) {
      context.report(
        .invalidPresentation, "displayDecimals is \(presentation.displayDecimals); use 0 to 6",
        at: "presentation.displayDecimals")
    }
    if presentation.minimumRelevantCases < 1 {
      context.report(
        .invalidPresentation,
        "minimumRelevantCases is \(presentation.minimumRelevantCases); "
          + "use at least 1", at: "presentation.minimumRelevantCases")
    }
  }
}
