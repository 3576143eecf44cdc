import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// A "summary of scores" chart: one horizontal bar per item, grouped, with every band
/// boundary of the item's grade scale drawn as a labelled vertical line.
///
/// The published OMI reports open with such a chart and its "line of priority for
/// improvement". Beside each bar stand its score and its band or judgement in words, so
/// colour is never the only carrier of meaning; a score resting on a small sample is hatched
/// and marked `†`; an undefined score is written as "no relevant cases", never drawn as a zero
/// bar. ``table()`` gives the same figures as a table for readers who cannot see the chart.
///
/// ```swift
/// let chart = SummaryChart.criteria(of: result, document: document)
/// let svg = chart.svg().rendered()
/// ```
public struct SummaryChart: Sendable {
  /// A band boundary drawn as a vertical line, e.g. `≥ 70% Good`.
  public struct Threshold: Hashable, Sendable {
    /// Where the line is, in percent.
    public var value: Double
    /// What the line says.
    public var label: String

    /// Creates a threshold.
    public init(value: Double, label: String) {
      self.value = value
      self.label = label
    }
  }

  /// One bar.
  public struct Row: Sendable {
    /// The item id, e.g. `1.2`.
    public var id: String
    /// The item title.
    public var title: String
    /// The score in percent, or `nil` when undefined.
    public var value: Double?
    /// The score as displayed, e.g. `65%`; ignored when ``value`` is `nil`.
    public var valueText: String
    /// The band or judgement in words, written beside the bar.
    public var note: String
    /// Why there is no bar, e.g. "no relevant cases"; used when ``value`` is `nil`.
    public var missingText: String
    /// Whether the score rests on fewer relevant cases than the framework's minimum.
    public var smallSample: Bool
    /// The key of the row's thresholds in ``SummaryChart/scales``, if it has any.
    public var scale: String?
    /// The rank of the row's band among its scale's bands, 0 = best; picks the bar's shade.
    public var bandRank: Int?
    /// How many bands the scale has.
    public var bandCount: Int

    /// Creates a row.
    public init(
      id: String, title: String, value: Double?, valueText: String, note: String = "",
      missingText: String = "no relevant cases", smallSample: Bool = false,
      scale: String? = nil, bandRank: Int? = nil, bandCount: Int = 0
    ) {
      self.id = id
      self.title = title
      self.value = value
      self.valueText = valueText
      self.note = note
      self.missingText = missingText
      self.smallSample = smallSample
      self.scale = scale
      self.bandRank = bandRank
      self.bandCount = bandCount
    }
  }

  /// Rows under one heading, e.g. a section.
  public struct Group: Sendable {
    /// The heading, e.g. `Section 1: Assessment`.
    public var title: String
    /// The group's own score as displayed, e.g. `66%†`, or empty.
    public var valueText: String
    /// The group's band or judgement in words, or empty.
    public var note: String
    /// The bars.
    public var rows: [Row]

    /// Creates a group.
    public init(title: String, valueText: String = "", note: String = "", rows: [Row]) {
      self.title = title
      self.valueText = valueText
      self.note = note
      self.rows = rows
    }

    /// The score and band together, e.g. `66%† Priority for improvement`.
    var summary: String { [valueText, note].filter { !$0.isEmpty }.joined(separator: " ") }
  }

  /// A prefix for the ids inside the SVG, unique within one HTML page.
  public var id: String
  /// The chart's title, read out by screen readers.
  public var title: String
  /// The groups of bars.
  public var groups: [Group]
  /// The band boundaries of each scale rows refer to.
  public var scales: [String: [Threshold]]
  /// What `†` means, or empty when nothing is marked.
  public var smallSampleNote: String

  /// Creates a chart from plain data.
  public init(
    id: String, title: String, groups: [Group], scales: [String: [Threshold]] = [:],
    smallSampleNote: String = ""
  ) {
    self.id = id
    self.title = title
    self.groups = groups
    self.scales = scales
    self.smallSampleNote = smallSampleNote
  }
}

