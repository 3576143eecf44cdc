import InspectionSchema
import InspectionSupport

/// Applicability reads declared attributes and values, and answers to earlier questions.
///
/// Reports ``DiagnosticCode/unknownAttribute`` (IK0113),
/// ``DiagnosticCode/unknownAttributeValue`` (IK0114),
/// ``DiagnosticCode/unknownAnswerReference`` (IK0115), ``DiagnosticCode/unknownAnswerCode``
/// (IK0116) and ``DiagnosticCode/emptyCondition`` (IK0121).
public struct ApplicabilityValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let attributes = Dictionary(
      document.attributes.map { ($0.id, $0.values) }, uniquingKeysWith: { first, _ in first })
    let scales = Dictionary(
      document.scales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let questions = document.locatedQuestions
    var earlier: [String: FrameworkDocument.Question] = [:]
    let all = Set(questions.map(\.element.id))

    for located in questions {
      let question = located.element
      let path = "\(located.path).applicability"
      if let condition = question.applicability {
        Self.checkEmpty(condition, owner: question.id, at: path, in: &context)
        for reference in condition.attributeReferences {
          guard let values = attributes[reference.id] else {
            context.report(
              .unknownAttribute,
              "question \(Quoted(question.id)) is relevant on attribute "
                + "\(Quoted(reference.id)), which is not declared; declare it with Attribute(…)."
                + Suggestion.didYouMean(reference.id, among: attributes.keys.sorted()),
              at: path)
            continue
          }
          for value in reference.values where !values.contains(value) {
            context.report(
              .unknownAttributeValue,
              "question \(Quoted(question.id)) tests attribute "
                + "\(Quoted(reference.id)) for \(Quoted(value)), which is not one of its values ("
                + values.map { "\(Quoted($0))" }.joined(separator: ", ") + ")."
                + Suggestion.didYouMean(value, among: values), at: path)
          }
        }
        for reference in condition.answerReferences {
          guard let target = earlier[reference.id] else {
            let why =
              reference.id == question.id
              ? "its own answer"
              : all.contains(reference.id)
                ? "question \(Quoted(reference.id)), which is declared later; a question may only "
                  + "depend on earlier answers"
                : "question \(Quoted(reference.id)), which is not declared"
            context.report(
              .unknownAnswerReference, "question \(Quoted(question.id)) depends on \(why)", at: path
            )
            continue
          }
          let codes = scales[target.scale]?.options.map(\.code) ?? []
          for code in reference.codes where scales[target.scale] != nil && !codes.contains(code) {
            context.report(
              .unknownAnswerCode,
              "question \(Quoted(question.id)) tests the answer to "
                + "\(Quoted(reference.id)) for \(Quoted(code)), which is not an option of its scale "
                + "\(Quoted(target.scale)) ("
                + codes.map { "\(Quoted($0))" }.joined(separator: ", ") + ")."
                + Suggestion.didYouMean(code, among: codes), at: path)
          }
        }
      }
      earlier[question.id] = earlier[question.id] ?? question
    }
  }

  private static func checkEmpty(
    _ condition: Applicability, owner: String, at path: String,
    in context: inout ValidationContext
  ) {
    switch condition {
    case .attribute(let id, let values) where values.isEmpty,
      .answer(let id, let values) where values.isEmpty:
      context.report(
        .emptyCondition,
        "question \(Quoted(owner)) tests \(Quoted(id)) against no values, so it is never "
          + "relevant; list the values", at: path)
    case .all(let terms) where terms.isEmpty, .any(let terms) where terms.isEmpty:
      context.report(
        .emptyCondition,
        "question \(Quoted(owner)) has an empty 'all'/'any' condition; give it terms",
        at: path)
    case .all(let terms), .any(let terms):
      for term in terms { checkEmpty(term, owner: owner, at: path, in: &context) }
    case .not(let term): checkEmpty(term, owner: owner, at: path, in: &context)
    default: break
    }
  }
}
