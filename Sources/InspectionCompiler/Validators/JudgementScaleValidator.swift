import InspectionSchema
import InspectionSupport

/// Every judgement scale has labels.
///
/// Reports ``DiagnosticCode/emptyJudgementScale`` (IK0161).
public struct JudgementScaleValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for (index, scale) in context.document.judgementScales.enumerated() where scale.labels.isEmpty {
      context.report(
        .emptyJudgementScale,
        "judgement scale \(Quoted(scale.id)) has no labels; add Label(…) "
          + "declarations, best first", at: "judgementScales[\(index)]")
    }
  }
}
