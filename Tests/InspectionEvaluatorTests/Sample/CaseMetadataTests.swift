import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

/// The demonstration sample with two extra columns, `inspector` and `team`.
private let sampleWithMetadata = """
  case,case_type,roh,inspector,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a,team
  A,licence,high,AB,yes,yes,yes,no,good,yes,yes,yes,yes,yes,North
  B,community,medium,CD,no,,yes,yes,poor,yes,,,no,no,North
  C,licence,very high,AB,yes,no,no,na,adequate,no,no,,,yes,
  D,community,low,AB,yes,,yes,yes,good,na,,,,yes,South

  """

private let declared = SampleReadOptions(metadata: ["inspector", "team"])
private let metadataTally = SampleTally.Options(metadata: ["inspector", "team"])

private func scoreCSV(_ text: String, options: SampleReadOptions = declared) -> Evaluation {
  var reader = CSVSampleReader(
    bytes: Array(text.utf8), plan: Fixtures.demonstration, displayName: "sample.csv",
    options: options)
  return Evaluator.evaluate(
    plan: Fixtures.demonstration, reader: &reader,
    options: SampleTally.Options(collectCaseIDs: true, metadata: options.metadata))
}

@Suite("Case metadata")
struct CaseMetadataTests {
  @Test("declared metadata columns are read, counted by value, and not scored")
  func counted() throws {
    let evaluation = scoreCSV(sampleWithMetadata)
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    let plain = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
    #expect(evaluation.result.questions.map(\.tally) == plain.result.questions.map(\.tally))
    #expect(evaluation.result.sample.fingerprint == plain.result.sample.fingerprint)
    let metadata = evaluation.result.sample.metadata
    #expect(metadata.map(\.column) == ["inspector", "team"])
    #expect(metadata[0].values == ["AB": 3, "CD": 1])
    #expect(metadata[1].values == ["North": 2, "South": 1])
    #expect(metadata[1].blank == 1)
  }

  @Test("the JSON report carries them; without metadata it is unchanged")
  func jsonReport() throws {
    let text = ScoreJSONReport.render(scoreCSV(sampleWithMetadata).result)
    #expect(
      text.contains(
        """
        "metadata": [
              {
                "blank": 0,
                "column": "inspector",
                "otherCases": 0,
                "values": [
                  {
                    "cases": 3,
                    "value": "AB"
                  },
        """))
    let plain = ScoreJSONReport.render(
      Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration).result)
    #expect(!plain.contains("\"metadata\""))
  }

  @Test("an undeclared extra column is still an error, which says how to declare it")
  func undeclared() throws {
    let evaluation = scoreCSV(sampleWithMetadata, options: SampleReadOptions(metadata: ["team"]))
    let error = try #require(evaluation.errors.first)
    #expect(error.code == "IK0203")
    #expect(error.message.contains("column 'inspector' is not 'case', 'excluded', an attribute"))
    #expect(error.message.contains("declare it as case metadata (--metadata inspector)"))
  }

  @Test("a declared metadata column the sample lacks is a missing column")
  func missing() throws {
    let evaluation = scoreCSV(
      Fixtures.demonstrationSample, options: SampleReadOptions(metadata: ["inspector"]))
    #expect(evaluation.errors.first?.code == "IK0202")
    #expect(evaluation.errors.first?.message.contains("case metadata 'inspector'") == true)
  }

  @Test("workbooks and JSON samples carry metadata too")
  func otherFormats() throws {
    var xlsxReader = try XLSXSampleReader(
      bytes: workbook(sampleWithMetadata), plan: Fixtures.demonstration,
      displayName: "sample.xlsx", options: declared)
    let xlsx = Evaluator.evaluate(
      plan: Fixtures.demonstration, reader: &xlsxReader, options: metadataTally)
    #expect(xlsx.result.sample.metadata == scoreCSV(sampleWithMetadata).result.sample.metadata)

    let json = """
      {"cases": [{"case": "A", "attributes": {"case_type": "custody", "roh": "low"},
        "metadata": {"inspector": "AB", "team": null},
        "answers": {"1.1.a": "yes", "1.1.s": "yes", "1.2.a": "no", "2.1.a": "good",
        "2.1.b": "yes", "3.1.a": "yes"}}]}
      """
    var jsonReader = JSONSampleReader(
      bytes: Array(json.utf8), plan: Fixtures.demonstration, file: "sample.json", options: declared)
    let fromJSON = Evaluator.evaluate(
      plan: Fixtures.demonstration, reader: &jsonReader, options: metadataTally)
    #expect(!fromJSON.failed, "\(fromJSON.errors.map(\.rendered))")
    #expect(fromJSON.result.sample.metadata[0].values == ["AB": 1])
    #expect(fromJSON.result.sample.metadata[1].blank == 1)

    var undeclaredReader = JSONSampleReader(
      bytes: Array(json.utf8), plan: Fixtures.demonstration, file: "sample.json")
    let undeclared = Evaluator.evaluate(plan: Fixtures.demonstration, reader: &undeclaredReader)
    #expect(undeclared.errors.first?.code == "IK0203")
    #expect(undeclared.errors.first?.message.contains("--metadata") == true)
  }

  @Test("partial results carry the counts, and merging adds them")
  func partials() throws {
    let evaluation = scoreCSV(sampleWithMetadata)
    let partial = PartialResult(summary: evaluation.summary, plan: Fixtures.demonstration)
    #expect(partial.metadata?.map(\.column) == ["inspector", "team"])
    let other = scoreCSV(
      sampleWithMetadata.replacingOccurrences(of: "\nA,", with: "\nA2,")
        .replacingOccurrences(of: "\nB,", with: "\nB2,").replacingOccurrences(
          of: "\nC,", with: "\nC2,"
        )
        .replacingOccurrences(of: "\nD,", with: "\nD2,"))
    let merged = try PartialResult.merge([
      PartialResultFile(result: partial, file: "a.json"),
      PartialResultFile(
        result: PartialResult(summary: other.summary, plan: Fixtures.demonstration),
        file: "b.json"),
    ])
    #expect(merged.metadata?[0].values == ["AB": 6, "CD": 2])
    // The counts are part of the sealed content: written and read back, they are the same.
    let written = Array(CanonicalJSON.pretty(merged.document()).utf8)
    #expect(try PartialResult.read(bytes: written, file: "m.json").result == merged)
    let plain = PartialResult(
      summary: Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
        .summary,
      plan: Fixtures.demonstration)
    #expect(plain.metadata == nil)
  }

  @Test("values past the limit of distinct values are counted together")
  func limit() {
    var tally = MetadataTally(column: "note")
    for index in 0..<(MetadataTally.maximumValues + 5) { tally.add("n\(index)") }
    tally.add("n0")
    #expect(tally.values.count == MetadataTally.maximumValues)
    #expect(tally.otherCases == 5)
    #expect(tally.values["n0"] == 2)
  }
}
