import InspectionEvaluator
import InspectionSchema

/// Constructs followed across several inspections, each point on its own framework's scale.
///
/// The inspections are put in date order (ties keep the order given). For each construct
/// (``TrendConstruct``) the trend finds, in each inspection's framework, the item that measures
/// it — by concept, never by id alone — and takes its figure: a scored sample's score with its
/// band and coverage (below the threshold: not comparable), or a report's printed figure as
/// printed (exact, approximate, or a bound given in words) with its printed label. Where the
/// framework changes between two consecutive inspections the trend records the change, and
/// charts mark it on the axis; points are never joined across a change.
///
/// ```swift
/// let trend = Trend(inspections: [cheshire, westMercia, hertfordshire],
///                   constructs: [.item(.headline, "RoH")])
/// trend.series[0].points.map(\.value)   // 65%, 70%, 65%: one per inspection
/// trend.changes                           // OMI@2006 → OMI@2008, OMI@2008 → OMI2@2009
/// ```
public struct Trend: Sendable {
  /// A point's value, as the figures give it.
  public enum Value: Sendable, Hashable {
    /// A printed or computed percentage.
    case exact(Double)
    /// A printed approximate value ("around one-quarter"), with the range it stands for.
    case approximate(Double, range: PercentRange, words: String?)
    /// A printed bound ("less than half"): the range the report allows.
    case bounded(PercentRange, words: String?)
    /// Only a label was printed for the item.
    case labelOnly
    /// A sample's score resting on too few of the item's questions.
    case notComparable(Coverage)
    /// A sample's item with no relevant case, or a report that prints nothing for it.
    case undefined(String)
    /// The framework has no item measuring the construct.
    case absent(String)

    /// The value to plot, if any: the exact or approximate value.
    public var plotted: Double? {
      switch self {
      case .exact(let value), .approximate(let value, _, _): value
      default: nil
      }
    }
  }

  /// One inspection's point of a series.
  public struct Point: Sendable {
    /// The inspection's position in ``Trend/inspections``.
    public var inspection: Int
    /// The item the construct is found as in the inspection's framework.
    public var item: TrendItem?
    /// The value.
    public var value: Value
    /// The band or label on the framework's own scale, if any.
    public var label: String?
    /// The evidence behind it: "18 of 18 questions, 110 cases" or "as printed, 100 cases".
    public var coverage: String
  }

  /// One construct across the inspections.
  public struct Series: Sendable {
    /// The construct.
    public var construct: TrendConstruct
    /// Its title: the first item's title found.
    public var title: String
    /// The concepts it is followed by (empty: by the item's id in its own framework only).
    public var concepts: [String]
    /// One point per inspection, in ``Trend/inspections`` order.
    public var points: [Point]
  }

  /// A change of framework between two consecutive inspections.
  public struct Change: Sendable, Hashable {
    /// The position of the inspection after which the framework changes.
    public var after: Int
    /// The framework before, `id@version`.
    public var from: String
    /// The framework after.
    public var to: String
  }

  /// The inspections, in date order.
  public let inspections: [TrendInspection]
  /// The series, one per construct, in the order asked.
  public let series: [Series]
  /// The framework changes, in date order.
  public let changes: [Change]
  /// The coverage threshold applied to samples, in percent.
  public let threshold: Int

  /// Follows `constructs` across `inspections`.
  public init(
    inspections: [TrendInspection], constructs: [TrendConstruct],
    threshold: Int = Coverage.defaultThreshold
  ) {
    let ordered = inspections.enumerated().sorted {
      ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
    }.map(\.element)
    self.inspections = ordered
    self.threshold = threshold
    var changes: [Change] = []
    for index in ordered.indices.dropFirst()
    where ordered[index - 1].framework.label != ordered[index].framework.label {
      changes.append(
        Change(
          after: index - 1, from: ordered[index - 1].framework.label,
          to: ordered[index].framework.label))
    }
    self.changes = changes
    self.series = constructs.map { Self.series($0, ordered, threshold: threshold) }
  }

