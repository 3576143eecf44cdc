import Foundation
import InspectCommands
import InspectionSchema
import InspectionSupport
import Testing

@Suite("inspect, end to end on the built executable")
struct InspectCLITests {
  let demoSample = "Examples/Demonstration/sample.csv"

  @Test func listShowsEveryShippedFramework() throws {
    let output = try InspectProcess.run(["list"])
    #expect(output.status == 0)
    #expect(output.stderr.isEmpty)
    for id in ["ESI", "CCI", "SQS", "FJI", "IAOW", "DEMO"] {
      #expect(output.stdout.contains("\n\(id) "), "missing \(id) in:\n\(output.stdout)")
    }
  }

  @Test func scoringTheDemonstrationPrintsTheWorkedExamples() throws {
    let output = try InspectProcess.run([
      "score", "DEMO", demoSample, "--judgements", "Examples/Demonstration/judgements.csv",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Summary of scores"))
    // docs/scoring.md: 1.1 = 65%, section 1 = 65.83% (displayed 66%), RoH = 72.22% (72%).
    #expect(
      output.stdout.contains("1.1    Assessment of Risk of Harm   65%†  Priority for improvement"))
    #expect(output.stdout.contains("RoH  Risk of Harm to others       72%  Good"))
    #expect(output.stdout.contains("overall  Overall rating       4  Fair"))
  }

  /// DEMO's 3.1 (75%, Good) may be overridden by one band with a rationale: the override shows
  /// beside its computed band; without a rationale the run fails at the judgements row.
  @Test func anOverrideIsShownBesideItsComputedBandAndAMissingRationaleFailsAtItsRow() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let good = directory.appendingPathComponent("judgements.csv")
    try Data(
      "item,label,rationale\n3.2,well-met,Fine.\n3.1,priority,Outcomes slipped.\n".utf8
    ).write(to: good)
    let scored = try InspectProcess.run(["score", "DEMO", demoSample, "--judgements", good.path])
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(scored.stdout.contains("Priority for improvement (override; computed: Good)"))
    #expect(
      scored.stdout.contains("3.1: computed Good at 75% → overridden to Priority for improvement"))
    #expect(!scored.stdout.contains("not recorded"))

