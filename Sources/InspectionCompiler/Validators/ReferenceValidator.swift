import InspectionSchema
import InspectionSupport

/// Every theme, scale, section and item named by id is declared.
///
/// Reports ``DiagnosticCode/unknownTheme`` (IK0111), ``DiagnosticCode/unknownScale``
/// (IK0112), ``DiagnosticCode/unknownGradeScale`` (IK0117),
/// ``DiagnosticCode/unknownJudgementScale`` (IK0118), ``DiagnosticCode/unknownSection``
/// (IK0119) and ``DiagnosticCode/unknownItem`` (IK0120), with a suggestion when one is close.
public struct ReferenceValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let themes = document.themes.map(\.id)
    let scales = document.scales.map(\.id)
    let grades = document.gradeScales.map(\.id)
    let judgements = document.judgementScales.map(\.id)
    let sections = document.sections.map(\.id)

    func check(
      _ id: String?, among known: [String], code: DiagnosticCode, kind: String, owner: String,
      at path: String, in context: inout ValidationContext
    ) {
      guard let id, !known.contains(id) else { return }
      context.report(
        code,
        "\(owner) names \(kind) \(Quoted(id)), which is not declared; declare it or fix the "
          + "name.\(Suggestion.didYouMean(id, among: known))", at: path)
    }

    for question in document.locatedQuestions {
      let owner = "question \(Quoted(question.element.id))"
      check(
        question.element.scale, among: scales, code: .unknownScale, kind: "answer scale",
        owner: owner, at: "\(question.path).scale", in: &context)
      for (index, theme) in question.element.themes.enumerated() {
        check(
          theme, among: themes, code: .unknownTheme, kind: "theme", owner: owner,
          at: "\(question.path).themes[\(index)]", in: &context)
      }
    }
    for section in document.locatedSections {
      let owner = "section \(Quoted(section.element.id))"
      check(
        section.element.gradeScale, among: grades, code: .unknownGradeScale, kind: "grade scale",
        owner: owner, at: "\(section.path).gradeScale", in: &context)
      check(
        section.element.judgementScale, among: judgements, code: .unknownJudgementScale,
        kind: "judgement scale", owner: owner, at: "\(section.path).judgementScale", in: &context)
    }
    for criterion in document.locatedCriteria {
      let owner = "criterion \(Quoted(criterion.element.id))"
      check(
        criterion.element.gradeScale, among: grades, code: .unknownGradeScale,
        kind: "grade scale", owner: owner, at: "\(criterion.path).gradeScale", in: &context)
      check(
        criterion.element.judgementScale, among: judgements, code: .unknownJudgementScale,
        kind: "judgement scale", owner: owner, at: "\(criterion.path).judgementScale",
        in: &context)
    }
    for (index, headline) in document.headlines.enumerated() {
      let path = "headlines[\(index)]"
      let owner = "headline \(Quoted(headline.id))"
      check(
        headline.theme, among: themes, code: .unknownTheme, kind: "theme", owner: owner,
        at: "\(path).theme", in: &context)
      for (position, section) in headline.sections.enumerated() {
        check(
          section, among: sections, code: .unknownSection, kind: "section", owner: owner,
          at: "\(path).sections[\(position)]", in: &context)
      }
      check(
        headline.gradeScale, among: grades, code: .unknownGradeScale, kind: "grade scale",
        owner: owner, at: "\(path).gradeScale", in: &context)
      check(
        headline.judgementScale, among: judgements, code: .unknownJudgementScale,
        kind: "judgement scale", owner: owner, at: "\(path).judgementScale", in: &context)
    }
    for (index, scale) in document.judgementScales.enumerated() {
      check(
        scale.advisory, among: grades, code: .unknownGradeScale, kind: "advisory grade scale",
        owner: "judgement scale \(Quoted(scale.id))", at: "judgementScales[\(index)].advisory",
        in: &context)
    }
    let items = sections + document.allCriteria.map(\.id) + document.headlines.map(\.id)
    for (index, rating) in document.overall.enumerated() {
      let owner = "overall rating \(Quoted(rating.id))"
      check(
        rating.gradeScale, among: grades, code: .unknownGradeScale, kind: "grade scale",
        owner: owner, at: "overall[\(index)].gradeScale", in: &context)
      for (position, item) in rating.items.enumerated() {
        check(
          item, among: items, code: .unknownItem, kind: "item", owner: owner,
          at: "overall[\(index)].items[\(position)]", in: &context)
      }
    }
  }
}
