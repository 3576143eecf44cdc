extension PairedBarChart {
  /// The chart and its table as one self-contained HTML page, with provenance facts below.
  ///
  /// A comparison report is this page: the caller supplies the heading, a sentence saying what
  /// is compared, and the facts that identify the inputs (framework and sample fingerprints).
  ///
  /// ```swift
  /// let html = chart.htmlPage(
  ///   heading: "OMI2: baseline and follow-up", lede: "Two samples of 127 and 98 cases.",
  ///   facts: [("Baseline sample", "sha256:…"), ("Follow-up sample", "sha256:…")],
  ///   provenance: ReportProvenance(inspectionKitVersion: "0.1.0"))
  /// ```
  public func htmlPage(
    heading: String, lede: String, facts: [(String, String)], provenance: ReportProvenance
  ) -> String {
    htmlPage(heading: heading, lede: lede, facts: facts, provenance: provenance, sections: [])
  }

  /// The page with `sections` (headings, tables, notes) after the chart's table.
  func htmlPage(
    heading: String, lede: String, facts: [(String, String)], provenance: ReportProvenance,
    sections: [Markup]
  ) -> String {
    let key = series.enumerated().flatMap { index, name -> [Markup] in
      let pattern =
        index % 2 == 1
        ? "repeating-linear-gradient(45deg, #ffffff 0 1.5px, \(Self.fill(index)) 1.5px 4px)"
        : Self.fill(index)
      return [.element("span", ["class": "key", "style": "background: \(pattern)"]), .text(name)]
    }
    let rows = (facts + [("Produced by", "InspectionKit \(provenance.inspectionKitVersion)")])
      .flatMap { term, value -> [Markup] in
        [.element("dt", [:], [.text(term)]), .element("dd", [:], [.text(value)])]
      }
    let body: [Markup] =
      [
        .element(
          "header", [:],
          [
            .element("p", ["class": "muted small"], [.text("Comparison")]),
            .element("h1", [:], [.text(heading)]),
            .element("p", ["class": "lede"], [.text(lede)]),
          ]),
        .element("h2", [:], [.text(title)]),
        .element(
          "figure", [:],
          [
            svg(),
            .element("figcaption", [:], [.text("Key:")] + key + [.text(". " + significanceNote)]),
          ]),
        table(),
      ] + sections + [
        .element("h2", [:], ["About this report"]),
        .element("dl", ["class": "provenance"], rows),
      ]
    return HTMLPage.render(
      title: heading, generator: "InspectionKit \(provenance.inspectionKitVersion)", body: body)
  }
}
