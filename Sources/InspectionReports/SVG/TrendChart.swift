import InspectionComparison
import InspectionSchema

/// A ``Trend`` as one self-contained HTML page: an SVG line chart over time with the framework
/// changes marked on the axis, then every point as a table.
///
/// Time runs left to right (inspections placed by date); scores run 0–100%. Each series is a
/// line joining its points **within one framework**: a framework change is a dashed vertical
/// rule labelled `OMI@2006 → OMI@2008`, and no line crosses it. An exact value is a filled dot
/// with its value; an approximate one a hollow dot with its range; a bound given in words a
/// bar over the range it allows, with the words; a point with nothing to plot (not comparable,
/// not printed, no counterpart) is written out under the axis. The page has no scripts and no
/// external resources.
///
/// ```swift
/// let html = TrendChart.page(trend, provenance: ReportProvenance(inspectionKitVersion: "0.1.0"))
/// ```
public enum TrendChart {
  static let left = 56.0
  static let right = 744.0
  static let top = 48.0
  static let plotHeight = 300.0

  /// The page.
  public static func page(_ trend: Trend, provenance: ReportProvenance) -> String {
    let title =
      "Trend: " + (trend.series.map(\.title).joined(separator: "; "))
    let body: [Markup] =
      [
        .element(
          "header", [:],
          [
            .element("p", ["class": "muted small"], [.text("Trend")]),
            .element("h1", [:], [.text(title)]),
            .element(
              "p", ["class": "lede"],
              [
                .text(
                  "\(trend.inspections.count) inspections from \(trend.inspections.first?.date ?? "") "
                    + "to \(trend.inspections.last?.date ?? ""). Each point is on its own "
                    + "framework's scale; where the framework changes (dashed rules) the scale "
                    + "changes, and no line joins points across it. "
                    + TrendReport.changesSentence(trend))
              ]),
          ]),
        .element(
          "figure", [:],
          [
            svg(trend),
            .element(
              "figcaption", [:],
              [
                .text(
                  "Filled dot: a printed or computed score. Hollow dot with whiskers: an "
                    + "approximate printed figure and the range it stands for. Bar: a bound given "
                    + "in words (the range the report allows). Dashed rule: the framework changes.")
              ]),
          ]),
      ] + trend.series.map { table($0, trend) } + [
        .element("h2", [:], ["About this report"]),
        .element(
          "dl", ["class": "provenance"],
          trend.inspections.flatMap { inspection -> [Markup] in
            [
              .element("dt", [:], [.text("\(inspection.name) (\(inspection.date))")]),
              .element(
                "dd", [:],
                [
                  .text(
                    "\(inspection.framework.label) (\(inspection.fingerprint)); "
                      + TrendReport.source(inspection))
                ]),
            ]
          } + [
            .element("dt", [:], ["Produced by"]),
            .element("dd", [:], [.text("InspectionKit \(provenance.inspectionKitVersion)")]),
          ]),
      ]
    return HTMLPage.render(
      title: title, generator: "InspectionKit \(provenance.inspectionKitVersion)", body: body)
  }

  /// The x coordinate of each inspection: by date, spread so that no two are closer than
  /// `minimumGap`.
  static func positions(_ trend: Trend) -> [Double] {
    let years = trend.inspections.map(\.year)
    guard let first = years.first, let last = years.last else { return [] }
    let span = max(last - first, 1)
    let start = first - span * 0.08
    let end = last + span * 0.08
    var xs = years.map { left + (right - left) * ($0 - start) / (end - start) }
    let minimumGap = 60.0
    for index in xs.indices.dropFirst() where xs[index] - xs[index - 1] < minimumGap {
      xs[index] = xs[index - 1] + minimumGap
    }
    return xs
  }

  static func y(_ percent: Double) -> Double {
    top + plotHeight * (1 - min(max(percent, 0), 100) / 100)
  }