extension SummaryChart {
  /// The criteria of a result, grouped by section, each with its grade scale's boundaries
  /// (or, for a judged criterion, its judgement scale's advisory grade scale).
  public static func criteria(of result: ScoreResult, document: FrameworkDocument) -> SummaryChart {
    let wording = ScoreWording(result)
    var scales: [String: [Threshold]] = [:]
    var groups: [Group] = []
    for section in result.sections {
      let declared = document.sections.first { $0.id == section.id }
      let rows = result.criteria.filter { $0.parent == section.id }.map { criterion in
        let declaration = declared?.criteria.first { $0.id == criterion.id }
        let scaleID = declaration.flatMap { criterion in
          criterion.gradeScale
            ?? criterion.judgementScale.flatMap { id in
              document.judgementScales.first { $0.id == id }?.advisory
            }
        }
        let judgedOnly = declaration.map { $0.questions.isEmpty } ?? false
        return row(
          criterion, scaleID: scaleID, document: document, wording: wording, scales: &scales,
          missing: judgedOnly ? "judged, not scored" : "no relevant cases")
      }
      groups.append(
        Group(
          title: "\(section.id)  \(section.title)",
          valueText: section.value == nil
            ? "" : wording.percent(section.exact, section.smallSample),
          note: wording.note(section), rows: rows))
    }
    return SummaryChart(
      id: "criteria", title: "Summary of criterion scores", groups: groups, scales: scales,
      smallSampleNote: wording.smallSampleNote)
  }

  /// The headline (thread) scores of a result, in one group.
  public static func headlines(of result: ScoreResult, document: FrameworkDocument) -> SummaryChart
  {
    let wording = ScoreWording(result)
    var scales: [String: [Threshold]] = [:]
    let rows = result.headlines.map { headline in
      let scaleID = document.headlines.first { $0.id == headline.id }?.gradeScale
      return row(
        headline, scaleID: scaleID, document: document, wording: wording, scales: &scales,
        missing: "no relevant cases")
    }
    return SummaryChart(
      id: "headlines", title: "Headline scores", groups: [Group(title: "Headlines", rows: rows)],
      scales: scales, smallSampleNote: wording.smallSampleNote)
  }

  private static func row(
    _ item: ItemScore, scaleID: String?, document: FrameworkDocument, wording: ScoreWording,
    scales: inout [String: [Threshold]], missing: String
  ) -> Row {
    let scale = scaleID.flatMap { id in document.gradeScales.first { $0.id == id } }
    var rank: Int?
    var count = 0
    if let scale, scale.range == .percent {
      scales[scale.id] = thresholds(of: scale)
      let ordered = ScoreWording.bestFirst(scale.bands)
      count = ordered.count
      let bandID = item.band?.id ?? item.judgement?.advisory?.id
      rank = ordered.firstIndex { $0.id == bandID }
    }
    return Row(
      id: wording.id(item.id), title: item.title, value: item.value,
      valueText: wording.percent(item.exact, item.smallSample),
      note: wording.note(item), missingText: missing, smallSample: item.smallSample,
      scale: scale?.range == .percent ? scale?.id : nil, bandRank: rank, bandCount: count)
  }

  /// The boundaries between a scale's bands: each band's lower bound inside the range, as
  /// `≥ 70% Good`; a scale whose bands only have upper bounds uses those, as `< 60% Urgent`.
  public static func thresholds(of scale: FrameworkDocument.GradeScale) -> [Threshold] {
    let inside = { (value: Double) in value > scale.range.minimum && value < scale.range.maximum }
    var result: [Threshold] = []
    for band in scale.bands {
      if let lower = band.lower, inside(lower.value) {
        result.append(
          Threshold(
            value: lower.value,
            label:
              "\(lower.inclusive ? "≥" : ">")\(DisplayRounding.plain(lower.value))% \(band.label)"))
      }
    }
    if result.isEmpty {
      for band in scale.bands {
        if let upper = band.upper, inside(upper.value) {
          result.append(
            Threshold(
              value: upper.value,
              label:
                "\(upper.inclusive ? "≤" : "<")\(DisplayRounding.plain(upper.value))% \(band.label)"
            ))
        }
      }
    }
    return result.sorted { $0.value < $1.value }
  }
}
