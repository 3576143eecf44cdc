import Testing

@testable import InspectionReports

@Suite struct PairedBarChartTests {
  /// Hand-made figures: a baseline and a follow-up of three criteria, one significant change,
  /// one criterion with no relevant case at follow-up.
  static let chart = PairedBarChart(
    id: "change", title: "Criterion scores, baseline and follow-up",
    series: ["Baseline 2009", "Follow-up 2011"],
    groups: [
      .init(
        title: "1  Assessment and sentence planning",
        rows: [
          .init(
            id: "1.1", title: "Preparing for sentence", values: [62, 78], note: "+16 points",
            significant: true),
          .init(
            id: "1.2", title: "Assessment and planning to minimise Risk of Harm to others",
            values: [70, 66], note: "−4 points"),
        ]),
      .init(
        title: "3  Achieving and sustaining planned outcomes",
        rows: [
          .init(
            id: "3.2", title: "Minimising Risk of Harm to others", values: [54, nil],
            note: "not comparable")
        ]),
    ],
    thresholds: [
      .init(value: 60, label: "≥60% Priority for improvement"),
      .init(value: 70, label: "≥70% Good"),
    ],
    significanceNote: "* the difference is significant at the 5% level (Fisher's exact test).")

  @Test func htmlMatchesItsSnapshot() {
    assertSnapshot(Self.chart.htmlFragment(), named: "comparison.html")
  }

  @Test func pageMatchesItsSnapshot() {
    let page = Self.chart.htmlPage(
      heading: "OMI2: baseline and follow-up (hand-made figures)",
      lede: "Two samples of one area, two years apart.",
      facts: [("Baseline sample", "sha256:aaaa"), ("Follow-up sample", "sha256:bbbb")],
      provenance: Fixtures.provenance)
    #expect(page.hasPrefix("<!DOCTYPE html>\n"))
    #expect(!page.contains("<script"))
    assertSnapshot(page, named: "comparison-page.html")
  }

  @Test func markdownMatchesItsSnapshot() {
    assertSnapshot(Self.chart.markdown(), named: "comparison.md")
  }

  @Test func significanceIsMarkedInTheChartAndTheTable() {
    let html = Self.chart.htmlFragment()
    #expect(html.contains(">+16 points *</text>"))
    #expect(html.contains("<td>yes *</td>"))
    #expect(
      Self.chart.markdown().contains(
        #"| 1.1 | Preparing for sentence | 62% | 78% | +16 points | yes \* |"#))
  }

  @Test func aMissingValueIsWordsNotABar() {
    let svg = Self.chart.svg().rendered()
    #expect(svg.contains("Follow-up 2011: no relevant cases"))
  }

  @Test func seriesDifferByPatternAsWellAsColour() {
    let svg = Self.chart.svg().rendered()
    #expect(svg.contains("<pattern id=\"change-series1\""))
    #expect(svg.contains("fill=\"url(#change-series1)\""))
  }

  @Test(arguments: [2, 3, 4])
  func anyNumberOfSeriesDraws(count: Int) {
    let chart = PairedBarChart(
      id: "n", title: "N", series: (1...count).map { "F\($0)" },
      groups: [
        .init(
          title: "G",
          rows: [.init(id: "a", title: "A", values: (1...count).map { Double($0 * 20) })])
      ])
    let svg = chart.svg().rendered()
    for index in 1...count { #expect(svg.contains(">\(index * 20)%</text>")) }
  }
}
