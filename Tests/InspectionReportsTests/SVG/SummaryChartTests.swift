import InspectionSchema
import Testing

@testable import InspectionReports

@Suite struct SummaryChartTests {
  typealias Band = FrameworkDocument.Band

  @Test(arguments: [
    // OMI conclusions, declared best first: two boundaries, labelled by the band above.
    (
      [
        Band(id: "good", label: "Good", lower: .atLeast(70)),
        Band(
          id: "priority", label: "Priority for improvement", lower: .atLeast(60), upper: .below(70)),
        Band(id: "urgent", label: "Urgent priority", upper: .below(60)),
      ],
      [(60.0, "≥60% Priority for improvement"), (70.0, "≥70% Good")]
    ),
    // Exclusive lower bounds say so.
    (
      [
        Band(id: "high", label: "High", lower: .above(50)),
        Band(id: "low", label: "Low", upper: .atMost(50)),
      ],
      [(50.0, ">50% High")]
    ),
    // Bands with only upper bounds are labelled by the band below.
    (
      [
        Band(id: "low", label: "Low", upper: .below(40)),
        Band(id: "rest", label: "Rest", upper: .atMost(100)),
      ],
      [(40.0, "<40% Low")]
    ),
  ])
  func everyBandBoundaryBecomesALabelledLine(bands: [Band], expected: [(Double, String)]) {
    let scale = FrameworkDocument.GradeScale(id: "s", title: "S", bands: bands)
    let thresholds = SummaryChart.thresholds(of: scale)
    #expect(thresholds.map(\.value) == expected.map(\.0))
    #expect(thresholds.map(\.label) == expected.map(\.1))
  }

  @Test func anUndefinedScoreIsWordsNeverAZeroBar() {
    let chart = SummaryChart(
      id: "t", title: "T",
      groups: [
        .init(
          title: "1 Section",
          rows: [
            .init(id: "1.1", title: "Nothing relevant", value: nil, valueText: "—"),
            .init(id: "1.2", title: "Zero", value: 0, valueText: "0%"),
          ])
      ])
    let svg = chart.svg().rendered()
    #expect(svg.contains(">no relevant cases</text>"))
    // One bar only: the defined 0% score, drawn as a thin mark so it is visible.
    #expect(svg.components(separatedBy: "<rect ").count - 1 == 1)
    #expect(svg.contains("width=\"1.5\""))
  }

  @Test func smallSamplesAreHatchedAndMarked() {
    let chart = SummaryChart(
      id: "t", title: "T",
      groups: [
        .init(
          title: "G",
          rows: [.init(id: "a", title: "A", value: 50, valueText: "50%†", smallSample: true)])
      ])
    let svg = chart.svg().rendered()
    #expect(svg.contains("fill=\"url(#t-hatch)\""))
    #expect(svg.contains("50%†"))
  }

  @Test func labelsThatWouldCollideAreStaggered() {
    let placed = SummaryChart.placeLabels([
      .init(value: 70, label: "≥70% Good"), .init(value: 20, label: "≥20% Far away"),
      .init(value: 60, label: "≥60% Priority for improvement"),
    ])
    // 60 overlaps 20's label, so it moves down a row; 70 fits beside 20 again.
    #expect(placed.map(\.threshold.value) == [20, 60, 70])
    #expect(placed.map(\.row) == [0, 1, 0])
  }

  @Test func demonstrationChartMatchesItsSnapshot() throws {
    let demo = try Fixtures.demo.get()
    let chart = SummaryChart.criteria(of: demo.result, document: demo.document)
    assertSnapshot(
      chart.svg().rendered() + "\n" + chart.table().rendered() + "\n", named: "demo-chart.svg.html")
  }
}
