import InspectionSchema
import InspectionSupport

/// A section declared as a grouping only has no score: it declares nothing that would score,
/// band or judge it, and no overall rating sums its points.
///
/// Reports ``DiagnosticCode/groupingWithScoreSetting`` (IK0149) and
/// ``DiagnosticCode/unscoredItem`` (IK0123).
public struct GroupingValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    var groupings: [String: FrameworkDocument.Section] = [:]
    for section in document.locatedSections where section.element.isGrouping {
      let element = section.element
      groupings[element.id] = groupings[element.id] ?? element
      var settings: [(words: String, member: String)] = []
      if element.rule != .meanOfCriteria { settings.append(("a rule", "rule")) }
      if element.weight != nil { settings.append(("a weight", "weight")) }
      if element.gradeScale != nil { settings.append(("a grade scale", "gradeScale")) }
      if element.judgementScale != nil {
        settings.append(("a judgement scale", "judgementScale"))
      }
      if element.override != nil { settings.append(("an override", "override")) }
      if element.ruleProvenance != nil {
        settings.append(("a rule citation", "ruleProvenance"))
      }
      guard let first = settings.first else { continue }
      context.report(
        .groupingWithScoreSetting,
        "section \(Quoted(element.id)) is a grouping only (scored: false), so it has no score, "
          + "but it declares " + Self.list(settings.map(\.words))
          + "; remove them, or drop scored: false to score the section",
        at: "\(section.path).\(first.member)")
    }
    for (index, rating) in document.overall.enumerated() {
      for (position, item) in rating.items.enumerated() {
        guard let grouping = groupings[item] else { continue }
        let criteria = grouping.criteria.map { "\(Quoted($0.id))" }.joined(separator: ", ")
        context.report(
          .unscoredItem,
          "overall rating \(Quoted(rating.id)) sums the points of section \(Quoted(item)), "
            + "which is a grouping only and has no score or band; name its criteria ("
            + criteria + ") instead, or score the section",
          at: "overall[\(index)].items[\(position)]")
      }
    }
  }

  /// `a, b and c`.
  private static func list(_ words: [String]) -> String {
    words.count > 1
      ? words.dropLast().joined(separator: ", ") + " and " + (words.last ?? "")
      : words.joined()
  }
}
