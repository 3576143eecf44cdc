import Foundation
import Testing

/// `inspect score … --by`: the groups of a breakdown add up to the whole for every question,
/// small groups are suppressed in every format, and partial results keep their groups so that
/// merging them gives exactly the breakdown of the whole.
@Suite("inspect score --by")
struct BreakdownCLITests {
  static let counts = ["sufficient", "insufficient", "notRelevant", "unanswered"]

  static func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 0, "\(arguments): \(output.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
  }

  static func dictionaries(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

  @Test func omi2008GroupsByCaseTypeAddUpToTheWholeForEveryQuestion() throws {
    let report = try Self.json(
      [
        "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type", "--format",
        "json",
      ])
    let questions = Self.dictionaries(report["questions"])
    let breakdowns = Self.dictionaries(report["breakdowns"])
    #expect(questions.count > 100)
    #expect(breakdowns.count == 1)
    let groups = Self.dictionaries(breakdowns.first?["groups"])
    #expect(groups.map { $0["value"] as? String } == ["community", "custody", "licence"])
    #expect(groups.allSatisfy { $0["suppressed"] as? Bool == false })
    let sample = report["sample"] as? [String: Any]
    #expect(groups.compactMap { $0["scored"] as? Int }.reduce(0, +) == sample?["scored"] as? Int)
    for (index, question) in questions.enumerated() {
      for count in Self.counts {
        let parts = groups.map { group in
          let groupQuestion = Self.dictionaries(group["questions"])[index]
          #expect(groupQuestion["id"] as? String == question["id"] as? String)
          return groupQuestion[count] as? Int ?? -1
        }
        #expect(
          parts.reduce(0, +) == question[count] as? Int,
          "question \(question["id"] ?? "?") \(count): groups \(parts)")
      }
    }
    // The groups are scored as samples of their own: a group's criterion is its own number.
    let criteria = groups.map { Self.dictionaries($0["criteria"]).first?["percent"] as? Double }
    #expect(Set(criteria.compactMap { $0 }).count == 3)
  }

  @Test func mergeOfTwoPartialsWithGroupsEqualsTheWhole() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent("Examples/OMI-2008/sample.csv"),
      encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let half = lines.count / 2
    var partials: [String] = []
    for (name, rows) in [("a", lines[1..<half]), ("b", lines[half...])] {
      let sample = directory.appendingPathComponent("\(name).csv").path
      try ([lines[0]] + rows).joined(separator: "\n").appending("\n").write(
        toFile: sample, atomically: true, encoding: .utf8)
      let partial = directory.appendingPathComponent("\(name).json").path
      let output = try InspectProcess.run(
        ["score", "OMI@2008", sample, "--by", "case_type,tier", "--partial", "-o", partial])
      #expect(output.status == 0, "\(output.stderr)")
      partials.append(partial)
    }
    let whole = try InspectProcess.run(
      [
        "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type,tier", "--format",
        "json",
      ])
    let merged = try InspectProcess.run(["merge"] + partials + ["--format", "json"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout == whole.stdout)
    #expect(merged.stdout.contains("\"breakdowns\""))
    // The same in a report format, and through a merged partial.
    let mergedPartial = directory.appendingPathComponent("merged.json").path
    _ = try InspectProcess.run(["merge"] + partials + ["--partial", "-o", mergedPartial])
    let again = try InspectProcess.run(["merge", mergedPartial])
    let wholeText = try InspectProcess.run(
      ["score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type,tier"])
    #expect(again.stdout == wholeText.stdout)
    #expect(wholeText.stdout.contains("Breakdown by tier"))

    // Parts broken down differently do not merge.
    let other = directory.appendingPathComponent("other.json").path
    _ = try InspectProcess.run(
      [
        "score", "OMI@2008", directory.appendingPathComponent("b.csv").path, "--by", "case_type",
        "--partial", "-o", other,
      ])
    let refused = try InspectProcess.run(["merge", partials[0], other])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("same --by"), "\(refused.stderr)")
  }

  @Test func smallGroupsShowNoNumberInAnyFormat() throws {
    // custody has 10 scored cases: under a minimum of 15 it is suppressed, and so is the
    // smallest other group (licence, 40), lest custody be read off as the whole less the rest.
    let base = [
      "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type",
      "--min-group-size", "15",
    ]
    let report = try Self.json(base + ["--format", "json"])
    let groups = Self.dictionaries(Self.dictionaries(report["breakdowns"]).first?["groups"])
    let suppressed = groups.filter { $0["suppressed"] as? Bool == true }
    #expect(suppressed.compactMap { $0["value"] as? String } == ["custody", "licence"])
    #expect(suppressed.allSatisfy { Set($0.keys) == ["value", "label", "suppressed"] })

    let text = try InspectProcess.run(base).stdout
    let after = try #require(text.components(separatedBy: "Breakdown by case_type").last)
    let section = try #require(after.components(separatedBy: "\n\n").first)
    #expect(section.split(separator: "\n").count > 100)
    for line in section.split(separator: "\n").dropFirst(2) {
      let cells = line.split(separator: " ").suffix(2)
      #expect(cells.allSatisfy { $0 == "suppressed" }, "\(line)")
    }
    let csv = try InspectProcess.run(base + ["--format", "csv"]).stdout
    let custody = csv.split(separator: "\n").filter { $0.hasPrefix("case_type,custody,") }
    #expect(custody == ["case_type,custody,group,,,,,,,,,,,,suppressed,,,"])
    for format in ["markdown", "html"] {
      let output = try InspectProcess.run(base + ["--format", format]).stdout
      #expect(output.contains("suppressed"), "\(format)")
      #expect(!output.contains("custody (10"), "\(format)")
    }
  }

  @Test func unknownBreakdownIsAUsageError() throws {
    let output = try InspectProcess.run(
      ["score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_typ"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("Did you mean 'case_type'?"), "\(output.stderr)")
    let size = try InspectProcess.run(
      [
        "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "tier", "--min-group-size",
        "0",
      ])
    #expect(size.status == 64)
  }

  /// The breakdown as each format renders it, for the demonstration sample (groups of 2).
  @Test(arguments: ["text", "markdown", "csv", "html"])
  func renderedBreakdownsMatchTheirGoldenFiles(format: String) throws {
    let output = try InspectProcess.run(
      [
        "score", "DEMO", "Examples/Demonstration/sample.csv", "--by", "case_type,roh",
        "--min-group-size", "2", "--format", format,
      ])
    #expect(output.status == 0, "\(output.stderr)")
    let extensions = ["text": "txt", "markdown": "md", "csv": "csv", "html": "html"]
    try CLISnapshots.assert(
      output.stdout, named: "score-DEMO-by-case_type-roh.\(extensions[format] ?? format)")
  }
}