    let bad = directory.appendingPathComponent("no-reason.csv")
    try Data("item,label,rationale\n3.2,well-met,Fine.\n3.1,priority,\n".utf8).write(to: bad)
    let failed = try InspectProcess.run(["score", "DEMO", demoSample, "--judgements", bad.path])
    #expect(failed.status == 1)
    #expect(failed.stdout.isEmpty)
    #expect(
      failed.stderr.contains(
        "\(bad.path):3:1: error: the override of '3.1' to 'priority' gives no rationale"),
      "\(failed.stderr)")
    #expect(failed.stderr.contains("[IK0309]"))
  }

  @Test func jsonScoresAreByteIdenticalOnTwoRuns() throws {
    let first = try InspectProcess.run(["score", "DEMO", demoSample, "--format", "json"])
    let second = try InspectProcess.run(["score", "DEMO", demoSample, "--format", "json"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let parsed = try JSONParser.parse(first.stdout).root
    #expect(parsed["framework"]?["id"] == "DEMO")
    #expect(parsed["sample"]?["cases"] == 4)
    let criteria = parsed["criteria"]?.arrayValue ?? []
    #expect(criteria.first?["percent"] == 65)
    #expect(parsed["questions"]?[1]?["relevant"] == 2)
  }

  @Test func compileAllTwiceGivesByteIdenticalFingerprintedFiles() throws {
    let first = try InspectProcess.temporaryDirectory()
    let second = try InspectProcess.temporaryDirectory()
    let a = try InspectProcess.run(["compile", "all", "--output", first.path])
    let b = try InspectProcess.run(["compile", "all", "--output", second.path])
    #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
    #expect(a.stderr.isEmpty, "compile all printed diagnostics:\n\(a.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
    #expect(files.contains("DEMO-1.json"))
    for file in files {
      let one = try Data(contentsOf: first.appendingPathComponent(file))
      let two = try Data(contentsOf: second.appendingPathComponent(file))
      #expect(one == two, "\(file) differs between runs")
      let text = String(decoding: one, as: UTF8.self)
      #expect(
        text.hasPrefix("{\n  \"schemaVersion\": 1,"), "\(file) does not start with schemaVersion")
      guard case .object(var members) = try JSONParser.parse(one).root else {
        Issue.record("\(file) is not an object")
        continue
      }
      let recorded = members.removeValue(forKey: "fingerprint")?.stringValue
      // The documented fingerprint: SHA-256 of the compact canonical form without it,
      // computed here by sha256sum, not by our own SHA-256.
      let compact = first.appendingPathComponent(file + ".compact")
      try Data(CanonicalJSON.compact(.object(members)).utf8).write(to: compact)
      let sum = Process()
      sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
      sum.arguments = [compact.path]
      let pipe = Pipe()
      sum.standardOutput = pipe
      try sum.run()
      let digest = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        .prefix(64)
      sum.waitUntilExit()
      #expect(recorded == "sha256:\(digest)", "\(file)")
    }
  }

  @Test func validateAcceptsACompiledDocument() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("DEMO.json").path
    let compiled = try InspectProcess.run(["compile", "DEMO"])
    try compiled.stdout.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try InspectProcess.run(["validate", path])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("DEMO@1 is valid (sha256:"))
  }

  @Test func validateNamesADuplicatedCriterionAndExits1() throws {
    let compiled = try InspectProcess.run(["compile", "DEMO"])
    // Rename criterion 1.2 to 1.1, so the id is duplicated.
    let edited = compiled.stdout.replacingOccurrences(
      of: "\"id\": \"1.2\",", with: "\"id\": \"1.1\",")
    #expect(edited != compiled.stdout)
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("duplicate.json").path
    try edited.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try InspectProcess.run(["validate", path])
    #expect(output.status == 1)
    #expect(output.stderr.contains("duplicate criterion id '1.1'"), "\(output.stderr)")
    #expect(output.stderr.contains("[IK0101]"))
    #expect(output.stderr.contains("note: '1.1' is first declared here"))
    // Located at the second criterion of section 1, where the duplicate is.
    let position = try #require(
      try JSONParser.parse(edited).position(of: ["sections", 0, "criteria", 1]))
    #expect(
      output.stderr.contains("\n\(path):\(position.line):\(position.column): error: duplicate"),
      "\(output.stderr)")
  }

  @Test func validateReportsLineAndColumnOfATruncatedFile() throws {
    let compiled = try InspectProcess.run(["compile", "DEMO"])
    let truncated = String(compiled.stdout.prefix(300))
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("truncated.json").path
    try truncated.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try InspectProcess.run(["validate", path])
    #expect(output.status == 1)
    let lines = truncated.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(output.stderr.hasPrefix("\(path):\(lines.count):"), "\(output.stderr)")
    #expect(output.stderr.contains("[IK0001]"))
    #expect(output.stderr.contains("truncated") || output.stderr.contains("end of input"))
  }

  @Test(
    "Usage errors exit 64 with a suggestion",
    arguments: [
      (["scroe"], "Unknown command 'scroe'. Did you mean 'score'?"),
      (["score", "DEMO", "x.csv", "--fromat", "json"], "Did you mean '--format'?"),
      (["score", "DMEO", "x.csv"], "Unknown framework 'DMEO'. Did you mean 'DEMO'?"),
      (["score", "DEMO"], "Missing expected argument '<sample>'"),
      (["score", "DEMO", "x.csv", "--format", "xml"], "The value 'xml' is invalid for '--format"),
      (
        ["score", "DEMO", "Examples/Demonstration/sample.csv", "--explain", "9.9"],
        "'9.9' is not a question, criterion, section, headline or overall rating"
      ),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 64)
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  @Test("Every command has --help")
  func help() throws {
    for command in Inspect.root.subcommands.map(\.name) {
      let output = try InspectProcess.run([command, "--help"])
      #expect(output.status == 0)
      #expect(output.stdout.contains("USAGE: inspect \(command)"), "\(output.stdout)")
    }
  }

  @Test func templateWritesTheHeaderASampleNeeds() throws {
    let output = try InspectProcess.run(["template", "DEMO"])
    #expect(output.status == 0)
    #expect(
      output.stdout
        == "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a\n")
  }

  @Test func aBadSampleIsReportedWithRowColumnAndCaseAndExits1() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("bad.csv").path
    let sample = """
      case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a
      A,licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes
      B,community,medium,yse,,yes,yes,poor,yes,,,no,no

      """
    try sample.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try InspectProcess.run(["score", "DEMO", path])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(
      output.stderr.contains(
        "\(path):3:20: error: case 'B' (row 2): answer 'yse' to question '1.1.a' is not on its "
          + "scale 'yes-no' ('yes', 'no', 'na'). Did you mean 'yes'? [IK0207]"), "\(output.stderr)")
  }

  @Test func partialResultsMergeToTheWholeSample() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let lines = try String(
      contentsOfFile: InspectProcess.packageRoot.appendingPathComponent(demoSample).path,
      encoding: .utf8
    )
    .split(separator: "\n").map(String.init)
    let first = directory.appendingPathComponent("first.csv").path
    let second = directory.appendingPathComponent("second.csv").path
    try ([lines[0]] + lines[1...2]).joined(separator: "\n").write(
      toFile: first, atomically: true, encoding: .utf8)
    try ([lines[0]] + lines[3...4]).joined(separator: "\n").write(
      toFile: second, atomically: true, encoding: .utf8)
    let p1 = directory.appendingPathComponent("p1.json").path
    let p2 = directory.appendingPathComponent("p2.json").path
    #expect(
      try InspectProcess.run(["score", "DEMO", first, "--partial", "--output", p1]).status == 0)
    #expect(
      try InspectProcess.run(["score", "DEMO", second, "--partial", "--output", p2]).status == 0)
    let merged = try InspectProcess.run(["merge", p1, p2, "--format", "json"])
    let whole = try InspectProcess.run(["score", "DEMO", demoSample, "--format", "json"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout == whole.stdout)
    let twice = try InspectProcess.run(["merge", p1, p1])
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("[IK0506]"), "\(twice.stderr)")
  }

  @Test func outputFilesAreWrittenWhole() throws {
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("scores.json").path
    let output = try InspectProcess.run([
      "score", "DEMO", demoSample, "--format", "json", "--output", path,
    ])
    #expect(output.status == 0)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let printed = try InspectProcess.run(["score", "DEMO", demoSample, "--format", "json"]).stdout
    #expect(written == printed)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["scores.json"])
  }

  @Test func standardInputIsReadAsCSV() throws {
    let sample = try String(
      contentsOfFile: InspectProcess.packageRoot.appendingPathComponent(demoSample).path,
      encoding: .utf8)
    let piped = try InspectProcess.run(["score", "DEMO", "-", "--format", "json"], input: sample)
    let file = try InspectProcess.run(["score", "DEMO", demoSample, "--format", "json"])
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == file.stdout)
  }
}

