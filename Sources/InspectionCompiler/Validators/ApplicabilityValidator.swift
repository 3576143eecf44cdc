import InspectionSchema
import InspectionSupport

/// Applicability reads declared attributes and values, and answers to earlier questions.
///
/// Sections and criteria may declare conditions too, inherited by their questions: a section's
/// or criterion's condition may read only answers to questions declared before it (not its own
/// questions, whose relevance it decides). Reports ``DiagnosticCode/unknownAttribute``
/// (IK0113), ``DiagnosticCode/unknownAttributeValue`` (IK0114),
/// ``DiagnosticCode/unknownAnswerReference`` (IK0115), ``DiagnosticCode/unknownAnswerCode``
/// (IK0116) and ``DiagnosticCode/emptyCondition`` (IK0121).
public struct ApplicabilityValidator: FrameworkValidator {
  public init() {}

  /// What the validator knows while walking the document in order.
  private struct Scope {
    let attributes: [String: [String]]
    let scales: [String: FrameworkDocument.AnswerScale]
    let all: Set<String>
    /// The questions declared so far, by id (the first of equals).
    var earlier: [String: FrameworkDocument.Question] = [:]
  }

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    var scope = Scope(
      attributes: Dictionary(
        document.attributes.map { ($0.id, $0.values) }, uniquingKeysWith: { first, _ in first }),
      scales: Dictionary(
        document.scales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
      all: Set(document.allQuestions.map(\.id)))

    for section in document.locatedSections {
      let inside = Set(section.element.criteria.flatMap { $0.questions.map(\.id) })
      if let condition = section.element.applicability {
        Self.check(
          condition, owner: "section \(Quoted(section.element.id))", ownQuestions: inside,
          at: "\(section.path).applicability", scope: scope, in: &context)
      }
      for (index, criterion) in section.element.criteria.enumerated() {
        let path = "\(section.path).criteria[\(index)]"
        if let condition = criterion.applicability {
          Self.check(
            condition, owner: "criterion \(Quoted(criterion.id))",
            ownQuestions: Set(criterion.questions.map(\.id)), at: "\(path).applicability",
            scope: scope, in: &context)
        }
        for (position, question) in criterion.questions.enumerated() {
          if let condition = question.applicability {
            Self.check(
              condition, owner: "question \(Quoted(question.id))", ownQuestions: [question.id],
              at: "\(path).questions[\(position)].applicability", scope: scope, in: &context)
          }
          scope.earlier[question.id] = scope.earlier[question.id] ?? question
        }
      }
    }
  }

  /// Reports every problem of `condition`, declared by `owner` (e.g. `section '2'`), whose
  /// relevance decides the questions `ownQuestions`.
  private static func check(
    _ condition: Applicability, owner: String, ownQuestions: Set<String>, at path: String,
    scope: Scope, in context: inout ValidationContext
  ) {
    checkEmpty(condition, owner: owner, at: path, in: &context)
    for reference in condition.attributeReferences {
      guard let values = scope.attributes[reference.id] else {
        context.report(
          .unknownAttribute,
          "\(owner) is relevant on attribute "
            + "\(Quoted(reference.id)), which is not declared; declare it with Attribute(…)."
            + Suggestion.didYouMean(reference.id, among: scope.attributes.keys.sorted()),
          at: path)
        continue
      }
      for value in reference.values where !values.contains(value) {
        context.report(
          .unknownAttributeValue,
          "\(owner) tests attribute "
            + "\(Quoted(reference.id)) for \(Quoted(value)), which is not one of its values ("
            + values.map { "\(Quoted($0))" }.joined(separator: ", ") + ")."
            + Suggestion.didYouMean(value, among: values), at: path)
      }
    }
    let isQuestion = ownQuestions.count == 1 && owner.hasPrefix("question ")
    for reference in condition.answerReferences {
      guard let target = scope.earlier[reference.id] else {
        let why: String
        if isQuestion && ownQuestions.contains(reference.id) {
          why = "its own answer"
        } else if ownQuestions.contains(reference.id) {
          why =
            "question \(Quoted(reference.id)), which is one of its own questions; a condition "
            + "on a section or criterion may only read answers to questions declared before it"
        } else if scope.all.contains(reference.id) {
          why =
            "question \(Quoted(reference.id)), which is declared later; a condition may only "
            + "read earlier answers"
        } else {
          why =
            "question \(Quoted(reference.id)), which is not declared."
            + Suggestion.didYouMean(reference.id, among: scope.earlier.keys.sorted())
        }
        context.report(.unknownAnswerReference, "\(owner) depends on \(why)", at: path)
        continue
      }
      let codes = scope.scales[target.scale]?.options.map(\.code) ?? []
      for code in reference.codes where scope.scales[target.scale] != nil && !codes.contains(code) {
        context.report(
          .unknownAnswerCode,
          "\(owner) tests the answer to "
            + "\(Quoted(reference.id)) for \(Quoted(code)), which is not an option of its scale "
            + "\(Quoted(target.scale)) ("
            + codes.map { "\(Quoted($0))" }.joined(separator: ", ") + ")."
            + Suggestion.didYouMean(code, among: codes), at: path)
      }
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
        "\(owner) tests \(Quoted(id)) against no values, so it is never "
          + "relevant; list the values", at: path)
    case .all(let terms) where terms.isEmpty, .any(let terms) where terms.isEmpty:
      context.report(
        .emptyCondition,
        "\(owner) has an empty 'all'/'any' condition; give it terms",
        at: path)
    case .all(let terms), .any(let terms):
      for term in terms { checkEmpty(term, owner: owner, at: path, in: &context) }
    case .not(let term): checkEmpty(term, owner: owner, at: path, in: &context)
    default: break
    }
  }
}
