import InspectionSchema
import InspectionSupport

/// Every number the document declares is finite and within its limit (``NumberLimits``):
/// weights, band and label points, grade-scale ranges, the small-sample minimum.
///
/// Reports ``DiagnosticCode/numberBeyondLimit`` (IK0148), naming the limit. Negative and
/// non-finite weights and shares are ``WeightValidator``'s; an empty or inverted range is
/// ``GradeScaleValidator``'s.
public struct NumberLimitValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    func check(
      _ value: Double, limit: Double, allowsNegative: Bool, _ what: String,
      at path: String, in context: inout ValidationContext
    ) {
      guard value.isFinite else {
        if !allowsNegative { return }  // a non-finite weight is WeightValidator's
        context.report(
          .numberBeyondLimit,
          "\(what) is \(DisplayRounding.plain(value)); it must be a finite number",
          at: path)
        return
      }
      let beyond = allowsNegative ? abs(value) > limit : value > limit
      if beyond {
        let range =
          allowsNegative
          ? "from -\(DisplayRounding.plain(limit)) to \(DisplayRounding.plain(limit))"
          : "at most \(DisplayRounding.plain(limit))"
        context.report(
          .numberBeyondLimit,
          "\(what) is \(DisplayRounding.plain(value)); it must be \(range), the limit "
            + "(docs/limits.md)", at: path)
      }
    }
    for criterion in document.locatedCriteria {
      for (index, question) in criterion.element.questions.enumerated() {
        guard let weight = question.weight else { continue }
        check(
          weight, limit: NumberLimits.weight, allowsNegative: false,
          "the weight of question \(Quoted(question.id))",
          at: "\(criterion.path).questions[\(index)].weight", in: &context)
      }
    }
    for section in document.locatedSections {
      for (index, criterion) in section.element.criteria.enumerated() {
        guard let weight = criterion.weight else { continue }
        check(
          weight, limit: NumberLimits.weight, allowsNegative: false,
          "the weight of criterion \(Quoted(criterion.id))",
          at: "\(section.path).criteria[\(index)].weight", in: &context)
      }
      if let weight = section.element.weight {
        check(
          weight, limit: NumberLimits.weight, allowsNegative: false,
          "the weight of section \(Quoted(section.element.id))", at: "\(section.path).weight",
          in: &context)
      }
    }
    for (index, scale) in document.gradeScales.enumerated() {
      let path = "gradeScales[\(index)]"
      check(
        scale.range.minimum, limit: NumberLimits.range, allowsNegative: true,
        "the minimum of grade scale \(Quoted(scale.id))", at: "\(path).range.minimum",
        in: &context)
      check(
        scale.range.maximum, limit: NumberLimits.range, allowsNegative: true,
        "the maximum of grade scale \(Quoted(scale.id))", at: "\(path).range.maximum",
        in: &context)
      for (number, band) in scale.bands.enumerated() {
        guard let points = band.points else { continue }
        check(
          points, limit: NumberLimits.points, allowsNegative: true,
          "the points of band \(Quoted(band.id)) of grade scale \(Quoted(scale.id))",
          at: "\(path).bands[\(number)].points", in: &context)
      }
    }
    for (index, scale) in document.judgementScales.enumerated() {
      for (number, label) in scale.labels.enumerated() {
        guard let points = label.points else { continue }
        check(
          points, limit: NumberLimits.points, allowsNegative: true,
          "the points of label \(Quoted(label.id)) of judgement scale \(Quoted(scale.id))",
          at: "judgementScales[\(index)].labels[\(number)].points", in: &context)
      }
    }
    let minimum = document.presentation.minimumRelevantCases
    if minimum > NumberLimits.minimumRelevantCases {
      context.report(
        .numberBeyondLimit,
        "minimumRelevantCases is \(minimum); it must be at most "
          + "\(NumberLimits.minimumRelevantCases), the limit (docs/limits.md)",
        at: "presentation.minimumRelevantCases")
    }
  }
}
