import InspectionSchema
import InspectionSupport

/// Every band or label an overall rating's items can take carries points.
///
/// Reports ``DiagnosticCode/missingPoints`` (IK0156).
public struct OverallRatingValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    let grades = Dictionary(
      document.gradeScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let judgements = Dictionary(
      document.judgementScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var scalesOfItem: [String: (grade: String?, judgement: String?)] = [:]
    // A grouping has no score; GroupingValidator reports a rating that names one.
    for section in document.sections {
      if !section.isGrouping {
        scalesOfItem[section.id] = (section.gradeScale, section.judgementScale)
      }
      for criterion in section.criteria {
        scalesOfItem[criterion.id] = (criterion.gradeScale, criterion.judgementScale)
      }
    }
    for headline in document.headlines {
      scalesOfItem[headline.id] = (headline.gradeScale, headline.judgementScale)
    }
    for (index, rating) in document.overall.enumerated() {
      for (position, item) in rating.items.enumerated() {
        guard let scales = scalesOfItem[item] else { continue }
        let path = "overall[\(index)].items[\(position)]"
        if scales.grade == nil && scales.judgement == nil {
          context.report(
            .missingPoints,
            "overall rating \(Quoted(rating.id)) sums the points of \(Quoted(item)), which "
              + "has no grade or judgement scale", at: path)
        }
        if let id = scales.grade, let scale = grades[id],
          scale.bands.contains(where: { $0.points == nil })
        {
          context.report(
            .missingPoints,
            "overall rating \(Quoted(rating.id)) sums the points of \(Quoted(item)), but "
              + "grade scale \(Quoted(id)) has bands without points; give every band points",
            at: path)
        }
        if let id = scales.judgement, let scale = judgements[id],
          scale.labels.contains(where: { $0.points == nil })
        {
          context.report(
            .missingPoints,
            "overall rating \(Quoted(rating.id)) sums the points of \(Quoted(item)), but "
              + "judgement scale \(Quoted(id)) has labels without points; give every label points",
            at: path)
        }
      }
    }
  }
}
