/// A comparison chart: for each item, one bar per series (baseline and follow-up, or one
/// per framework), side by side, with a mark where the difference is significant.
///
/// The chart takes plain data, so any comparison can draw it: labels, two or more values per
/// row, and a significance flag. Series are told apart by fill *and* pattern and named in a
/// key; each bar carries its value in words; a significant difference is marked `*` beside
/// the row's note. ``htmlFragment()`` gives the chart with the same figures as a table;
/// ``markdown()`` gives the table alone.
///
/// ```swift
/// let chart = PairedBarChart(
///   id: "change", title: "Criterion scores, baseline and follow-up",
///   series: ["Baseline 2009", "Follow-up 2011"],
///   groups: [.init(title: "1 Assessment", rows: [
///     .init(id: "1.1", title: "Preparing for sentence", values: [62, 78],
///           note: "+16 points", significant: true)])],
///   significanceNote: "* the difference is significant at the 5% level (Fisher's exact test).")
/// ```
public struct PairedBarChart: Sendable {
  /// One item: a value per series.
  public struct Row: Sendable {
    /// The item id.
    public var id: String
    /// The item title.
    public var title: String
    /// One value (percent) per series, `nil` where undefined.
    public var values: [Double?]
    /// The values as displayed; when empty, whole percentages are written.
    public var valueTexts: [String]
    /// The difference in words, e.g. `+16 points`.
    public var note: String
    /// Whether the difference is significant; marked `*`.
    public var significant: Bool
    /// Whether a test was run; the table says "no test" where none was.
    public var tested: Bool

    /// Creates a row.
    public init(
      id: String, title: String, values: [Double?], valueTexts: [String] = [], note: String = "",
      significant: Bool = false, tested: Bool = true
    ) {
      self.id = id
      self.title = title
      self.values = values
      self.valueTexts = valueTexts
      self.note = note
      self.significant = significant
      self.tested = tested
    }

    /// The significance column: "yes *", "no", or "no test".
    var significance: String { !tested ? "no test" : significant ? "yes *" : "no" }

    /// The displayed value of series `index`.
    func text(_ index: Int) -> String {
      if index < valueTexts.count { return valueTexts[index] }
      guard index < values.count, let value = values[index] else { return "—" }
      return ChartGeometry.number((value).rounded()) + "%"
    }
  }

  /// Rows under one heading.
  public struct Group: Sendable {
    /// The heading.
    public var title: String
    /// The rows.
    public var rows: [Row]

    /// Creates a group.
    public init(title: String, rows: [Row]) {
      self.title = title
      self.rows = rows
    }
  }

  /// A prefix for the ids inside the SVG, unique within one HTML page.
  public var id: String
  /// The chart's title.
  public var title: String
  /// The series' names, in bar order, e.g. `["Baseline 2009", "Follow-up 2011"]`.
  public var series: [String]
  /// The groups of rows.
  public var groups: [Group]
  /// Band boundaries to draw across the whole chart, if the items share a scale.
  public var thresholds: [SummaryChart.Threshold]
  /// What `*` means, e.g. the test and level.
  public var significanceNote: String

  /// Creates a chart from plain data.
  public init(
    id: String, title: String, series: [String], groups: [Group],
    thresholds: [SummaryChart.Threshold] = [],
    significanceNote: String = "* the difference is significant at the 5% level."
  ) {
    self.id = id
    self.title = title
    self.series = series
    self.groups = groups
    self.thresholds = thresholds
    self.significanceNote = significanceNote
  }

  /// The chart (SVG) with a key, followed by its figures as a table, as an HTML fragment.
  public func htmlFragment() -> String {
    let key = series.enumerated().flatMap { index, name -> [Markup] in
      let pattern =
        index % 2 == 1
        ? "repeating-linear-gradient(45deg, #ffffff 0 1.5px, \(Self.fill(index)) 1.5px 4px)"
        : Self.fill(index)
      return [.element("span", ["class": "key", "style": "background: \(pattern)"]), .text(name)]
    }
    let figure = Markup.element(
      "figure", [:],
      [
        svg(),
        .element("figcaption", [:], [.text("Key:")] + key + [.text(". " + significanceNote)]),
      ])
    return figure.rendered() + "\n" + table().rendered() + "\n"
  }

