import Foundation
import InspectionSchema
import InspectionSupport
import Testing

@Suite("inspect compare, aggregate, diff and reconcile, end to end")
struct ComparisonCLITests {
  static let published: [(String, String)] = [
    ("ESI@2003", "ESI-WestMidlands-2005.json"), ("FJI@2013.2", "FJI-AnnualReport-2013-14.json"),
    ("IAOW@2013", "IAOW-AnnualReport-2013-14.json"), ("OMI@2006.2", "OMI-Cheshire-2006.json"),
    ("OMI@2008", "OMI-WestMercia-2008.json"), ("OMI2@2009.2", "OMI2-Hertfordshire-2010.json"),
    ("SQS@2012", "SQS-AnnualReport-2013-14.json"),
  ]

  @Test func everyPublishedFileIsCovered() throws {
    let files = try FileManager.default.contentsOfDirectory(
      atPath: InspectProcess.packageRoot.appendingPathComponent("Examples/Published").path)
    #expect(Set(files.filter { $0.hasSuffix(".json") }) == Set(Self.published.map(\.1)))
  }

  @Test(arguments: published)
  func reconcileRunsOnEveryPublishedFileInEveryFormat(framework: String, file: String) throws {
    for format in ["text", "markdown", "json"] {
      let output = try InspectProcess.run(
        ["reconcile", framework, "Examples/Published/\(file)", "--format", format])
      #expect(output.status == 0, "\(file) \(format): \(output.stderr)")
      #expect(output.stderr.isEmpty, "\(output.stderr)")
      if format == "json" { _ = try JSONParser.parse(output.stdout) }
    }
  }

  @Test func reconcileReportsHertfordshireSection2AndCroydonsStar() throws {
    let herts = try InspectProcess.run(
      ["reconcile", "OMI2", "Examples/Published/OMI2-Hertfordshire-2010.json", "--format", "json"])
    let divergences = try JSONParser.parse(herts.stdout).root["divergences"]?.arrayValue ?? []
    let section2 = try #require(divergences.first { $0["kind"] == "section" && $0["id"] == "2" })
    #expect(section2["size"] == 1.75)
    #expect(section2["status"] == "known")
    #expect(section2["beyondRounding"] == true)

    let fji = try InspectProcess.run(
      ["reconcile", "FJI", "Examples/Published/FJI-AnnualReport-2013-14.json"])
    #expect(
      fji.stdout.contains(
        "Croydon     headline  Safeguarding  label  *** at 55%  ** (≥ 50 and < 65)  +10.0  no         kept as published"
      ))
    let strict = try InspectProcess.run(
      ["reconcile", "FJI", "Examples/Published/FJI-AnnualReport-2013-14.json", "--strict"])
    #expect(strict.status == 0)

