import Foundation
import Testing

/// `inspect provenance`, and provenance in `inspect show` and `inspect doc`, run as a user
/// would.
@Suite struct ProvenanceCLITests {
  /// OMI2 (the revision, 2009.2): 202 questions, 204 less the two cuts merged into their
  /// printed scales (3.1.f, 3.1.j); OMI2@2009 keeps its 204.
  @Test(arguments: [("OMI2", 202, 172, 30), ("OMI2@2009", 204, 172, 32)])
  func provenanceOfOMI2CountsEveryQuestion(
    framework: String, total: Int, figures: Int, words: Int
  ) throws {
    let output = try InspectProcess.run(["provenance", framework, "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let value = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    let questions = try #require((value as? [String: Any])?["questions"] as? [String: Int])
    let bases = [
      "printedFigure", "printedInWords", "reportProse", "statedRule", "inferredRule",
      "placeholder", "notCited",
    ]
    #expect(bases.map { questions[$0] ?? -1 }.reduce(0, +) == total)
    #expect(questions["total"] == total)
    #expect(questions["printedFigure"] == figures)
    #expect(questions["printedInWords"] == words)
  }

  @Test(arguments: [("text", "Questions by basis (172)"), ("markdown", "| [X] | placeholder |")])
  func provenanceFormats(format: String, expected: String) throws {
    let output = try InspectProcess.run(["provenance", "OMI@2008", "--format", format])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains(expected))
    #expect(output.stdout.contains("grade scale conclusion"))
  }

  /// SQS 2012.2 says where its questions come from: show, doc and provenance.
  @Test(arguments: [
    (["show", "SQS"], "Questions from: FJI@2013.2 (sha256:"),
    (["show", "SQS"], "  excludes 1.5, 2.6, 3.6, 4.2"),
    (["doc", "SQS", "--format", "markdown"], "## Questions from FJI@2013.2"),
    (["provenance", "SQS"], "question banks        0   1"),
  ])
  func subsetSaysWhereItsQuestionsComeFrom(arguments: [String], expected: String) throws {
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains(expected), "\(output.stdout.prefix(2000))")
  }

  @Test func provenanceHasHelp() throws {
    let output = try InspectProcess.run(["provenance", "--help"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("USAGE: inspect provenance <framework>"))
    #expect(output.stdout.contains("printed figure"))
  }

  @Test(arguments: [["provenance"], ["provenance", "OMI3"], ["provenance", "OMI2", "-f", "xml"]])
  func provenanceUsageErrorsExit64(arguments: [String]) throws {
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 64, "\(output.stderr)")
    #expect(!output.stderr.isEmpty)
  }

  @Test func aHistoricalDocumentWithAnUncitedQuestionFailsAtItsLine() throws {
    let compiled = try InspectProcess.run(["compile", "CCI"])
    #expect(compiled.status == 0)
    // Drop the first question's provenance: the document is historical, so it must not load.
    let marker = "\"provenance\": {\n"
    let lines = compiled.stdout.components(separatedBy: "\n")
    let questionLine = try #require(lines.firstIndex { $0.contains("\"id\": \"1.1.a\"") })
    var edited = lines
    let start = try #require(
      edited.indices.first { $0 > questionLine && edited[$0].hasSuffix(marker.dropLast()) })
    let end = try #require(edited.indices.first { $0 > start && edited[$0].hasSuffix("},") })
    edited.removeSubrange(start...end)
    let directory = try InspectProcess.temporaryDirectory()
    let path = directory.appendingPathComponent("CCI-edited.json").path
    try edited.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

    let output = try InspectProcess.run(["provenance", path])
    #expect(output.status == 1)
    #expect(output.stderr.contains("question 1.1.a says nothing of where it comes from"))
    #expect(output.stderr.contains("[IK0182]"))
    #expect(output.stderr.contains("\(path):"))
  }

  @Test func showAndDocShowProvenanceWithALegend() throws {
    let show = try InspectProcess.run(["show", "OMI2"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("[F] printed figure   [W] printed in words"))
    #expect(show.stdout.contains("from: [W] General criterion 1.1, Strengths (a)"))
    let doc = try InspectProcess.run(["doc", "OMI2", "--format", "html"])
    #expect(doc.status == 0)
    #expect(doc.stdout.contains("Where each part comes from"))
    #expect(doc.stdout.contains("[F] General criterion 1.1, Strengths (b)"))
  }
}
