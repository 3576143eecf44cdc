import InspectionEvaluator
import InspectionSchema
import Testing

@testable import InspectionReports

/// Where each part comes from, as `inspect provenance`, `inspect show` and the score reports
/// tell it.
@Suite struct ProvenanceReportTests {
  @Test func provenanceReportsMatchTheirSnapshots() throws {
    let (omi2, omi2Fingerprint) = try Fixtures.framework("OMI2")
    assertSnapshot(
      ProvenanceReport.text(omi2, fingerprint: omi2Fingerprint), named: "OMI2-provenance.txt")
    let (omi, omiFingerprint) = try Fixtures.framework("OMI@2008")
    assertSnapshot(
      ProvenanceReport.markdown(omi, fingerprint: omiFingerprint),
      named: "OMI2008-provenance.md")
    let (cci, cciFingerprint) = try Fixtures.framework("CCI")
    assertSnapshot(
      ProvenanceReport.json(cci, fingerprint: cciFingerprint), named: "CCI-provenance.json")
  }

  @Test func omi2QuestionCountsAddUpTo204() throws {
    let (document, fingerprint) = try Fixtures.framework("OMI2")
    let text = ProvenanceReport.text(document, fingerprint: fingerprint)
    #expect(text.contains("Questions by basis (204)"))
    guard case .object(let members) = ProvenanceReport.value(document, fingerprint: fingerprint),
      case .object(let questions) = members["questions"]
    else {
      Issue.record("no question counts")
      return
    }
    let counts = ProvenanceBasis.allCases.compactMap { questions[$0.rawValue]?.intValue }
    #expect(counts.count == ProvenanceBasis.allCases.count)
    #expect(counts.reduce(0, +) + (questions["notCited"]?.intValue ?? -1) == 204)
    #expect(questions["total"]?.intValue == 204)
    #expect(questions["printedFigure"]?.intValue == 172)
  }

  @Test func theOutlineShowsWhereEachPartComesFromWithALegend() throws {
    let (document, fingerprint) = try Fixtures.framework("ESI")
    assertSnapshot(
      FrameworkOutline.render(document, fingerprint: fingerprint), named: "ESI-show.txt")
    let outline = FrameworkOutline.render(document, fingerprint: fingerprint)
    for expected in [
      "[F] printed figure", "[X] placeholder", "from: [F] Section B, criterion B1, bullet 4",
      "rule from: [X] Inspection arrangements", "esi-westmidlands-2005: HM Inspectorate",
    ] {
      #expect(outline.contains(expected), "missing: \(expected)")
    }
  }

  @Test func anOutlineWithoutProvenanceIsUnchanged() throws {
    let (document, fingerprint) = try Fixtures.framework("DEMO")
    let outline = FrameworkOutline.render(document, fingerprint: fingerprint)
    #expect(!outline.contains("from: ["))
    #expect(!outline.contains("Provenance:"))
  }

  @Test func scoreReportsMarkPlaceholdersAndInferredBands() throws {
    let scored = try Fixtures.omi2008.get()
    let markdown = ScoreMarkdownReport.render(
      scored.result, document: scored.document, inspectionKitVersion: "0.0.0-test")
    assertSnapshot(markdown, named: "omi2008-report.md")
    let text = ScoreTextReport.render(scored.result)
    let html = ScoreHTMLReport.render(
      scored.result, document: scored.document, provenance: Fixtures.provenance)
    for report in [markdown, text, html] {
      #expect(report.contains("Good‡"))
      #expect(report.contains("1.1.s§"))
      #expect(report.contains("reproduce 14 of the 14 conclusions West Mercia prints"))
      #expect(report.contains("placeholder: our wording where the published report gives"))
    }
    #expect(!text.contains("1.1.a§"))
    let json = ScoreJSONReport.render(scored.result)
    #expect(json.contains("\"placeholder\": true"))
    #expect(json.contains("\"inferred\": true"))
    #expect(json.contains("\"reproduces\": \"14 of the 14 conclusions West Mercia prints"))
  }

  @Test func scoreReportsOfAFrameworkWithoutMarksSayNothingOfThem() throws {
    let demo = try Fixtures.demo.get()
    #expect(demo.result.provenanceMarks.isEmpty)
    let text = ScoreTextReport.render(demo.result)
    #expect(!text.contains("‡"))
    #expect(!text.contains("§"))
    #expect(!ScoreJSONReport.render(demo.result).contains("placeholder"))
  }
}
