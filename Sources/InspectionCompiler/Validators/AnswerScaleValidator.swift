import InspectionSchema
import InspectionSupport

/// Every answer scale has a line: a sufficient option and an insufficient one.
///
/// Reports ``DiagnosticCode/scaleWithoutLine`` (IK0131).
public struct AnswerScaleValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for (index, scale) in context.document.scales.enumerated() {
      let effects = Set(scale.options.map(\.effect))
      var missing: [String] = []
      if !effects.contains(.sufficient) { missing.append("a sufficient") }
      if !effects.contains(.insufficient) { missing.append("an insufficient") }
      guard !missing.isEmpty else { continue }
      context.report(
        .scaleWithoutLine,
        "answer scale \(Quoted(scale.id)) has no line: add "
          + missing.joined(separator: " and ") + " option", at: "scales[\(index)]")
    }
  }
}