@Suite("Example samples")
struct ExampleSampleTests {
  @Test(
    "Every example sample scores without errors",
    arguments: [
      ("DEMO", "Demonstration"), ("ESI", "ESI"), ("OMI@2006.2", "OMI-2006"),
      ("OMI@2006.2-appendix3", "OMI-2006-appendix3"), ("OMI@2008", "OMI-2008"), ("OMI2", "OMI2"),
      ("CCI", "CCI"), ("SQS", "SQS"), ("FJI", "FJI"), ("IAOW", "IAOW"),
    ])
  func scores(framework: String, folder: String) throws {
    var arguments = ["score", framework, "Examples/\(folder)/sample.csv"]
    let judgements = "Examples/\(folder)/judgements.csv"
    if FileManager.default.fileExists(
      atPath: InspectProcess.packageRoot.appendingPathComponent(judgements).path)
    {
      arguments += ["--judgements", judgements]
    }
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Summary of scores"))
    #expect(output.stdout.contains("127 cases") || framework != "OMI2")
  }
}

@Suite("README")
struct ReadmeTests {
  @Test("docs/codes.md lists every diagnostic code as inspect codes prints it")
  func listsEveryDiagnosticCode() throws {
    let readme = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent("docs/codes.md"),
      encoding: .utf8)
    let codes = try InspectProcess.run(["codes", "--format", "markdown"])
    #expect(codes.status == 0)
    let rows = codes.stdout.split(separator: "\n").filter { $0.hasPrefix("| `IK") }
    #expect(rows.count > 60)
    for row in rows {
      #expect(readme.contains(row), "docs/codes.md lacks: \(row)")
    }
  }

  @Test func startsWithTheTwoNewcomerCommands() throws {
    let readme = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let firstBlock = readme.components(separatedBy: "```").dropFirst().first ?? ""
    #expect(firstBlock.contains("swift run inspect score DEMO Examples/Demonstration/sample.csv"))
    #expect(firstBlock.contains("swift test"))
  }
}
