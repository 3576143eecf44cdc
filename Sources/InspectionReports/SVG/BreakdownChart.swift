import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Small multiples for one breakdown: a panel per group, each the same little bar chart of
/// the sections and headlines computed from the group's cases, with the whole sample's score
/// marked on every bar, so groups are compared at a glance on one scale.
///
/// Each bar has its score written beside it (colour is never the only carrier); a score on a
/// small sample is marked `†`; an undefined one reads "—". A suppressed group's panel says so
/// and shows no number. Panels are inline SVG scaled to their box, laid out in a wrapping grid
/// (one column on a phone).
///
/// ```swift
/// let markup = BreakdownChart(result.breakdowns[0], in: result).figure()
/// ```
struct BreakdownChart {
  struct Bar {
    var id: String
    var title: String
    var value: Double?
    var text: String
    var whole: Double?
  }

  struct Panel {
    var label: String
    /// `nil` for a suppressed group.
    var bars: [Bar]?
    var scored: Int?
  }

  var column: String
  var minimumGroupSize: Int
  var panels: [Panel]

  static let width = 260.0
  static let barLeft = 44.0
  static let barWidth = 160.0
  static let rowHeight = 18.0
  static let top = 26.0

  init(_ breakdown: BreakdownScore, in result: ScoreResult) {
    let wording = ScoreWording(result)
    column = breakdown.column
    minimumGroupSize = breakdown.minimumGroupSize
    let wholeItems = result.sections + result.headlines
    panels = breakdown.groups.map { group in
      guard let scores = group.scores else {
        return Panel(label: group.label, bars: nil, scored: nil)
      }
      let items = scores.sections + scores.headlines
      let bars = wholeItems.map { whole -> Bar in
        let item = items.first { $0.id == whole.id }
        return Bar(
          id: wording.id(whole.id), title: whole.title, value: item?.value,
          text: wording.percent(item?.exact, item?.smallSample ?? false), whole: whole.value)
      }
      return Panel(label: group.label, bars: bars, scored: group.scored)
    }
  }

  /// The panels in a wrapping grid, with a caption.
  func figure() -> Markup {
    .element(
      "figure", ["class": "multiples"],
      [
        .element("div", ["class": "panels"], panels.map(svg)),
        .element(
          "figcaption", [:],
          [
            .text(
              "One panel per value of \(column): each bar is a section or headline score of that "
                + "group's cases alone, its value written beside it; the black tick marks the "
                + "whole sample's score. Groups of fewer than \(minimumGroupSize) scored cases "
                + "are suppressed.")
          ]),
      ])
  }

  private func svg(_ panel: Panel) -> Markup {
    let n = ChartGeometry.number
    let rows = Double(panel.bars?.count ?? 1)
    let height = Self.top + rows * Self.rowHeight + 6
    let heading = panel.scored.map { "\(panel.label) (\($0) cases)" } ?? panel.label
    var children: [Markup] = [
      .element("title", [:], [.text("\(column): \(heading)")]),
      .element(
        "text",
        attributes: [
          ("x", "0"), ("y", "14"), ("font-size", "12"), ("font-weight", "bold"),
          ("fill", ChartGeometry.ink),
        ], [.text(heading)]),
    ]
    guard let bars = panel.bars else {
      children.append(
        .element(
          "text",
          attributes: [
            ("x", "0"), ("y", n(Self.top + 12)), ("font-size", "11"),
            ("fill", ChartGeometry.muted),
          ],
          [.text("suppressed: fewer than \(minimumGroupSize) cases")]))
      return panelElement(children, height: height)
    }
    for (index, bar) in bars.enumerated() {
      let y = Self.top + Double(index) * Self.rowHeight
      children.append(
        .element(
          "text",
          attributes: [
            ("x", "0"), ("y", n(y + 12)), ("font-size", "11"), ("fill", ChartGeometry.ink),
          ], [.text(bar.id)]))
      children.append(
        .element(
          "rect",
          attributes: [
            ("x", n(Self.barLeft)), ("y", n(y + 3)), ("width", n(Self.barWidth)),
            ("height", "11"), ("fill", "#eef2f6"),
          ]))
      if let value = bar.value {
        children.append(
          .element(
            "rect",
            attributes: [
              ("x", n(Self.barLeft)), ("y", n(y + 3)),
              ("width", n(Self.barWidth * min(max(value, 0), 100) / 100)), ("height", "11"),
              ("fill", ChartGeometry.bandFills[0]),
            ], [.element("title", [:], [.text("\(bar.id) \(bar.title): \(bar.text)")])]))
      }
      if let whole = bar.whole {
        let x = Self.barLeft + Self.barWidth * min(max(whole, 0), 100) / 100
        children.append(
          .element(
            "line",
            attributes: [
              ("x1", n(x)), ("x2", n(x)), ("y1", n(y + 1)), ("y2", n(y + 16)),
              ("stroke", ChartGeometry.ink), ("stroke-width", "2"),
            ]))
      }
      children.append(
        .element(
          "text",
          attributes: [
            ("x", n(Self.barLeft + Self.barWidth + 6)), ("y", n(y + 12)), ("font-size", "11"),
            ("fill", ChartGeometry.ink),
          ], [.text(bar.text)]))
    }
    return panelElement(children, height: height)
  }

  private func panelElement(_ children: [Markup], height: Double) -> Markup {
    .element(
      "svg",
      attributes: [
        ("class", "panel"), ("role", "img"), ("xmlns", "http://www.w3.org/2000/svg"),
        ("viewBox", "0 0 \(ChartGeometry.number(Self.width)) \(ChartGeometry.number(height))"),
      ], children)
  }
}
