import InspectionSchema
import InspectionSupport

/// Ids are unique within their namespace, with a note at the first declaration.
///
/// Sections, criteria, questions, headlines and overall ratings share one namespace, since
/// results and judgements files name them by id alone. Themes, attributes, answer scales,
/// grade scales, judgement scales and sources each have their own; so do the options, bands, labels
/// and values inside each scale or attribute. Question ids must not collide with sample
/// columns (`case` and attribute ids). Reports ``DiagnosticCode/duplicateID`` (IK0101).
public struct UniqueIdentifierValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    Self.check(document.structureIDs, in: &context)
    Self.check(document.themes.enumerated().map { ("theme", $1.id, "themes[\($0)]") }, in: &context)
    Self.check(
      document.sources.enumerated().compactMap { index, source in
        source.id.map { ("source", $0, "sources[\(index)]") }
      }, in: &context)
    Self.check(
      document.attributes.enumerated().map { ("attribute", $1.id, "attributes[\($0)]") },
      in: &context)
    Self.check(
      document.scales.enumerated().map { ("answer scale", $1.id, "scales[\($0)]") }, in: &context)
    Self.check(
      document.gradeScales.enumerated().map { ("grade scale", $1.id, "gradeScales[\($0)]") },
      in: &context)
    Self.check(
      document.judgementScales.enumerated().map {
        ("judgement scale", $1.id, "judgementScales[\($0)]")
      }, in: &context)
    for (i, scale) in document.scales.enumerated() {
      Self.check(
        scale.options.enumerated().map { ("option", $1.code, "scales[\(i)].options[\($0)]") },
        in: &context, scope: " in answer scale \(Quoted(scale.id))")
    }
    for (i, scale) in document.gradeScales.enumerated() {
      Self.check(
        scale.bands.enumerated().map { ("band", $1.id, "gradeScales[\(i)].bands[\($0)]") },
        in: &context, scope: " in grade scale \(Quoted(scale.id))")
    }
    for (i, scale) in document.judgementScales.enumerated() {
      Self.check(
        scale.labels.enumerated().map { ("label", $1.id, "judgementScales[\(i)].labels[\($0)]") },
        in: &context, scope: " in judgement scale \(Quoted(scale.id))")
    }
    for (i, attribute) in document.attributes.enumerated() {
      Self.check(
        attribute.values.enumerated().map { ("value", $1, "attributes[\(i)].values[\($0)]") },
        in: &context, scope: " in attribute \(Quoted(attribute.id))")
    }
    let columns = Dictionary(
      document.attributes.enumerated().map { ($1.id, "attributes[\($0)]") },
      uniquingKeysWith: { first, _ in first })
    for question in document.locatedQuestions {
      if question.element.id == "case" {
        context.report(
          .duplicateID, "question id 'case' collides with the sample's case-id column; rename it",
          at: question.path)
      } else if let attribute = columns[question.element.id] {
        context.report(
          .duplicateID,
          "question id \(Quoted(question.element.id)) collides with the attribute of the "
            + "same name: both would be sample columns; rename one", at: question.path,
          notes: [("attribute \(Quoted(question.element.id)) is declared here", attribute)])
      }
    }
  }

  private static func check(
    _ entries: [(kind: String, id: String, path: String)], in context: inout ValidationContext,
    scope: String = ""
  ) {
    var first: [String: (kind: String, path: String)] = [:]
    for entry in entries {
      if let earlier = first[entry.id] {
        let clash = earlier.kind == entry.kind ? "" : " (already used by a \(earlier.kind))"
        context.report(
          .duplicateID,
          "duplicate \(entry.kind) id \(Quoted(entry.id))\(scope)\(clash); ids must be "
            + "unique, rename one", at: entry.path,
          notes: [("\(Quoted(entry.id)) is first declared here", earlier.path)])
      } else {
        first[entry.id] = (entry.kind, entry.path)
      }
    }
  }
}
