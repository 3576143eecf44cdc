import InspectionSchema
import InspectionSupport

/// A criterion has at most one summary question, and summary weighting needs one.
///
/// Reports ``DiagnosticCode/multipleSummaries`` (IK0141) and
/// ``DiagnosticCode/summaryRuleWithoutSummary`` (IK0142).
public struct SummaryQuestionValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for criterion in context.document.locatedCriteria {
      let summaries = criterion.element.questions.enumerated().filter { $1.role == .summary }
      if summaries.count > 1, let first = summaries.first {
        for extra in summaries.dropFirst() {
          context.report(
            .multipleSummaries,
            "criterion \(Quoted(criterion.element.id)) has more than one summary "
              + "question (\(Quoted(extra.element.id))); keep one and make the others individual",
            at: "\(criterion.path).questions[\(extra.offset)]",
            notes: [
              (
                "the first summary question is \(Quoted(first.element.id))",
                "\(criterion.path).questions[\(first.offset)]"
              )
            ])
        }
      }
      if case .individualSummary = criterion.element.rule, summaries.isEmpty,
        !criterion.element.questions.isEmpty
      {
        context.report(
          .summaryRuleWithoutSummary,
          "criterion \(Quoted(criterion.element.id)) weights individual "
            + "and summary questions but has no summary question; add one with role: .summary",
          at: "\(criterion.path).rule")
      }
    }
  }
}
