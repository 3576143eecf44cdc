import Foundation
import Testing

/// `inspect score --format html|markdown` and `inspect doc`, run as a user would.
@Suite struct ReportCLITests {
  @Test func scoreWritesASelfContainedHTMLReport() throws {
    let output = try InspectProcess.run([
      "score", "DEMO", "Examples/Demonstration/sample.csv", "--judgements",
      "Examples/Demonstration/judgements.csv", "--format", "html",
    ])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(output.stdout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
    #expect(output.stdout.contains("InspectionKit 0.1.0"))
    #expect(!output.stdout.contains("<script"))
  }

  @Test func scoreMarkdownRecordsTheVersion() throws {
    let output = try InspectProcess.run([
      "score", "DEMO", "Examples/Demonstration/sample.csv", "--format", "markdown",
    ])
    #expect(output.status == 0)
    #expect(output.stdout.contains("| Produced by | InspectionKit 0.1.0 |"))
  }

  @Test(arguments: [("markdown", "# Demonstration framework"), ("html", "<!DOCTYPE html>")])
  func docWritesTheBooklet(format: String, start: String) throws {
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("booklet.\(format)").path
    let output = try InspectProcess.run(["doc", "DEMO", "--format", format, "--output", path])
    #expect(output.status == 0, "\(output.stderr)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(start))
    #expect(text.contains("How scores are calculated"))
  }

  @Test func docOfAnUnknownFrameworkSuggestsOne() throws {
    let output = try InspectProcess.run(["doc", "OMI3"])
    #expect(output.status == 64 || output.status == 1)
    #expect(output.stderr.contains("OMI"))
    // "OMI" alone is already in the echoed name 'OMI3': check the suggestion itself.
    #expect(output.status == 64)
    #expect(output.stderr.contains("Did you mean 'OMI'?"))
  }

  @Test func docRejectsAnUnknownFormat() throws {
    let output = try InspectProcess.run(["doc", "DEMO", "--format", "pdf"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("'markdown' or 'html'"))
  }
}
