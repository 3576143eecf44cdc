import Testing

@testable import InspectionReports

@Suite struct ScoreHTMLReportTests {
  @Test func demonstrationReportMatchesItsSnapshot() throws {
    let demo = try Fixtures.demo.get()
    let html = ScoreHTMLReport.render(
      demo.result, document: demo.document, provenance: Fixtures.provenance)
    assertSnapshot(html, named: "demo-report.html")
  }

  @Test func omi2ReportMatchesItsSnapshot() throws {
    let omi2 = try Fixtures.omi2.get()
    let html = ScoreHTMLReport.render(
      omi2.result, document: omi2.document, provenance: Fixtures.provenance)
    assertSnapshot(html, named: "omi2-report.html")
  }

  @Test func theReportIsSelfContainedAndDeterministic() throws {
    let demo = try Fixtures.demo.get()
    let html = ScoreHTMLReport.render(
      demo.result, document: demo.document, provenance: Fixtures.provenance)
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("src="))
    let addresses = html.components(separatedBy: "http").dropFirst()
    #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") })
    #expect(
      html
        == ScoreHTMLReport.render(
          demo.result, document: demo.document, provenance: Fixtures.provenance))
  }

  @Test func theReportCarriesItsProvenance() throws {
    let demo = try Fixtures.demo.get()
    let html = ScoreHTMLReport.render(
      demo.result, document: demo.document, provenance: Fixtures.provenance)
    #expect(html.contains(demo.result.framework.fingerprint))
    #expect(html.contains(demo.result.sample.fingerprint))
    #expect(html.contains("InspectionKit 0.0.0-test"))
    #expect(html.contains("DEMO version 1"))
  }

  @Test func judgementsShowTheirRationaleAndEveryQuestionItsInterval() throws {
    let demo = try Fixtures.demo.get()
    let html = ScoreHTMLReport.render(
      demo.result, document: demo.document, provenance: Fixtures.provenance)
    #expect(
      html.contains("Managers knew their teams&#39; caseloads")
        || html.contains("Managers knew their teams' caseloads"))
    #expect(html.contains("<td class=\"num\">30–95%</td>"))
    #expect(html.contains("<td class=\"num\">9–91%</td>"))
  }
}
