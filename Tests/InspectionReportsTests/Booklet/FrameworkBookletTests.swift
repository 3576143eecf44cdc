import Testing

@testable import InspectionReports

@Suite struct FrameworkBookletTests {
  @Test(arguments: ["DEMO", "OMI2"])
  func markdownBookletMatchesItsSnapshot(id: String) throws {
    let (document, fingerprint) = try Fixtures.framework(id)
    let markdown = FrameworkBooklet.markdown(
      document, fingerprint: fingerprint, provenance: Fixtures.provenance)
    assertSnapshot(markdown, named: "\(id)-booklet.md")
  }

  @Test(arguments: ["DEMO", "OMI2"])
  func htmlBookletMatchesItsSnapshot(id: String) throws {
    let (document, fingerprint) = try Fixtures.framework(id)
    let html = FrameworkBooklet.html(
      document, fingerprint: fingerprint, provenance: Fixtures.provenance)
    assertSnapshot(html, named: "\(id)-booklet.html")
  }

  @Test func theBookletExplainsApplicabilityRulesBandsAndAssumptions() throws {
    let (document, fingerprint) = try Fixtures.framework("DEMO")
    let markdown = FrameworkBooklet.markdown(
      document, fingerprint: fingerprint, provenance: Fixtures.provenance)
    for expected in [
      "## How scores are calculated", "80% mean of individual questions + 20% summary question",
      "the answer to 2.2.a is yes and not case\\_type is custody", "| Good | ≥ 70 | 2 |",
      "All figures are invented", "## Sources and assumptions", fingerprint,
      "Judged by inspectors, not computed from questions.",
    ] {
      #expect(markdown.contains(expected), "missing: \(expected)")
    }
  }

  @Test func theOutlineAndTheBookletDescribeAHeadlineInTheSameWords() throws {
    let (document, fingerprint) = try Fixtures.framework("DEMO")
    let outline = FrameworkOutline.render(document, fingerprint: fingerprint)
    let markdown = FrameworkBooklet.markdown(
      document, fingerprint: fingerprint, provenance: Fixtures.provenance)
    for headline in document.headlines {
      let words = FrameworkWording.headline(headline)
      #expect(outline.contains(words))
      #expect(markdown.contains(words))
    }
  }
}
