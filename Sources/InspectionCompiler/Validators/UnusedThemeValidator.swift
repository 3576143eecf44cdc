import InspectionSchema
import InspectionSupport

/// A declared theme that no question carries is probably a mistake (a warning).
///
/// Reports ``DiagnosticCode/unusedTheme`` (IK0172).
public struct UnusedThemeValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let carried = Set(context.document.allQuestions.flatMap(\.themes))
    for (index, theme) in context.document.themes.enumerated() where !carried.contains(theme.id) {
      context.report(
        .unusedTheme, .warning, "theme \(Quoted(theme.id)) is declared but no question carries it",
        at: "themes[\(index)]")
    }
  }
}
