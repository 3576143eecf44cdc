import InspectionSchema
import InspectionSupport

/// Every headline has questions to average: some question in its sections carries its theme.
///
/// Reports ``DiagnosticCode/headlineWithoutQuestions`` (IK0171).
public struct HeadlineValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let themes = Set(document.themes.map(\.id))
    for (index, headline) in document.headlines.enumerated() where themes.contains(headline.theme) {
      let sections = document.sections.filter {
        headline.sections.isEmpty || headline.sections.contains($0.id)
      }
      let carried = sections.contains { section in
        section.criteria.contains { $0.questions.contains { $0.themes.contains(headline.theme) } }
      }
      if !carried {
        let scope =
          headline.sections.isEmpty
          ? "any section"
          : "sections " + headline.sections.map { "\(Quoted($0))" }.joined(separator: ", ")
        context.report(
          .headlineWithoutQuestions,
          "headline \(Quoted(headline.id)) averages theme "
            + "\(Quoted(headline.theme)), but no question in \(scope) carries it; tag questions with "
            + "themes: \"\(headline.theme)\" or widen the sections", at: "headlines[\(index)]")
      }
    }
  }
}
