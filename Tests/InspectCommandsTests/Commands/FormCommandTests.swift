import Foundation
import InspectionSupport
import Testing

/// `inspect form`, and the sample-reading options of `inspect score`: workbooks, separators,
/// case metadata, strict codes.
@Suite struct FormCommandTests {
  static let sample = "Examples/Demonstration/sample.csv"

  static func demoSampleText() throws -> String {
    try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent(sample), encoding: .utf8)
  }

  static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func json(_ arguments: [String]) throws -> InspectProcess.Output {
    try InspectProcess.run(arguments + ["--format", "json"])
  }

  @Test func theHTMLFormGoesToStandardOutputOrAFile() throws {
    let output = try InspectProcess.run(["form", "DEMO"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(output.stdout.contains("window.inspectionForm"))
  }

  @Test func theWorkbookNeedsAnOutputFileAndIsDeterministic() throws {
    let usage = try InspectProcess.run(["form", "DEMO", "--format", "xlsx"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("--format xlsx needs --output FILE"))
    let directory = try InspectProcess.temporaryDirectory()
    let a = directory.appendingPathComponent("a.xlsx").path
    let b = directory.appendingPathComponent("b.xlsx").path
    #expect(
      try InspectProcess.run(["form", "DEMO", "--format", "xlsx", "--output", a]).status == 0)
    #expect(
      try InspectProcess.run(["form", "DEMO", "--format", "xlsx", "--output", b]).status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
    #expect(bytes.prefix(2) == Data("PK".utf8))
    #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: b))))
    // The empty form scores as an empty sample.
    let scored = try InspectProcess.run(["score", "DEMO", a])
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.contains("IK0213") || scored.stderr.contains("IK0213"))
  }

  @Test func aWorkbookScoresLikeItsCSVAndAMissingSheetIsNamed() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let rows = try Self.demoSampleText().split(separator: "\n").map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) as String? }
    }
    let path = directory.appendingPathComponent("sample.xlsx").path
    try Data(XLSXWriter.write([XLSXSheetContent(name: "Cases", rows: rows)]))
      .write(to: URL(fileURLWithPath: path))
    let csv = try Self.json(["score", "DEMO", Self.sample])
    let xlsx = try Self.json(["score", "DEMO", path])
    #expect(xlsx.status == 0, "\(xlsx.stderr)")
    #expect(xlsx.stdout == csv.stdout)
    let missing = try InspectProcess.run(["score", "DEMO", path, "--sheet", "Casse"])
    #expect(missing.status == 1)
    #expect(
      missing.stderr.contains("has no sheet 'Casse'; its sheets are 'Cases'. Did you mean 'Cases'?")
    )
    let wrongKind = try InspectProcess.run(["score", "DEMO", Self.sample, "--sheet", "Cases"])
    #expect(wrongKind.status == 64)
  }

  @Test func semicolonAndTabFilesAreDetectedOrNamed() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let text = try Self.demoSampleText()
    let semicolons = try Self.write(
      text.replacingOccurrences(of: ",", with: ";"), "s.csv", in: directory)
    let tabs = try Self.write(
      text.replacingOccurrences(of: ",", with: "\t"), "t.csv", in: directory)
    let expected = try Self.json(["score", "DEMO", Self.sample]).stdout
    #expect(try Self.json(["score", "DEMO", semicolons]).stdout == expected)
    #expect(try Self.json(["score", "DEMO", tabs]).stdout == expected)
    #expect(try Self.json(["score", "DEMO", semicolons, "--delimiter", ";"]).stdout == expected)
    #expect(
      try InspectProcess.run(["score", "DEMO", semicolons, "--delimiter", "tab"]).status == 1)
    let bad = try InspectProcess.run(["score", "DEMO", semicolons, "--delimiter", "|"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--delimiter takes ',', ';' or 'tab'"))
  }

  @Test func metadataColumnsAreDeclaredOrAreErrors() throws {
    let directory = try InspectProcess.temporaryDirectory()
    var lines = try Self.demoSampleText().split(separator: "\n").map(String.init)
    lines[0] += ",inspector"
    for index in 1..<lines.count { lines[index] += ",AB" }
    let path = try Self.write(lines.joined(separator: "\n") + "\n", "m.csv", in: directory)
    let undeclared = try InspectProcess.run(["score", "DEMO", path])
    #expect(undeclared.status == 1)
    #expect(undeclared.stderr.contains("declare it as case metadata (--metadata inspector)"))
    let declared = try Self.json(["score", "DEMO", path, "--metadata", "inspector"])
    #expect(declared.status == 0, "\(declared.stderr)")
    #expect(declared.stdout.contains("\"column\": \"inspector\""))
    let clash = try InspectProcess.run(["score", "DEMO", path, "--metadata", "roh"])
    #expect(clash.status == 64)
    #expect(clash.stderr.contains("--metadata names 'roh', which is already a column"))
    let spaced = try InspectProcess.run(["score", "DEMO", path, "--metadata", "a, b"])
    #expect(spaced.status == 64)
    let form = try InspectProcess.run(["form", "DEMO", "--metadata", "inspector,team"])
    #expect(form.stdout.contains("<label for=\"meta-1\">team</label>"))
  }

  @Test func strictCodesTurnsNormalisationOff() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let text = try Self.demoSampleText().replacingOccurrences(
      of: "A,licence,high,yes", with: "A,Licence,high,Yes ")
    let path = try Self.write(text, "messy.csv", in: directory)
    let forgiving = try InspectProcess.run(["score", "DEMO", path])
    #expect(forgiving.status == 0)
    #expect(forgiving.stdout.contains("IK0218") || forgiving.stderr.contains("IK0218"))
    let strict = try InspectProcess.run(["score", "DEMO", path, "--strict-codes"])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("IK0207") && strict.stderr.contains("IK0208"))
  }
}
