import InspectionSchema
import InspectionSupport

/// Each level uses a rule that applies to it.
///
/// Reports ``DiagnosticCode/ruleNotAllowed`` (IK0145).
public struct RuleLevelValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    var uses: [(level: AggregationLevel, owner: String, rule: AggregationRule, path: String)] = []
    uses += document.locatedCriteria.map {
      (.criterion, "criterion \(Quoted($0.element.id))", $0.element.rule, "\($0.path).rule")
    }
    uses += document.locatedSections.map {
      (.section, "section \(Quoted($0.element.id))", $0.element.rule, "\($0.path).rule")
    }
    uses += document.headlines.enumerated().map {
      (.headline, "headline \(Quoted($1.id))", $1.rule, "headlines[\($0)].rule")
    }
    uses += document.overall.enumerated().map {
      (.overall, "overall rating \(Quoted($1.id))", $1.rule, "overall[\($0)].rule")
    }
    for use in uses where !use.level.allowedKinds.contains(use.rule.kind) {
      context.report(
        .ruleNotAllowed,
        "\(use.owner) uses rule \(Quoted(use.rule.kind)), which does not apply to a "
          + "\(use.level.rawValue); use one of "
          + use.level.allowedKinds.map { "\(Quoted($0))" }.joined(separator: ", "), at: use.path)
    }
  }
}
