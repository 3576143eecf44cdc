import Foundation
import Testing

/// Golden files for `inspect compare --format html`: the comparison pages, byte for byte.
///
/// Snapshots are in `Tests/Snapshots/InspectCommandsTests/`; re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter ComparisonHTMLTests`.
@Suite("inspect compare --format html and markdown")
struct ComparisonHTMLTests {
  @Test func baselineAndFollowUpAsPairedBars() throws {
    let output = try InspectProcess.run([
      "compare", "ESI", "--baseline", "Examples/ESI/baseline-2004.csv",
      "--followup", "Examples/ESI/sample.csv", "--format", "html",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("<svg"))
    #expect(!output.stdout.contains("<script"))
    #expect(output.stdout.contains("significant at the 5% level"))
    try CLISnapshots.assert(output.stdout, named: "compare-ESI-baseline-followup.html")
  }

  @Test func oneSampleUnderSeveralFrameworks() throws {
    let output = try InspectProcess.run([
      "compare", "--sample", "Examples/OMI-2008/sample.csv", "--frameworks", "OMI@2008,OMI2",
      "--format", "html",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("OMI@2008") && output.stdout.contains("OMI2@2009"))
    try CLISnapshots.assert(output.stdout, named: "compare-OMI2008-OMI2.html")
  }

  @Test func baselineAndFollowUpAsMarkdown() throws {
    let output = try InspectProcess.run([
      "compare", "ESI", "--baseline", "Examples/ESI/baseline-2004.csv",
      "--followup", "Examples/ESI/sample.csv", "--format", "markdown",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("| "))
    try CLISnapshots.assert(output.stdout, named: "compare-ESI-baseline-followup.md")
  }
}
