import InspectionSchema
import InspectionSupport

/// Bands cover the scale's range exactly once, in order, with sound bounds.
///
/// A gap is reported with the bound to change, in the DSL's words (`below: 7` instead of
/// `atMost: 6`). On a scale of whole points (``FrameworkDocument/wholePointScales``) only whole
/// values need a band: `atMost: 6` and `atLeast: 7` meet, as a designer would write them.
///
/// Reports ``DiagnosticCode/emptyGradeScale`` (IK0155), ``DiagnosticCode/invalidBound``
/// (IK0154), ``DiagnosticCode/bandsOutOfOrder`` (IK0153), ``DiagnosticCode/bandsOverlap``
/// (IK0151) and ``DiagnosticCode/bandsLeaveGap`` (IK0152).
public struct GradeScaleValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let whole = context.document.wholePointScales
    for (index, scale) in context.document.gradeScales.enumerated() {
      Self.validate(
        scale, at: "gradeScales[\(index)]", wholePoints: whole.contains(scale.id), in: &context)
    }
  }

  private typealias Band = FrameworkDocument.Band

  private static func validate(
    _ scale: FrameworkDocument.GradeScale, at path: String, wholePoints: Bool,
    in context: inout ValidationContext
  ) {
    let range = scale.range
    guard range.minimum.isFinite, range.maximum.isFinite, range.minimum < range.maximum else {
      context.report(
        .invalidBound,
        "grade scale \(Quoted(scale.id)) has range "
          + "\(DisplayRounding.plain(range.minimum))–\(DisplayRounding.plain(range.maximum)); "
          + "the minimum must be below the maximum", at: "\(path).range")
      return
    }
    guard !scale.bands.isEmpty else {
      context.report(
        .emptyGradeScale, "grade scale \(Quoted(scale.id)) has no bands; add Band(…) declarations",
        at: path)
      return
    }
    var sound = true
    for (index, band) in scale.bands.enumerated() {
      let bandPath = "\(path).bands[\(index)]"
      for bound in [band.lower, band.upper].compactMap({ $0 })
      where !bound.value.isFinite || bound.value < range.minimum || bound.value > range.maximum {
        context.report(
          .invalidBound,
          "band \(Quoted(band.id)) of grade scale \(Quoted(scale.id)) has bound "
            + "\(DisplayRounding.plain(bound.value)) outside the scale's range "
            + "\(DisplayRounding.plain(range.minimum))–\(DisplayRounding.plain(range.maximum))",
          at: bandPath)
        sound = false
      }
      if let lower = band.lower, let upper = band.upper,
        lower.value > upper.value
          || (lower.value == upper.value && !(lower.inclusive && upper.inclusive))
      {
        context.report(
          .invalidBound,
          "band \(Quoted(band.id)) of grade scale \(Quoted(scale.id)) is empty: "
            + "\(band.boundsDescription)", at: bandPath)
        sound = false
      }
    }
    guard sound else { return }

    // Order: declared ascending or descending by lower end.
    let starts = scale.bands.map { $0.lower?.value ?? -.infinity }
    let ascending = zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    let descending = zip(starts, starts.dropFirst()).allSatisfy { $0 >= $1 }
    if !ascending && !descending {
      context.report(
        .bandsOutOfOrder,
        "the bands of grade scale \(Quoted(scale.id)) are out of order; declare them "
          + "from highest to lowest (or lowest to highest)", at: path)
      return
    }
    let ordered = scale.bands.enumerated().sorted {
      ($0.element.lower?.value ?? -.infinity, $0.offset) < (
        $1.element.lower?.value ?? -.infinity, $1.offset
      )
    }
    // Coverage, walking upwards from the minimum. `reach` is where the next band must start:
    // inclusive when its value is not yet covered. `reachedBy` is the band that got it there.
    func plain(_ value: Double) -> String { DisplayRounding.plain(value) }
    func place(from start: Double, to end: Double) -> String {
      start < end ? "values from \(plain(start)) to \(plain(end))" : "\(plain(start))"
    }
    var reach = Bound.atLeast(range.minimum)
    var reachedBy: (offset: Int, element: Band)?
    for entry in ordered {
      let band = entry.element
      let lower = band.lower ?? .atLeast(range.minimum)
      let upper = band.upper ?? .atMost(range.maximum)
      let bandPath = "\(path).bands[\(entry.offset)]"
      let notes =
        reachedBy.map {
          [("band \(Quoted($0.element.id)) is declared here", "\(path).bands[\($0.offset)]")]
        } ?? []
      if let reachedBy,
        lower.value < reach.value
          || (lower.value == reach.value && lower.inclusive && !reach.inclusive)
      {
        let overlap =
          lower.value < reach.value
          ? "from \(plain(lower.value)) to \(plain(min(reach.value, upper.value)))"
          : "at \(plain(lower.value))"
        context.report(
          .bandsOverlap,
          "band \(Quoted(band.id)) of grade scale \(Quoted(scale.id)) overlaps band "
            + "\(Quoted(reachedBy.element.id)) \(overlap); make one bound exclusive", at: bandPath,
          notes: notes)
      } else if lower.value > reach.value || (!lower.inclusive && reach.inclusive),
        !wholePoints || Self.holdsWholeNumber(from: reach, to: lower)
      {
        context.report(
          .bandsLeaveGap,
          "grade scale \(Quoted(scale.id)) leaves "
            + place(from: reach.value, to: lower.value) + " in no band, before band "
            + "\(Quoted(band.id)); " + Self.fix(after: reachedBy?.element, before: band, lower),
          at: bandPath, notes: notes)
      }
      // A band inside another does not pull the reach back.
      let next = Bound(value: upper.value, inclusive: !upper.inclusive)
      if next.value > reach.value
        || (next.value == reach.value && reach.inclusive && !next.inclusive)
      {
        reach = next
        reachedBy = (entry.offset, band)
      }
    }
    if reach.value < range.maximum || (reach.value == range.maximum && reach.inclusive),
      !wholePoints || Self.holdsWholeNumber(from: reach, to: .above(range.maximum))
    {
      context.report(
        .bandsLeaveGap,
        "grade scale \(Quoted(scale.id)) leaves "
          + place(from: reach.value, to: range.maximum) + " in no band; extend the top band",
        at: path)
    }
  }

  /// Whether a whole number lies in the gap that starts at `reach` (where the next value must
  /// start: included when inclusive) and ends before `lower` (the next band's lower bound).
  private static func holdsWholeNumber(from reach: Bound, to lower: Bound) -> Bool {
    let first = reach.inclusive ? reach.value.rounded(.up) : reach.value.rounded(.down) + 1
    return first < lower.value || (first == lower.value && !lower.inclusive)
  }

  /// How to close the gap between band `previous` (where the covered values end) and band
  /// `next`, whose lower bound is `lower`, in the DSL's words.
  private static func fix(after previous: Band?, before next: Band, _ lower: Bound) -> String {
    func bound(_ name: String, _ value: Double) -> String {
      "\(name): \(DisplayRounding.plain(value))"
    }
    let written = bound(lower.inclusive ? "atLeast" : "above", lower.value)
    guard let previous, let upper = previous.upper else {
      return "start band \(Quoted(next.id)) at the scale's minimum, or drop its \(written)"
    }
    let end = bound(upper.inclusive ? "atMost" : "below", upper.value)
    let meetingEnd = bound(lower.inclusive ? "below" : "atMost", lower.value)
    let meetingStart = bound(upper.inclusive ? "above" : "atLeast", upper.value)
    return "close it by ending band \(Quoted(previous.id)) \(meetingEnd) (instead of \(end)), "
      + "or starting band \(Quoted(next.id)) \(meetingStart) (instead of \(written))"
  }
}
