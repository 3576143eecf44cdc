import Foundation
import Testing

/// `inspect score --intervals`: every criterion, section, headline and overall score carries
/// its bootstrap interval, and a band the interval crosses is marked "band not secure" in
/// every format; the options are checked.
@Suite("inspect score --intervals")
struct IntervalsCLITests {
  static let base = [
    "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--judgements",
    "Examples/OMI-2008/judgements.csv", "--intervals", "--replicates", "200", "--seed", "7",
  ]

  @Test func bandNotSecureInEveryFormat() throws {
    var outputs: [String: String] = [:]
    for format in ["text", "json", "csv", "markdown", "html"] {
      let output = try InspectProcess.run(Self.base + ["--format", format])
      #expect(output.status == 0, "\(format): \(output.stderr)")
      outputs[format] = output.stdout
      #expect(output.stdout.contains("band not secure") || format == "json", "\(format)")
    }
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data((outputs["json"] ?? "").utf8))
        as? [String: Any])
    let criteria = json["criteria"] as? [[String: Any]] ?? []
    let defined = criteria.filter { $0["percent"] is NSNumber }
    #expect(defined.count >= 14)
    #expect(defined.allSatisfy { ($0["interval"] as? [String: Any])?["lower"] is NSNumber })
    let notSecure = criteria.filter { $0["bandNotSecure"] as? Bool == true }
    #expect(!notSecure.isEmpty)
    let sections = json["sections"] as? [[String: Any]] ?? []
    #expect(sections.filter { $0["percent"] is NSNumber }.allSatisfy { $0["interval"] != nil })
    // Each criterion marked not secure in JSON is marked so in the text report.
    for criterion in notSecure {
      let id = criterion["id"] as? String ?? ""
      let line = outputs["text"]?.split(separator: "\n").first {
        $0.hasPrefix("    \(id) ")
      }
      #expect(line?.contains("band not secure") == true, "\(id)")
    }
    let again = try InspectProcess.run(Self.base + ["--format", "json"])
    #expect(again.stdout == outputs["json"])
  }

  @Test(arguments: [
    ["--replicates", "5"], ["--seed", "-1"], ["--partial"],
  ])
  func badSettingsAreUsageErrors(extra: [String]) throws {
    let output = try InspectProcess.run(Self.base.dropLast(4) + extra)
    #expect(output.status == 64, "\(extra): \(output.stderr)")
  }

  @Test func bootstrapSettingsNeedIntervals() throws {
    let output = try InspectProcess.run(
      ["score", "DEMO", "Examples/Demonstration/sample.csv", "--replicates", "100"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("only with --intervals"))
  }

  /// A group's intervals are the bootstrap of the group's cases alone: the same as scoring
  /// only those cases with the same seed.
  @Test func groupIntervalsAreTheBootstrapOfTheGroupAlone() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent("Examples/OMI-2008/sample.csv"),
      encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let licence = directory.appendingPathComponent("licence.csv").path
    try ([lines[0]] + lines.dropFirst().filter { $0.split(separator: ",")[1] == "licence" })
      .joined(separator: "\n").appending("\n").write(
        toFile: licence, atomically: true, encoding: .utf8)
    let settings = ["--intervals", "--replicates", "100", "--seed", "3", "--format", "json"]
    func criteria(_ json: [String: Any]?) -> [String] {
      (json?["criteria"] as? [[String: Any]] ?? []).map { item in
        let interval = item["interval"] as? [String: Any]
        return "\(item["id"] ?? "") \(interval?["lower"] ?? "-") \(interval?["upper"] ?? "-")"
      }
    }
    let whole = try InspectProcess.run(
      ["score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type"] + settings)
    let alone = try InspectProcess.run(["score", "OMI@2008", licence] + settings)
    let wholeJSON =
      try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any]
    let groups =
      (wholeJSON?["breakdowns"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]]
    let group = groups?.first { $0["value"] as? String == "licence" }
    let aloneJSON =
      try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any]
    #expect(!criteria(group).isEmpty)
    #expect(criteria(group).contains { !$0.hasSuffix("- -") })
    #expect(criteria(group) == criteria(aloneJSON))
  }
}
