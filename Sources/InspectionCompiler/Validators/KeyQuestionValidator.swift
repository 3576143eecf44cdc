import InspectionSchema
import InspectionSupport

/// The minimum-of-key-questions rule needs key questions, and says which questions it ignores;
/// key and supporting roles need that rule.
///
/// A question in a minimum-of-key criterion that is neither key nor declared supporting is
/// almost always a forgotten `role: .key`: the rule would drop it without a word, so it is
/// reported (a warning, IK0150) until it is marked one or the other. Reports
/// ``DiagnosticCode/keyRuleWithoutKeys`` (IK0146), ``DiagnosticCode/questionIgnoredByRule``
/// (IK0150) and, as a warning, ``DiagnosticCode/unusedWeight`` (IK0147) for key or supporting
/// roles the rule ignores.
public struct KeyQuestionValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for criterion in context.document.locatedCriteria {
      let questions = criterion.element.questions.enumerated()
      let id = criterion.element.id
      if criterion.element.rule == .minimumOfKeyQuestions {
        guard questions.contains(where: { $1.role == .key }) else {
          // One mistake, one diagnostic: not a warning for every question as well.
          context.report(
            .keyRuleWithoutKeys,
            "criterion \(Quoted(id)) takes the minimum of its "
              + "key questions but has none; mark them with role: .key",
            at: "\(criterion.path).rule")
          continue
        }
        for (index, question) in questions
        where question.role != .key
          && question.role != .supporting
        {
          context.report(
            .questionIgnoredByRule, .warning,
            "question \(Quoted(question.id)) is not a key question, so criterion "
              + "\(Quoted(id)), the lowest of its key questions, ignores it; mark it "
              + "role: .key if it counts, or role: .supporting if it only informs the key "
              + "questions", at: "\(criterion.path).questions[\(index)]")
        }
      } else if let first = questions.first(where: { $1.role == .key || $1.role == .supporting }) {
        context.report(
          .unusedWeight, .warning,
          "question \(Quoted(first.element.id)) is a \(first.element.role.rawValue) question, "
            + "but criterion \(Quoted(id)) uses rule \(Quoted(criterion.element.rule.kind)), "
            + "which ignores key and supporting roles; use .minimumOfKeyQuestions or drop the "
            + "role", at: "\(criterion.path).questions[\(first.offset)].role")
      }
    }
  }
}