  /// The figures as a Markdown table, ending in a newline.
  public func markdown() -> String {
    func cell(_ text: String) -> String { MarkdownText.cell(text) }
    var lines = [
      "| id | title | " + series.map(cell).joined(separator: " | ")
        + " | difference | significant |",
      "|---|---|" + String(repeating: "---:|", count: series.count) + "---|---|",
    ]
    for group in groups {
      lines.append(
        "| **\(cell(group.title))** |" + String(repeating: " |", count: series.count + 3))
      for row in group.rows {
        let values = series.indices.map { row.text($0) }.joined(separator: " | ")
        lines.append(
          "| \(cell(row.id)) | \(cell(row.title)) | \(values) | \(cell(row.note)) | \(row.significance.replacingOccurrences(of: "*", with: "\\*")) |"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n\n" + MarkdownText.escape(significanceNote) + "\n"
  }

  static func fill(_ index: Int) -> String {
    ChartGeometry.seriesFills[index % ChartGeometry.seriesFills.count]
  }

  /// The figures as an HTML table.
  func table() -> Markup {
    var bodies: [Markup] = []
    for group in groups {
      var rows: [Markup] = [
        .element(
          "tr", ["class": "group"],
          [
            .element(
              "th", attributes: [("scope", "rowgroup"), ("colspan", String(series.count + 4))],
              [.text(group.title)])
          ])
      ]
      for row in group.rows {
        rows.append(
          .element(
            "tr", [:],
            [
              .element("th", ["scope": "row"], [.text(row.id)]),
              .element("td", [:], [.text(row.title)]),
            ] + series.indices.map { .element("td", ["class": "num"], [.text(row.text($0))]) } + [
              .element("td", [:], [.text(row.note)]),
              .element("td", [:], [.text(row.significance)]),
            ]))
      }
      bodies.append(.element("tbody", [:], rows))
    }
    let header: [Markup] =
      [
        .element("th", ["scope": "col"], ["id"]), .element("th", ["scope": "col"], ["title"]),
      ] + series.map { .element("th", ["scope": "col", "class": "num"], [.text($0)]) } + [
        .element("th", ["scope": "col"], ["difference"]),
        .element("th", ["scope": "col"], ["significant"]),
      ]
    return .element(
      "table", ["class": "figures"],
      [
        .element("caption", [:], [.text(title + ": the chart's figures")]),
        .element("thead", [:], [.element("tr", [:], header)]),
      ] + bodies)
  }

  /// The chart as an inline SVG element.
  func svg() -> Markup {
    typealias G = ChartGeometry
    let n = G.number
    let annotationLeft = 592.0
    let barHeight = 11.0
    var body: [Markup] = []
    var y = 4.0
    // The key, drawn in the chart too so it survives being copied out of the page.
    var keyX = G.barLeft
    for (index, name) in series.enumerated() {
      body.append(barRect(x: keyX, y: y, width: 14, height: 10, series: index))
      body.append(
        .element(
          "text", attributes: [("x", n(keyX + 19)), ("y", n(y + 9)), ("font-size", "11")],
          [.text(name)]))
      keyX += 19 + G.textWidth(name, size: 11) + 16
    }
    y += 20
    let placed = SummaryChart.placeLabels(thresholds)
    let stripRows = (placed.map(\.row).max() ?? -1) + 1
    let stripTop = y
    y += Double(stripRows) * 13 + (stripRows > 0 ? 4 : 0)
    let chartTop = y
    var overlays: [Markup] = []
    for (groupIndex, group) in groups.enumerated() {
      if groupIndex > 0 { y += 6 }
      body.append(
        .element(
          "line",
          attributes: [
            ("x1", "0"), ("x2", n(G.width)), ("y1", n(y)), ("y2", n(y)), ("stroke", G.ink),
            ("stroke-width", "1"),
          ]))
      body.append(
        .element(
          "text", attributes: [("x", "0"), ("y", n(y + 15)), ("font-weight", "bold")],
          [.text(group.title)]))
      y += 22
      for row in group.rows {
        let labelLines = G.wrap("\(row.id)  \(row.title)", width: G.labelWidth)
        let barsHeight = Double(series.count) * (barHeight + 2)
        let height = max(Double(labelLines.count) * G.lineHeight, barsHeight) + 10
        let middle = y + height / 2
        var children: [Markup] = [
          .element(
            "title", [:],
            [
              .text(
                "\(row.id) \(row.title): "
                  + series.indices.map { "\(series[$0]) \(row.text($0))" }.joined(separator: ", ")
                  + (row.note.isEmpty ? "" : ", \(row.note)")
                  + (row.significant ? " (significant)" : ""))
            ])
        ]
        let firstBaseline = middle - Double(labelLines.count - 1) * G.lineHeight / 2 + 4
        children.append(
          .element(
            "text", [:],
            labelLines.enumerated().map { index, line in
              .element(
                "tspan",
                attributes: [("x", "0"), ("y", n(firstBaseline + Double(index) * G.lineHeight))],
                [.text(line)])
            }))
        var barY = middle - barsHeight / 2 + 1
        for index in series.indices {
          let value = index < row.values.count ? row.values[index] : nil
          if let value {
            let width = max(1.5, G.barWidth * min(max(value, 0), 100) / 100)
            children.append(
              barRect(x: G.barLeft, y: barY, width: width, height: barHeight, series: index))
            overlays.append(
              .element(
                "text",
                attributes: [
                  ("x", n(G.barLeft + width + 4)), ("y", n(barY + 9)), ("font-size", "10"),
                  ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"),
                ], [.text(row.text(index))]))
          } else {
            overlays.append(
              .element(
                "text",
                attributes: [
                  ("x", n(G.barLeft + 4)), ("y", n(barY + 9)), ("font-size", "10"),
                  ("font-style", "italic"),
                  ("fill", G.muted), ("stroke", "#ffffff"), ("stroke-width", "3"),
                  ("paint-order", "stroke"),
                ],
                [
                  .text(
                    "\(series[index]): "
                      + (index < row.valueTexts.count ? row.valueTexts[index] : "no relevant cases")
                  )
                ]))
          }
          barY += barHeight + 2
        }
        let annotation = row.note + (row.significant ? " *" : "")
        if !annotation.isEmpty {
          children.append(
            .element(
              "text",
              attributes: [
                ("x", n(annotationLeft)), ("y", n(middle + 4)),
                ("font-weight", row.significant ? "bold" : nil),
              ], [.text(annotation)]))
        }
        body.append(.element("g", ["class": "row"], children))
        y += height
      }
    }
    for label in placed {
      let x = G.x(percent: label.threshold.value)
      let labelY = stripTop + Double(label.row) * 13 + 10
      body.append(
        .element(
          "g", ["class": "threshold"],
          [
            .element(
              "line",
              attributes: [
                ("x1", n(x)), ("x2", n(x)), ("y1", n(labelY + 3)), ("y2", n(y)),
                ("stroke", G.threshold),
                ("stroke-width", "1.5"), ("stroke-dasharray", "5 3"),
              ]),
            .element(
              "text",
              attributes: [
                ("x", n(label.x)), ("y", n(labelY)), ("font-size", "11"), ("fill", G.threshold),
              ],
              [.text(label.threshold.label)]),
          ]))
    }
    // Values go over the boundary lines, on a white halo, so both stay legible.
    body += overlays
    var grid: [Markup] = []
    for tick in stride(from: 0.0, through: 100.0, by: 20.0) {
      let x = G.x(percent: tick)
      grid.append(
        .element(
          "line",
          attributes: [
            ("x1", n(x)), ("x2", n(x)), ("y1", n(chartTop)), ("y2", n(y + 2)), ("stroke", G.grid),
            ("stroke-width", "1"),
          ]))
      grid.append(
        .element(
          "text",
          attributes: [
            ("x", n(x)), ("y", n(y + 16)), ("font-size", "11"), ("text-anchor", "middle"),
            ("fill", G.muted),
          ], [.text("\(Int(tick))%")]))
    }
    let height = y + 24
    let patterns: [Markup] = series.indices.filter { $0 % 2 == 1 }.map { index in
      .element(
        "pattern",
        attributes: [
          ("id", "\(id)-series\(index)"), ("width", "5"), ("height", "5"),
          ("patternUnits", "userSpaceOnUse"),
          ("patternTransform", "rotate(\(index == 1 ? 45 : -45))"),
        ],
        [
          .element(
            "line",
            attributes: [
              ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "5"), ("stroke", "#ffffff"),
              ("stroke-width", "1.5"),
            ])
        ])
    }
    return .element(
      "svg",
      attributes: [
        ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"),
        ("viewBox", "0 0 \(n(G.width)) \(n(height))"), ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("font-family", "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif"), ("font-size", "12"),
        ("fill", G.ink),
      ],
      [
        .element("title", attributes: [("id", "\(id)-title")], [.text(title)]),
        .element(
          "desc", attributes: [("id", "\(id)-desc")],
          [
            .text(
              "Paired horizontal bars from 0% to 100%, one per series ("
                + series.joined(separator: ", ")
                + ") for each item; * marks a significant difference. The same figures are in the "
                + "table that follows the chart.")
          ]),
        .element("defs", [:], patterns),
      ] + grid + body)
  }

  /// A bar of series `index`: its fill, a pattern for every second series, a dark outline.
  private func barRect(x: Double, y: Double, width: Double, height: Double, series index: Int)
    -> Markup
  {
    let n = ChartGeometry.number
    let frame: [(String, String?)] = [
      ("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height)),
    ]
    var parts: [Markup] = [
      .element(
        "rect",
        attributes: frame + [
          ("fill", Self.fill(index)), ("stroke", ChartGeometry.ink), ("stroke-width", "1"),
        ])
    ]
    if index % 2 == 1 {
      parts.append(.element("rect", attributes: frame + [("fill", "url(#\(id)-series\(index))")]))
    }
    return parts.count == 1 ? parts[0] : .element("g", [:], parts)
  }
}
