extension SummaryChart {
  /// The chart's figures as an HTML table: one body per group, headed by the group's score.
  func table() -> Markup {
    var bodies: [Markup] = []
    for group in groups {
      var rows: [Markup] = [
        .element(
          "tr", ["class": "group"],
          [
            .element("th", ["scope": "rowgroup", "colspan": "2"], [.text(group.title)]),
            .element(
              "td", ["class": "num"], [.text(group.valueText.isEmpty ? "—" : group.valueText)]),
            .element("td", [:], [.text(group.note)]),
          ])
      ]
      for row in group.rows {
        rows.append(
          .element(
            "tr", [:],
            [
              .element("th", ["scope": "row"], [.text(row.id)]),
              .element("td", [:], [.text(row.title)]),
              .element(
                "td", ["class": "num"], [.text(row.value == nil ? row.missingText : row.valueText)]),
              .element("td", [:], [.text(row.note)]),
            ]))
      }
      bodies.append(.element("tbody", [:], rows))
    }
    return .element(
      "table", ["class": "figures"],
      [
        .element("caption", [:], [.text(title + ": the chart's figures")]),
        .element(
          "thead", [:],
          [
            .element(
              "tr", [:],
              [
                .element("th", ["scope": "col"], ["id"]),
                .element("th", ["scope": "col"], ["title"]),
                .element("th", ["scope": "col", "class": "num"], ["score"]),
                .element("th", ["scope": "col"], ["band or judgement"]),
              ])
          ]),
      ] + bodies)
  }
}
