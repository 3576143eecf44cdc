import InspectionSchema

extension FrameworkDocument {
  /// The grade scales that only ever band a whole number of points: scales used by overall
  /// ratings alone (no criterion, section, headline or judgement scale bands a percentage on
  /// them), where no band or label the items of those ratings can take has a fractional
  /// number of points.
  ///
  /// On such a scale no value between two whole numbers can occur, so bands written the obvious
  /// way, `atMost: 6` then `atLeast: 7`, leave no gap a score could fall in.
  var wholePointScales: Set<String> {
    var percentScales: Set<String> = []
    for section in sections {
      if let grade = section.gradeScale { percentScales.insert(grade) }
      for criterion in section.criteria {
        if let grade = criterion.gradeScale { percentScales.insert(grade) }
      }
    }
    for headline in headlines {
      if let grade = headline.gradeScale { percentScales.insert(grade) }
    }
    for scale in judgementScales {
      if let advisory = scale.advisory { percentScales.insert(advisory) }
    }
    let grades = Dictionary(
      gradeScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let labels = Dictionary(
      judgementScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var scalesOfItem: [String: (grade: String?, judgement: String?)] = [:]
    for section in sections {
      if !section.isGrouping {
        scalesOfItem[section.id] = (section.gradeScale, section.judgementScale)
      }
      for criterion in section.criteria {
        scalesOfItem[criterion.id] = (criterion.gradeScale, criterion.judgementScale)
      }
    }
    for headline in headlines {
      scalesOfItem[headline.id] = (headline.gradeScale, headline.judgementScale)
    }
    /// Whether `points` is a whole number; a missing value is reported by another validator
    /// (IK0156) and says nothing against the scale.
    func whole(_ points: Double?) -> Bool {
      guard let points else { return true }
      return points.isFinite && points == points.rounded(.towardZero)
    }
    /// Whether every value `item` can contribute to a sum is a whole number of points. An
    /// item that is unknown, a grouping or without a scale is reported by other validators.
    func contributesWholePoints(_ item: String) -> Bool {
      guard let scales = scalesOfItem[item] else { return true }
      if let id = scales.grade, let scale = grades[id],
        !scale.bands.allSatisfy({ whole($0.points) })
      {
        return false
      }
      if let id = scales.judgement, let scale = labels[id],
        !scale.labels.allSatisfy({ whole($0.points) })
      {
        return false
      }
      return true
    }
    var whole: Set<String> = []
    var broken: Set<String> = percentScales
    for rating in overall {
      if rating.items.allSatisfy(contributesWholePoints) {
        whole.insert(rating.gradeScale)
      } else {
        broken.insert(rating.gradeScale)
      }
    }
    return whole.subtracting(broken)
  }
}
