import Foundation
import Testing

/// The commands of docs/comparing.md that issue 17 added — `crosswalk show`, `trend` and
/// `concepts` — end to end: help, located errors, exit codes 0/1/64, deterministic output,
/// golden files.
@Suite("inspect crosswalk show, trend and concepts, end to end")
struct ComparingCommandsCLITests {
  static let roh = [
    "trend", "--construct", "headline:RoH",
    "--published", "Examples/Published/OMI-Cheshire-2006.json",
    "--published", "Examples/Published/OMI-WestMercia-2008.json",
    "--published", "Examples/Published/OMI2-Hertfordshire-2010.json",
  ]

  @Test(arguments: [
    "crosswalk", "crosswalk show", "trend", "concepts",
  ])
  func everyCommandHasHelp(command: String) throws {
    let output = try InspectProcess.run(command.split(separator: " ").map(String.init) + ["--help"])
    #expect(output.status == 0, "\(command)")
    #expect(output.stdout.contains("USAGE: inspect \(command)"), "\(command)")
  }

  /// Each bad invocation: its exit status and the words that say where and what to do.
  static let errors: [(name: String, arguments: [String], status: Int32, says: String)] = [
    ("missing target", ["crosswalk", "show", "OMI@2008"], 64, "Missing expected argument '<to>'"),
    (
      "unknown framework", ["crosswalk", "show", "OMI@2008", "NOPE"], 64, "Unknown framework 'NOPE'"
    ),
    (
      "bad format", ["crosswalk", "show", "OMI@2008", "OMI2", "--format", "xml"], 64,
      "'xml' is invalid"
    ),
    ("misspelt subcommand", ["crosswalk", "shwo"], 64, "Did you mean 'show'?"),
    ("no crosswalk", ["crosswalk", "show", "OMI@2008", "DEMO"], 1, "[IK0731]"),
    ("no inspections", ["trend"], 64, "Give the inspections"),
    (
      "unreadable file", ["trend", "--published", "nope.json"], 1,
      "'nope.json': No such file or directory [IK0721]"
    ),
    (
      "misspelt construct",
      [
        "trend", "--published", "Examples/Published/OMI-Cheshire-2006.json", "--construct",
        "headlin:RoH",
      ],
      64, "Did you mean 'headline:RoH'?"
    ),
    ("malformed sample", ["trend", "--sample", "bad"], 64, "four fields"),
    ("unknown catalog", ["concepts", "nope"], 64, "Unknown concept catalog 'nope'"),
    (
      "not a catalog", ["concepts", "Examples/ESI/sample.csv"], 1,
      "Examples/ESI/sample.csv:1:1: error: the concept catalog is not valid JSON"
    ),
  ]

  @Test func badInvocationsSayWhereAndExitWithTheirStatus() throws {
    for (name, arguments, status, says) in Self.errors {
      let output = try InspectProcess.run(arguments)
      #expect(output.status == status, "\(name)")
      #expect(output.stderr.contains(says), "\(name): \(output.stderr.prefix(300))")
      #expect(output.stdout.isEmpty, "\(name)")
    }
  }

  /// Every shipped pair: `crosswalk show --format json` lists every question of the target,
  /// each with a relation (or `none`) and a non-empty reason.
  @Test(arguments: [
    ("ESI", "OMI@2006", 157), ("OMI@2006", "OMI@2008", 172), ("OMI@2008", "OMI2@2009", 204),
    ("OMI@2008", "OMI2@2009.2", 202), ("OMI2@2009", "IAOW", 14), ("OMI2@2009.2", "IAOW", 14),
    ("SQS@2012", "FJI@2013", 40), ("FJI@2013", "SQS@2012", 25), ("SQS@2012.2", "FJI@2013.2", 47),
    ("FJI@2013.2", "SQS@2012.2", 32),
  ])
  func crosswalkShowListsEveryTargetQuestionWithAReason(from: String, to: String, count: Int)
    throws
  {
    let output = try InspectProcess.run(["crosswalk", "show", from, to, "--format", "json"])
    #expect(output.status == 0, "\(output.stderr.prefix(300))")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let questions = try #require(json["questions"] as? [[String: Any]])
    #expect(questions.count == count)
    #expect(Set(questions.compactMap { $0["id"] as? String }).count == count)
    let relations: Set<String> = ["equal", "narrower", "broader", "overlapping", "none"]
    let bad = questions.filter { question in
      let relation = question["relation"] as? String ?? ""
      let reason = (question["reason"] as? String ?? "").trimmingCharacters(in: .whitespaces)
      return !relations.contains(relation) || reason.isEmpty
    }
    #expect(bad.isEmpty, "\(bad.compactMap { $0["id"] as? String })")
  }

  @Test func crosswalkShowIsDeterministicAndMatchesItsGoldens() throws {
    for format in ["text", "markdown", "json"] {
      let arguments = ["crosswalk", "show", "SQS@2012.2", "FJI@2013.2", "--format", format]
      let first = try InspectProcess.run(arguments)
      let second = try InspectProcess.run(arguments)
      #expect(first.status == 0)
      #expect(first.stdout == second.stdout, "\(format)")
      try CLISnapshots.assert(
        first.stdout,
        named:
          "crosswalk-SQS-FJI.\(format == "text" ? "txt" : format == "markdown" ? "md" : "json")")
    }
  }

  /// The Risk of Harm construct over the published Cheshire (OMI 2006), West Mercia (OMI 2008)
  /// and Hertfordshire (OMI2) files: one series, both framework changes marked, the same
  /// bytes on every run, in every format.
  @Test func trendOverThePublishedOMIFilesMarksTheFrameworkChanges() throws {
    for (format, suffix) in [
      ("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html"),
    ] {
      let first = try InspectProcess.run(Self.roh + ["--format", format])
      let second = try InspectProcess.run(Self.roh + ["--format", format])
      #expect(first.status == 0, "\(format): \(first.stderr.prefix(300))")
      #expect(first.stdout == second.stdout, "\(format)")
      if format == "json" {
        let json = try #require(
          try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let changes = (json["frameworkChanges"] as? [[String: Any]] ?? []).map {
          "\($0["from"] as? String ?? "") → \($0["to"] as? String ?? "")"
        }
        #expect(changes == ["OMI@2006.2 → OMI@2008", "OMI@2008 → OMI2@2009.2"])
      } else {
        let marked =
          first.stdout.contains("OMI@2006.2 → OMI@2008")
          && first.stdout.contains("OMI@2008 → OMI2@2009.2")
        #expect(marked, "\(format)")
      }
      try CLISnapshots.assert(first.stdout, named: "trend-RoH-OMI.\(suffix)")
    }
    let html = try InspectProcess.run(Self.roh + ["--format", "html"]).stdout
    #expect(html.components(separatedBy: "<g class=\"framework-change\">").count == 3)
    #expect(!html.contains("<script"))
  }

  @Test func conceptsListsTheCatalogDeterministically() throws {
    let first = try InspectProcess.run(["concepts", "--format", "json"])
    let second = try InspectProcess.run(["concepts", "--format", "json"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    #expect(json["id"] as? String == "hmip-casework")
    #expect(((json["fingerprint"] as? String) ?? "").hasPrefix("sha256:"))
  }
}