  /// The chart as an inline SVG element.
  static func svg(_ trend: Trend) -> Markup {
    typealias G = ChartGeometry
    let n = G.number
    let xs = positions(trend)
    let bottom = top + plotHeight
    var body: [Markup] = []
    // The key.
    var keyX = left
    for (index, series) in trend.series.enumerated() {
      let colour = G.seriesFills[index % G.seriesFills.count]
      body.append(
        .element(
          "line",
          attributes: [
            ("x1", n(keyX)), ("x2", n(keyX + 18)), ("y1", "12"), ("y2", "12"), ("stroke", colour),
            ("stroke-width", "2.5"), ("stroke-dasharray", index % 2 == 1 ? "6 3" : nil),
          ]))
      body.append(
        .element(
          "text", attributes: [("x", n(keyX + 24)), ("y", "16"), ("font-size", "11")],
          [.text(series.title)]))
      keyX += 24 + G.textWidth(series.title, size: 11) + 18
    }
    // The grid and the y axis.
    for tick in stride(from: 0.0, through: 100.0, by: 20.0) {
      body.append(
        .element(
          "line",
          attributes: [
            ("x1", n(left)), ("x2", n(right)), ("y1", n(y(tick))), ("y2", n(y(tick))),
            ("stroke", tick == 0 ? G.ink : G.grid), ("stroke-width", "1"),
          ]))
      body.append(
        .element(
          "text",
          attributes: [
            ("x", n(left - 6)), ("y", n(y(tick) + 4)), ("font-size", "11"), ("text-anchor", "end"),
            ("fill", G.muted),
          ], [.text("\(Int(tick))%")]))
    }
    // Framework changes: a dashed rule between the two inspections, labelled at the top.
    for (row, change) in trend.changes.enumerated() where change.after + 1 < xs.count {
      let x = (xs[change.after] + xs[change.after + 1]) / 2
      let labelY = 30.0 + Double(row % 2) * 12
      body.append(
        .element(
          "g", ["class": "framework-change"],
          [
            .element(
              "title", [:], [.text("The framework changes: \(change.from) → \(change.to)")]),
            .element(
              "line",
              attributes: [
                ("x1", n(x)), ("x2", n(x)), ("y1", n(labelY + 4)), ("y2", n(bottom + 50)),
                ("stroke", G.threshold), ("stroke-width", "1.5"), ("stroke-dasharray", "5 3"),
              ]),
            .element(
              "text",
              attributes: [
                ("x", n(x)), ("y", n(labelY)), ("font-size", "10.5"),
                ("text-anchor", "middle"), ("fill", G.threshold), ("font-weight", "bold"),
              ], [.text("\(change.from) → \(change.to)")]),
          ]))
    }
    // The x axis: each inspection's name, date and framework.
    for (index, inspection) in trend.inspections.enumerated() where index < xs.count {
      let x = xs[index]
      body.append(
        .element(
          "line",
          attributes: [
            ("x1", n(x)), ("x2", n(x)), ("y1", n(bottom)), ("y2", n(bottom + 4)),
            ("stroke", G.ink), ("stroke-width", "1"),
          ]))
      body.append(
        .element(
          "text",
          attributes: [
            ("x", n(x)), ("y", n(bottom + 16)), ("font-size", "11"), ("text-anchor", "middle"),
          ],
          [
            .element("tspan", attributes: [("x", n(x)), ("dy", "0")], [.text(inspection.name)]),
            .element("tspan", attributes: [("x", n(x)), ("dy", "13")], [.text(inspection.date)]),
            .element(
              "tspan", attributes: [("x", n(x)), ("dy", "13"), ("fill", G.muted)],
              [.text(inspection.framework.label)]),
          ]))
    }
    // The series.
    for (index, series) in trend.series.enumerated() {
      let colour = G.seriesFills[index % G.seriesFills.count]
      var group: [Markup] = []
      var segment: [(Double, Double)] = []
      var segmentFramework: String?
      func flush() {
        if segment.count > 1 {
          group.append(
            .element(
              "polyline",
              attributes: [
                ("points", segment.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")),
                ("fill", "none"), ("stroke", colour), ("stroke-width", "2"),
                ("stroke-dasharray", index % 2 == 1 ? "6 3" : nil),
              ]))
        }
        segment = []
      }
      var missing = 0
      for point in series.points where point.inspection < xs.count {
        let x = xs[point.inspection]
        let framework = trend.inspections[point.inspection].framework.label
        if framework != segmentFramework {
          flush()
          segmentFramework = framework
        }
        let value = TrendReport.text(point.value)
        let tip =
          "\(trend.inspections[point.inspection].name) (\(framework)): \(value)"
          + (point.label.map { ", \($0)" } ?? "")
        switch point.value {
        case .exact(let percent):
          segment.append((x, y(percent)))
          group.append(dot(x, y(percent), colour, filled: true, tip: tip))
          group.append(label(x, y(percent) - 9, value, colour))
        case .approximate(let percent, let range, _):
          segment.append((x, y(percent)))
          group.append(whisker(x, range, colour))
          group.append(dot(x, y(percent), colour, filled: false, tip: tip))
          group.append(label(x, y(range.upper) - 7, value, colour))
        case .bounded(let range, _):
          flush()
          group.append(
            .element(
              "rect",
              attributes: [
                ("x", n(x - 4)), ("y", n(y(range.upper))), ("width", "8"),
                ("height", n(max(1, y(range.lower) - y(range.upper)))), ("fill", colour),
                ("fill-opacity", "0.35"), ("stroke", colour), ("stroke-width", "1"),
              ], [.element("title", [:], [.text(tip)])]))
          group.append(label(x, y(range.upper) - 6, value, colour))
        default:
          flush()
          group.append(
            .element(
              "text",
              attributes: [
                ("x", n(x)), ("y", n(bottom - 8 - Double(missing % 2) * 12)), ("font-size", "10"),
                ("text-anchor", "middle"), ("font-style", "italic"), ("fill", G.muted),
              ], [.element("title", [:], [.text(tip)]), .text(shortWords(point.value))]))
          missing += 1
        }
      }
      flush()
      body.append(.element("g", ["class": "series"], group))
    }
    let height = bottom + 58
    return .element(
      "svg",
      attributes: [
        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(G.width)) \(n(height))"),
        ("width", "100%"), ("role", "img"),
        ("aria-label", "Trend chart; the figures are in the tables below"),
        ("font-family", "DejaVu Sans, Helvetica Neue, Arial, sans-serif"), ("font-size", "12"),
        ("fill", G.ink),
      ], body)
  }

