import InspectionSchema

extension SummaryChart {
  /// The chart as an inline SVG element, scaled to the width of its container.
  ///
  /// Groups are stacked; above each run of rows that share a grade scale, the scale's
  /// boundaries are labelled, and their lines run down through those rows. A percentage axis
  /// closes the chart.
  func svg() -> Markup {
    typealias G = ChartGeometry
    var body: [Markup] = []
    var y = 4.0
    let n = G.number
    for (groupIndex, group) in groups.enumerated() {
      if groupIndex > 0 { y += 8 }
      // The group heading, with its own score and band on the right.
      let headingLines = G.wrap(group.title, width: G.annotationLeft - 12, bold: true)
      let summaryLines = G.wrap(group.summary, width: G.width - G.annotationLeft, bold: true)
      let headingHeight = Double(max(headingLines.count, summaryLines.count)) * G.lineHeight
      body.append(
        .element(
          "line",
          attributes: [
            ("x1", "0"), ("x2", n(G.width)), ("y1", n(y)), ("y2", n(y)), ("stroke", G.ink),
            ("stroke-width", "1"),
          ]))
      body.append(textBlock(headingLines, x: 0, y: y + 15, weight: "bold"))
      if !group.summary.isEmpty {
        body.append(textBlock(summaryLines, x: G.annotationLeft, y: y + 15, weight: "bold"))
      }
      y += headingHeight + 8

      // Runs of rows sharing a scale get one strip of boundary labels and lines through them.
      var index = 0
      while index < group.rows.count {
        let key = group.rows[index].scale
        var end = index
        while end < group.rows.count && group.rows[end].scale == key { end += 1 }
        let thresholds = key.flatMap { scales[$0] } ?? []
        let placed = Self.placeLabels(thresholds)
        let stripRows = (placed.map(\.row).max() ?? -1) + 1
        let stripTop = y
        y += Double(stripRows) * 13 + (stripRows > 0 ? 4 : 0)
        let runTop = y
        var overlays: [Markup] = []
        for row in group.rows[index..<end] {
          let (markup, overlay, height) = rowMarkup(row, top: y)
          body.append(markup)
          overlays += overlay
          y += height
        }
        for label in placed {
          let x = G.x(percent: label.threshold.value)
          let labelY = stripTop + Double(label.row) * 13 + 10
          let lineTop = labelY + 3
          body.append(
            .element(
              "g", ["class": "threshold"],
              [
                .element("title", [:], [.text("Band boundary: \(label.threshold.label)")]),
                .element(
                  "line",
                  attributes: [
                    ("x1", n(x)), ("x2", n(x)), ("y1", n(runTop - 2)), ("y2", n(y - 2)),
                    ("stroke", "#ffffff"),
                    ("stroke-width", "4"),
                  ]),
                .element(
                  "line",
                  attributes: [
                    ("x1", n(x)), ("x2", n(x)), ("y1", n(lineTop)), ("y2", n(y - 2)),
                    ("stroke", G.threshold), ("stroke-width", "1.5"), ("stroke-dasharray", "5 3"),
                  ]),
                .element(
                  "text",
                  attributes: [
                    ("x", n(label.x)), ("y", n(labelY)), ("font-size", "11"), ("fill", G.threshold),
                  ], [.text(label.threshold.label)]),
              ]))
        }
        // Words inside the bar area go over the lines, on a white halo, so both stay legible.
        body += overlays
        index = end
      }
    }
    // Axis, and light gridlines behind everything.
    let chartBottom = y + 2
    var grid: [Markup] = []
    for tick in stride(from: 0.0, through: 100.0, by: 20.0) {
      let x = G.x(percent: tick)
      grid.append(
        .element(
          "line",
          attributes: [
            ("x1", n(x)), ("x2", n(x)), ("y1", "4"), ("y2", n(chartBottom)), ("stroke", G.grid),
            ("stroke-width", "1"),
          ]))
      grid.append(
        .element(
          "text",
          attributes: [
            ("x", n(x)), ("y", n(chartBottom + 14)), ("font-size", "11"), ("text-anchor", "middle"),
            ("fill", G.muted),
          ], [.text("\(Int(tick))%")]))
    }
    grid.append(
      .element(
        "line",
        attributes: [
          ("x1", n(G.barLeft)), ("x2", n(G.barLeft + G.barWidth)), ("y1", n(chartBottom)),
          ("y2", n(chartBottom)), ("stroke", G.ink), ("stroke-width", "1"),
        ]))
    let height = chartBottom + 22
    let defs = Markup.element(
      "defs", [:],
      [
        .element(
          "pattern",
          attributes: [
            ("id", "\(id)-hatch"), ("width", "6"), ("height", "6"),
            ("patternUnits", "userSpaceOnUse"),
            ("patternTransform", "rotate(45)"),
          ],
          [
            .element(
              "line",
              attributes: [
                ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", G.ink),
                ("stroke-width", "1.5"),
              ])
          ])
      ])
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
              "Horizontal bars from 0% to 100%, one per item, grouped; dashed lines mark band "
                + "boundaries. The same figures are in the table that follows the chart.")
          ]),
        defs,
      ] + grid + body)
  }

  /// One row: label, bar (or why there is none), score and band; returns its height.
  private func rowMarkup(_ row: Row, top: Double) -> (Markup, [Markup], Double) {
    typealias G = ChartGeometry
    let n = G.number
    let labelLines = G.wrap("\(row.id)  \(row.title)", width: G.labelWidth)
    let annotation = row.value == nil ? row.note : "\(row.valueText) \(row.note)"
    let annotationLines = G.wrap(annotation, width: G.width - G.annotationLeft)
    let lines = max(labelLines.count, annotationLines.count)
    let height = max(24, Double(lines) * G.lineHeight + 9)
    let middle = top + height / 2
    let firstBaseline = middle - Double(lines - 1) * G.lineHeight / 2 + 4
    var children: [Markup] = [
      .element(
        "title", [:],
        [
          .text(
            "\(row.id) \(row.title): " + (row.value == nil ? row.missingText : row.valueText)
              + (row.note.isEmpty ? "" : ", \(row.note)"))
        ])
    ]
    // The label, with the id in bold.
    var labelChildren: [Markup] = []
    for (index, line) in labelLines.enumerated() {
      let y = firstBaseline + Double(index) * G.lineHeight
      if index == 0, line.hasPrefix(row.id) {
        labelChildren.append(
          .element(
            "tspan", attributes: [("x", "0"), ("y", n(y)), ("font-weight", "bold")], [.text(row.id)]
          ))
        labelChildren.append(.element("tspan", [:], [.text(String(line.dropFirst(row.id.count)))]))
      } else {
        labelChildren.append(
          .element("tspan", attributes: [("x", "0"), ("y", n(y))], [.text(line)]))
      }
    }
    children.append(.element("text", [:], labelChildren))
    if let value = row.value {
      let width = G.barWidth * min(max(value, 0), 100) / 100
      let bar: [(String, String?)] = [
        ("x", n(G.barLeft)), ("y", n(middle - 8)), ("width", n(max(width, 1.5))), ("height", "16"),
      ]
      children.append(
        .element(
          "rect",
          attributes: bar + [
            ("fill", G.fill(rank: row.bandRank, count: row.bandCount)), ("stroke", G.ink),
            ("stroke-width", "1"),
          ]))
      if row.smallSample {
        children.append(
          .element(
            "rect", attributes: bar + [("fill", "url(#\(id)-hatch)"), ("fill-opacity", "0.55")]))
      }
    }
    var overlay: [Markup] = []
    if row.value == nil {
      overlay.append(
        .element(
          "text",
          attributes: [
            ("x", n(G.barLeft + 6)), ("y", n(middle + 4)), ("font-style", "italic"),
            ("fill", G.muted),
            ("stroke", "#ffffff"), ("stroke-width", "4"), ("paint-order", "stroke"),
          ], [.text(row.missingText)]))
    }
    var annotationChildren: [Markup] = []
    for (index, line) in annotationLines.enumerated() {
      let y = firstBaseline + Double(index) * G.lineHeight
      if index == 0, row.value != nil, line.hasPrefix(row.valueText) {
        annotationChildren.append(
          .element(
            "tspan",
            attributes: [("x", n(G.annotationLeft)), ("y", n(y)), ("font-weight", "bold")],
            [.text(row.valueText)]))
        annotationChildren.append(
          .element("tspan", [:], [.text(String(line.dropFirst(row.valueText.count)))]))
      } else {
        annotationChildren.append(
          .element("tspan", attributes: [("x", n(G.annotationLeft)), ("y", n(y))], [.text(line)]))
      }
    }
    if !annotation.isEmpty { children.append(.element("text", [:], annotationChildren)) }
    return (.element("g", ["class": "row"], children), overlay, height)
  }

  /// Threshold labels, left to right, placed in as few strip rows as keep them apart.
  static func placeLabels(_ thresholds: [Threshold]) -> [(
    threshold: Threshold, row: Int, x: Double
  )] {
    typealias G = ChartGeometry
    var rowEnds: [Double] = []
    var placed: [(threshold: Threshold, row: Int, x: Double)] = []
    for threshold in thresholds.sorted(by: { $0.value < $1.value }) {
      let width = G.textWidth(threshold.label, size: 11)
      let centre = G.x(percent: threshold.value)
      let start = min(max(centre - width / 2, G.barLeft - 60), G.width - width)
      let row = rowEnds.firstIndex { $0 + 8 <= start } ?? rowEnds.count
      if row == rowEnds.count {
        rowEnds.append(start + width)
      } else {
        rowEnds[row] = start + width
      }
      placed.append((threshold, row, start))
    }
    return placed
  }

  /// Lines of text starting at (`x`, `y`), one `tspan` each.
  private func textBlock(_ lines: [String], x: Double, y: Double, weight: String? = nil) -> Markup {
    let n = ChartGeometry.number
    return .element(
      "text", attributes: [("font-weight", weight)],
      lines.enumerated().map { index, line in
        .element(
          "tspan",
          attributes: [("x", n(x)), ("y", n(y + Double(index) * ChartGeometry.lineHeight))],
          [.text(line)])
      })
  }
}
