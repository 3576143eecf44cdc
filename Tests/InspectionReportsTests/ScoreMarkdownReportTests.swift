import Testing

@testable import InspectionReports

@Suite struct ScoreMarkdownReportTests {
  @Test func demonstrationReportMatchesItsSnapshot() throws {
    let demo = try Fixtures.demo.get()
    let markdown = ScoreMarkdownReport.render(
      demo.result, document: demo.document, inspectionKitVersion: "0.0.0-test")
    assertSnapshot(markdown, named: "demo-report.md")
  }

  @Test func omi2ReportMatchesItsSnapshot() throws {
    let omi2 = try Fixtures.omi2.get()
    let markdown = ScoreMarkdownReport.render(
      omi2.result, document: omi2.document, inspectionKitVersion: "0.0.0-test")
    assertSnapshot(markdown, named: "omi2-report.md")
  }

  @Test func markdownSaysWhatTheHTMLSays() throws {
    let demo = try Fixtures.demo.get()
    let markdown = ScoreMarkdownReport.render(
      demo.result, document: demo.document, inspectionKitVersion: "0.0.0-test")
    for expected in [
      "## Headline scores", "| RoH | Risk of Harm to others | 72% | Good |",
      "judged, not scored", "≥70% Good", "## Judgements", "Managers knew their teams",
      "| 1.1.b | Was the licence risk assessment completed? | 2 | 1 | 50%† | 9–91% | 2 | 0 |",
      "## Warnings", "IK0214", demo.result.sample.fingerprint, "InspectionKit 0.0.0-test",
    ] {
      #expect(markdown.contains(expected), "missing: \(expected)")
    }
  }
}