  private static func dot(_ x: Double, _ y: Double, _ colour: String, filled: Bool, tip: String)
    -> Markup
  {
    .element(
      "circle",
      attributes: [
        ("cx", ChartGeometry.number(x)), ("cy", ChartGeometry.number(y)), ("r", "4.5"),
        ("fill", filled ? colour : "#ffffff"), ("stroke", colour), ("stroke-width", "2"),
      ], [.element("title", [:], [.text(tip)])])
  }

  private static func whisker(_ x: Double, _ range: PercentRange, _ colour: String) -> Markup {
    let n = ChartGeometry.number
    return .element(
      "path",
      attributes: [
        (
          "d",
          "M\(n(x - 4)),\(n(y(range.upper)))H\(n(x + 4))M\(n(x)),\(n(y(range.upper)))"
            + "V\(n(y(range.lower)))M\(n(x - 4)),\(n(y(range.lower)))H\(n(x + 4))"
        ), ("stroke", colour), ("stroke-width", "1.5"), ("fill", "none"),
      ])
  }

  private static func label(_ x: Double, _ y: Double, _ text: String, _ colour: String) -> Markup {
    .element(
      "text",
      attributes: [
        ("x", ChartGeometry.number(x)), ("y", ChartGeometry.number(max(y, 24))),
        ("font-size", "11"), ("text-anchor", "middle"), ("font-weight", "bold"),
        ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"),
      ], [.text(text)])
  }

  private static func shortWords(_ value: Trend.Value) -> String {
    switch value {
    case .notComparable(let coverage): "not comparable (\(coverage.fraction))"
    case .absent: "no counterpart"
    case .labelOnly: "label only"
    case .undefined: "no figure"
    default: ""
    }
  }

  /// One series' points as an HTML table, with the framework changes as rows of their own.
  static func table(_ series: Trend.Series, _ trend: Trend) -> Markup {
    let header = [
      "date", "inspection", "framework", "item", "value", "on its scale", "evidence",
    ]
    var rows: [Markup] = []
    for point in series.points {
      let inspection = trend.inspections[point.inspection]
      let cells = [
        inspection.framework.label, point.item.map { "\($0.kind) \($0.id): \($0.title)" } ?? "–",
        TrendReport.text(point.value), point.label ?? "", point.coverage,
      ]
      rows.append(
        .element(
          "tr", [:],
          [
            .element("td", [:], [.text(inspection.date)]),
            .element("th", ["scope": "row"], [.text(inspection.name)]),
          ] + cells.map { .element("td", [:], [.text($0)]) }))
      if let change = trend.changes.first(where: { $0.after == point.inspection }) {
        rows.append(
          .element(
            "tr", ["class": "group"],
            [
              .element(
                "th", attributes: [("scope", "rowgroup"), ("colspan", String(header.count))],
                [.text("The framework changes: \(change.from) → \(change.to)")])
            ]))
      }
    }
    let title =
      "\(series.title) (\(series.construct.description)"
      + (series.concepts.isEmpty || series.construct == .concept(series.concepts[0])
        ? "" : "; concept \(series.concepts.joined(separator: ", "))")
      + ")"
    return .element(
      "section", [:],
      [
        .element("h2", [:], [.text(title)]),
        .element(
          "table", ["class": "figures"],
          [
            .element("caption", [:], [.text(title + ": every point")]),
            .element(
              "thead", [:],
              [.element("tr", [:], header.map { .element("th", ["scope": "col"], [.text($0)]) })]),
            .element("tbody", [:], rows),
          ]),
      ])
  }
}