    let iaow = try InspectProcess.run(
      [
        "reconcile", "IAOW", "Examples/Published/IAOW-AnnualReport-2013-14.json", "--format",
        "json",
      ])
    let programme = try JSONParser.parse(iaow.stdout).root["divergences"]?.arrayValue ?? []
    #expect(programme.count == 5)
    #expect(programme.allSatisfy { $0["status"] == "known" })
  }

  @Test func reconcileHidesNothingInHertfordshireOrWestMidlands() throws {
    let herts = try InspectProcess.run(
      ["reconcile", "OMI2", "Examples/Published/OMI2-Hertfordshire-2010.json", "--format", "json"])
    let root = try JSONParser.parse(herts.stdout).root
    let entries = root["entries"]?.arrayValue ?? []
    for id in ["2.3", "2.4", "3.2"] {
      let entry = try #require(
        entries.first {
          $0["kind"] == "criterion" && $0["id"] == .string(id) && $0["check"] == "aggregation"
        })
      #expect(entry["outcome"] != "notCheckable", "\(id)")
    }
    #expect((root["findings"]?.arrayValue ?? []).count == 202)  // OMI2 2009.2's questions

    let esi = try InspectProcess.run(
      ["reconcile", "ESI", "Examples/Published/ESI-WestMidlands-2005.json"])
    #expect(esi.stdout.contains("Checks: 6 aggregation: 1 reproduced, 5 divergent"))
    #expect(!esi.stdout.contains("Checks: none"))
  }

  @Test func aVersionOneFileIsRefusedWithHowToUpgrade() throws {
    let file = try InspectProcess.temporaryDirectory().appendingPathComponent("v1.json")
    try Data(
      #"{"schemaVersion": 1, "framework": {"id": "OMI2", "version": "2009"}, "inspections": []}"#
        .utf8
    )
    .write(to: file)
    for arguments in [
      ["reconcile", "OMI2", file.path],
      ["generate-sample", "OMI2", "--cases", "3", "--targets", file.path],
    ] {
      let output = try InspectProcess.run(arguments)
      #expect(output.status == 1, "\(arguments)")
      #expect(output.stderr.contains("[IK0723]"))
      #expect(output.stderr.contains("docs/published-files.md"))
    }
  }

  @Test func reconcileTextIsTheGoldenFile() throws {
    let output = try InspectProcess.run(
      ["reconcile", "OMI2", "Examples/Published/OMI2-Hertfordshire-2010.json"])
    try CLISnapshots.assert(output.stdout, named: "reconcile-OMI2-Hertfordshire.txt")
  }

  @Test func reconcileRefusesAnotherFrameworksFigures() throws {
    let output = try InspectProcess.run(
      ["reconcile", "OMI2", "Examples/Published/FJI-AnnualReport-2013-14.json"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("[IK0724]"))
  }

  @Test func compareBaselineWithFollowUpIsDeterministicAndMarksSignificance() throws {
    let arguments = [
      "compare", "ESI", "--baseline", "Examples/ESI/baseline-2004.csv", "--followup",
      "Examples/ESI/sample.csv", "--replicates", "200",
    ]
    let first = try InspectProcess.run(arguments + ["--format", "json"])
    let second = try InspectProcess.run(arguments + ["--format", "json"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == second.stdout)
    let text = try InspectProcess.run(arguments)
    #expect(text.stdout.contains("* questions: the p-value adjusted by Holm's method"))
    try CLISnapshots.assert(text.stdout, named: "compare-ESI-baseline.txt")
  }

  /// The ESI example of docs/comparing.md: of 24 questions tested, 10 have a raw p-value below
  /// 0.05; 4 keep their marker after Holm's adjustment, and the same 4 after Benjamini–Hochberg's.
  @Test func theESIFollowUpKeepsFourMarkersAfterHolmAndBH() throws {
    let arguments = [
      "compare", "ESI", "--baseline", "Examples/ESI/baseline-2004.csv", "--followup",
      "Examples/ESI/sample.csv", "--replicates", "200", "--format", "json",
    ]
    func marked(_ adjust: String) throws -> (rule: String?, ids: [String], raw: [String]) {
      let output = try InspectProcess.run(arguments + ["--adjust", adjust])
      #expect(output.status == 0, "\(output.stderr)")
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
      let questions = try #require(json["questions"] as? [[String: Any]])
      let rule = (json["marker"] as? [String: Any])?["questions"] as? String
      let ids = questions.filter { $0["significant"] as? Bool == true }.compactMap {
        $0["id"] as? String
      }
      let raw = questions.filter { ($0["pValue"] as? Double ?? 1) < 0.05 }.compactMap {
        $0["id"] as? String
      }
      return (rule, ids, raw)
    }
    let keep = ["B1.f", "B3.b", "C2.e", "C5.a"]
    let holm = try marked("holm")
    #expect(holm.rule == "holm")
    #expect(holm.ids == keep)
    #expect(holm.raw.count == 10)
    let bh = try marked("bh")
    #expect(bh.ids == keep)
    let none = try marked("none")
    #expect(none.ids == none.raw)
    #expect(none.ids.count == 10)
  }

  @Test func compareOneSampleUnderThreeFrameworksPrintsASideBySideTable() throws {
    let output = try InspectProcess.run([
      "compare", "--sample", "Examples/OMI-2008/sample.csv", "--frameworks", "OMI@2008,OMI2,IAOW",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Scores side by side"))
    let coverage = output.stdout.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true)
    }
    #expect(coverage.contains(["OMI@2008", "172", "172", "(sample)"]))
    let header = output.stdout.split(separator: "\n").first {
      $0.contains("KIND") && $0.contains("IAOW@2013")
    }
    #expect(header != nil)
  }

  /// OMI 2008's criterion 1.2 receives 6 of its 19 questions from an OMI 2006 sample: at a 30%
  /// threshold it has a score and a band ("59% Urgent priority for improvement"); at the default
  /// 50% every format prints "not comparable (6 of 19)" and neither the score nor the band.
  @Test func aCellBelowTheThresholdHasNoScoreOrBandInAnyFormat() throws {
    let arguments = [
      "compare", "--sample", "Examples/OMI-2006/sample.csv", "--frameworks", "OMI@2006.2,OMI@2008",
    ]
    let band = "Urgent priority for improvement"
    for format in ["text", "markdown", "html", "json"] {
      let below = try InspectProcess.run(arguments + ["--format", format])
      let above = try InspectProcess.run(arguments + ["--format", format, "--min-coverage", "30"])
      #expect(below.status == 0 && above.status == 0, "\(format): \(below.stderr)")
      // Booleans, not the pages: a failure names the format, not a page of output.
      let scored = "1.2 59% \(band) (6 of 19, 100 cases)"
      let aboveScored = above.stdout.contains(scored)
      let belowScored = below.stdout.contains("1.2 59%") || below.stdout.contains("(6 of 19, 100")
      let belowWords = below.stdout.contains("1.2 not comparable (6 of 19), 100 cases")
      if format == "json" {
        let json = try #require(
          try JSONSerialization.jsonObject(with: Data(below.stdout.utf8)) as? [String: Any])
        let cells = (json["rows"] as? [[String: Any]] ?? []).flatMap {
          ($0["cells"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        }
        let cell = try #require(
          cells.first {
            $0["id"] as? String == "1.2" && $0["kind"] as? String == "criterion"
              && ($0["coverage"] as? [String: Any])?["questions"] as? Int == 19
          })
        #expect(cell["comparable"] as? Bool == false)
        #expect(cell["value"] == nil && cell["band"] == nil)
        #expect(
          cell["coverage"] as? [String: Int] == [
            "cases": 100, "questions": 19, "questionsWithEvidence": 6,
          ])
      } else {
        #expect(aboveScored, "\(format)")
        #expect(!belowScored, "\(format)")
        #expect(belowWords, "\(format)")
      }
    }
  }

  @Test func compareRefusesFrameworksNoCrosswalkJoins() throws {
    let output = try InspectProcess.run([
      "compare", "--sample", "Examples/OMI-2006/sample.csv", "--frameworks", "OMI@2006.2,DEMO",
    ])
    // OMI and OMI 2008 share the concept catalog (a derived crosswalk joins them); DEMO names
    // no catalog and no declaration joins it.
    #expect(output.status == 1)
    #expect(output.stderr.contains("[IK0731]"))
  }

  @Test func compareUsageErrorsExit64WithASuggestion() throws {
    let output = try InspectProcess.run([
      "compare", "--sample", "Examples/OMI-2008/sample.csv", "--frameworks", "OMI@2008,OMI2",
      "--carry", "equl",
    ])
    #expect(output.status == 64)
    #expect(output.stderr.contains("Did you mean 'equal'?"))
  }

  @Test func aggregateShowsMeanAndPooled() throws {
    let output = try InspectProcess.run([
      "aggregate", "OMI2", "Examples/OMI2/sample.csv", "Examples/OMI2/sample.csv", "--format",
      "json",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let items = try JSONParser.parse(output.stdout).root["items"]?.arrayValue ?? []
    // The same sample twice: pooled equals mean equals each inspection.
    for item in items {
      #expect(item["mean"] == item["pooled"])
    }
  }

  @Test func diffListsStructuralChangesAndTheirEffectOnASample() throws {
    let output = try InspectProcess.run([
      "diff", "OMI@2008", "OMI2", "--sample", "Examples/OMI-2008/sample.csv",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let json = try InspectProcess.run(["diff", "OMI@2008", "OMI2", "--format", "json"])
    let changes = try JSONParser.parse(json.stdout).root["changes"]?.arrayValue ?? []
    // The crosswalk's equal mapping 1.1.d → 1.1.a outranks the shared id 1.1.d.
    #expect(
      changes.contains {
        $0["id"] == "1.1.d" && $0["change"] == "renamed" && $0["after"] == "1.1.a"
      })
    #expect(output.stdout.contains("What it does to Examples/OMI-2008/sample.csv"))
    let versions = try InspectProcess.run(["diff", "OMI@2006", "OMI@2008", "--format", "json"])
    #expect(versions.status == 0)
    #expect(try JSONParser.parse(versions.stdout).root["changes"]?.arrayValue?.isEmpty == false)
  }

  /// A question whose answer scale changed is reported even when its text did not (OMI2 2.2.ab
  /// and 3.2.d keep their words and take a printed scale in 2009.2).
  @Test func diffReportsAChangedAnswerScale() throws {
    let json = try InspectProcess.run(["diff", "OMI2@2009", "OMI2@2009.2", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let changes = try JSONParser.parse(json.stdout).root["changes"]?.arrayValue ?? []
    let scale = changes.first { $0["id"] == "3.2.d" && $0["change"] == "scale" }
    #expect(scale?["before"] == "yes-no (above the line: yes; below: no)")
    #expect(
      scale?["after"] == "callouts (above the line: known, known-none; below: not-known)")
    #expect(!changes.contains { $0["id"] == "3.2.d" && $0["change"] == "text" })
    // 3.1.e moved its cut (a caution is below the line in 2009.2): no mapping says it is the same
    // question, so the id is reported as reused rather than as a changed scale.
    #expect(changes.filter { $0["change"] == "scale" }.count == 12)
    #expect(changes.contains { $0["id"] == "3.1.e" && $0["change"] == "reused" })
    #expect(changes.filter { $0["change"] == "removed" }.count == 2)
  }
}
