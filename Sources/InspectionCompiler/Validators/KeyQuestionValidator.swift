import InspectionSchema
import InspectionSupport

/// The minimum-of-key-questions rule needs key questions; key questions need that rule.
///
/// Reports ``DiagnosticCode/keyRuleWithoutKeys`` (IK0146) and, as a warning,
/// ``DiagnosticCode/unusedWeight`` (IK0147) for key roles the rule ignores.
public struct KeyQuestionValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for criterion in context.document.locatedCriteria {
      let keys = criterion.element.questions.enumerated().filter { $1.role == .key }
      if criterion.element.rule == .minimumOfKeyQuestions {
        if keys.isEmpty {
          context.report(
            .keyRuleWithoutKeys,
            "criterion \(Quoted(criterion.element.id)) takes the minimum of its "
              + "key questions but has none; mark them with role: .key",
            at: "\(criterion.path).rule")
        }
      } else if let first = keys.first {
        context.report(
          .unusedWeight, .warning,
          "question \(Quoted(first.element.id)) is a key question, but "
            + "criterion \(Quoted(criterion.element.id)) uses rule \(Quoted(criterion.element.rule.kind)), "
            + "which ignores key roles", at: "\(criterion.path).questions[\(first.offset)].role")
      }
    }
  }
}