  private static func series(
    _ construct: TrendConstruct, _ inspections: [TrendInspection], threshold: Int
  ) -> Series {
    var concepts: [String] = []
    var reference: (label: String, item: TrendItem)?
    var title = construct.description
    switch construct {
    case .concept(let id):
      concepts = [id]
    case .item(let kind, let id):
      for inspection in inspections {
        guard let found = inspection.framework.item(kind, id) else { continue }
        concepts = found.concepts
        reference = (inspection.framework.label, found.item)
        title = found.item.title
        break
      }
    }
    let points = inspections.enumerated().map { index, inspection -> Point in
      let document = inspection.framework
      var item: TrendItem?
      if !concepts.isEmpty {
        let kind: String? =
          if case .item(let kind, _) = construct { kind.rawValue } else { nil }
        item = document.item(
          measuringExactly: Set(concepts), preferring: kind, questions: kind == nil)
      } else if let reference, reference.label == document.label {
        item = reference.item
      }
      guard let item else {
        let reason =
          concepts.isEmpty
          ? "\(document.label) is not the framework of \(construct.description), and the item "
            + "names no concept to find it by"
          : "no item of \(document.label) measures it exactly"
        return Point(inspection: index, item: nil, value: .absent(reason), label: nil, coverage: "")
      }
      return point(item, of: inspection, at: index, threshold: threshold)
    }
    if case .concept = construct, let first = points.lazy.compactMap(\.item).first {
      title = first.title
    }
    return Series(construct: construct, title: title, concepts: concepts, points: points)
  }

  private static func point(
    _ item: TrendItem, of inspection: TrendInspection, at index: Int, threshold: Int
  ) -> Point {
    switch inspection.figures {
    case .sample(_, let result, let coverage):
      if item.kind == "question" {
        guard let question = result.questions.first(where: { $0.id == item.id }) else {
          return Point(
            inspection: index, item: item, value: .undefined("not scored"), label: nil,
            coverage: "")
        }
        let words = "\(question.tally.relevant) relevant cases"
        guard let percent = question.percent else {
          return Point(
            inspection: index, item: item, value: .undefined("no relevant cases"), label: nil,
            coverage: words)
        }
        return Point(
          inspection: index, item: item, value: .exact(percent), label: nil, coverage: words)
      }
      let score = result.items.first { $0.kind.rawValue == item.kind && $0.id == item.id }
      let cover =
        coverage["\(item.kind) \(item.id)"]
        ?? Coverage(questionsWithEvidence: 0, questions: 0, cases: 0)
      let words = "\(cover.fraction) questions, \(cover.cases) cases"
      guard cover.isComparable(threshold: threshold) else {
        return Point(
          inspection: index, item: item, value: .notComparable(cover), label: nil,
          coverage: words)
      }
      guard let value = score?.value else {
        return Point(
          inspection: index, item: item, value: .undefined("no relevant cases"),
          label: score?.judgement?.label ?? score?.band?.label, coverage: words)
      }
      return Point(
        inspection: index, item: item, value: .exact(value),
        label: score?.judgement?.label ?? score?.band?.label, coverage: words)
    case .published(_, let published):
      let cases = published.cases.map { ", \($0) cases" } ?? ""
      let figure: PublishedFigure?
      var label: String?
      if item.kind == "question" {
        figure = published.questions?.first { $0.id == item.id }?.figure
      } else {
        let printed = published.items.first { $0.kind.rawValue == item.kind && $0.id == item.id }
        figure = printed?.figure
        label = printed?.label
      }
      guard let figure else {
        return Point(
          inspection: index, item: item, value: .undefined("the report prints no figure for it"),
          label: nil, coverage: "not printed")
      }
      let value: Value
      switch figure.form {
      case .exact:
        if let range = figure.bounds?.percentRange {
          value = .exact(range.lower)
        } else {
          value = .labelOnly
        }
      case .approximate:
        let range = figure.bounds?.percentRange ?? .point(0)
        let centre =
          (figure.shortfall
            ? 100 - (figure.approximately?.percent ?? 0) : figure.approximately?.percent)
          ?? range.middle
        value = .approximate(centre, range: range, words: figure.words)
      case .bound:
        value = figure.bounds.map { .bounded($0.percentRange, words: figure.words) } ?? .labelOnly
      case .count, .words:
        value = label == nil ? .undefined("printed in words only") : .labelOnly
      }
      if label == nil, case .exact(let percent) = value {
        label = band(percent, item, inspection.framework)
      }
      return Point(
        inspection: index, item: item, value: value, label: label, coverage: "as printed" + cases)
    }
  }

  /// The band of `value` on the item's grade scale, when the report printed no label.
  private static func band(_ value: Double, _ item: TrendItem, _ document: FrameworkDocument)
    -> String?
  {
    let scale: String? =
      switch item.kind {
      case "criterion": document.allCriteria.first { $0.id == item.id }?.gradeScale
      case "section": document.sections.first { $0.id == item.id }?.gradeScale
      case "headline": document.headlines.first { $0.id == item.id }?.gradeScale
      default: nil
      }
    guard let scale, let grade = document.gradeScales.first(where: { $0.id == scale }) else {
      return nil
    }
    return grade.band(for: value, displayDecimals: document.presentation.displayDecimals)?.label
  }
}
