import InspectionSchema
import InspectionSupport

/// Weights and shares are finite and not negative; individual/summary shares sum to 1; a
/// weight is only declared where the rule uses it.
///
/// Reports ``DiagnosticCode/negativeWeight`` (IK0143), ``DiagnosticCode/sharesDoNotSum``
/// (IK0144) and, as warnings, ``DiagnosticCode/unusedWeight`` (IK0147).
public struct WeightValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    for criterion in document.locatedCriteria {
      let rulePath = "\(criterion.path).rule"
      if case .individualSummary(let individual, let summary) = criterion.element.rule {
        if !(individual.isFinite && individual >= 0 && summary.isFinite && summary >= 0) {
          context.report(
            .negativeWeight,
            "criterion \(Quoted(criterion.element.id)) has a negative or non-finite "
              + "share (\(individual), \(summary)); shares must be between 0 and 1", at: rulePath)
        } else if abs(individual + summary - 1) > 1e-9 {
          context.report(
            .sharesDoNotSum,
            "the shares of criterion \(Quoted(criterion.element.id)) sum to "
              + "\(DisplayRounding.plain(individual + summary)); they must sum to 1 (e.g. 0.8 "
              + "and 0.2)", at: rulePath)
        }
      }
      let usesWeights = criterion.element.rule == .weightedQuestions
      for (index, question) in criterion.element.questions.enumerated() {
        guard let weight = question.weight else { continue }
        let path = "\(criterion.path).questions[\(index)].weight"
        if !(weight.isFinite && weight >= 0) {
          context.report(
            .negativeWeight,
            "question \(Quoted(question.id)) has weight \(DisplayRounding.plain(weight)); weights must be "
              + "finite and not negative", at: path)
        } else if !usesWeights {
          context.report(
            .unusedWeight, .warning,
            "question \(Quoted(question.id)) has a weight, but criterion "
              + "\(Quoted(criterion.element.id)) does not weight its questions (rule "
              + "\(Quoted(criterion.element.rule.kind))); use .weightedQuestions or drop the weight",
            at: path)
        }
      }
    }
    for section in document.locatedSections {
      let usesWeights = section.element.rule == .weightedCriteria
      for (index, criterion) in section.element.criteria.enumerated() {
        guard let weight = criterion.weight else { continue }
        let path = "\(section.path).criteria[\(index)].weight"
        if !(weight.isFinite && weight >= 0) {
          context.report(
            .negativeWeight,
            "criterion \(Quoted(criterion.id)) has weight \(DisplayRounding.plain(weight)); weights must be "
              + "finite and not negative", at: path)
        } else if !usesWeights {
          context.report(
            .unusedWeight, .warning,
            "criterion \(Quoted(criterion.id)) has a weight, but section "
              + "\(Quoted(section.element.id)) does not weight its criteria; use .weightedCriteria or "
              + "drop the weight", at: path)
        }
      }
    }
    for section in document.locatedSections {
      if let weight = section.element.weight, !(weight.isFinite && weight >= 0) {
        context.report(
          .negativeWeight,
          "section \(Quoted(section.element.id)) has weight \(DisplayRounding.plain(weight)); weights must "
            + "be finite and not negative", at: "\(section.path).weight")
      }
    }
  }
}
