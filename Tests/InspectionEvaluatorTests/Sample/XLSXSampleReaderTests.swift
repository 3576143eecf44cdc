import Foundation
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

/// A workbook whose sheet `name` holds `csv`'s cells (commas split cells; no quoting), after
/// any `before` sheets.
func workbook(
  _ csv: String, sheet name: String = "Cases", before: [XLSXSheetContent] = []
) -> [UInt8] {
  let rows = csv.split(separator: "\n", omittingEmptySubsequences: false).map { line in
    line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) as String? }
  }
  return XLSXWriter.write(before + [XLSXSheetContent(name: name, rows: rows)])
}

private func scoreXLSX(
  _ bytes: [UInt8], options: SampleReadOptions = SampleReadOptions(),
  tally: SampleTally.Options = .init()
) throws -> Evaluation {
  var reader = try XLSXSampleReader(
    bytes: bytes, plan: Fixtures.demonstration, displayName: "sample.xlsx", options: options)
  return Evaluator.evaluate(plan: Fixtures.demonstration, reader: &reader, options: tally)
}

private func openError(_ bytes: [UInt8], options: SampleReadOptions = SampleReadOptions())
  -> Diagnostic?
{
  do {
    _ = try XLSXSampleReader(
      bytes: bytes, plan: Fixtures.demonstration, displayName: "sample.xlsx", options: options)
    return nil
  } catch {
    return error.diagnostic
  }
}

@Suite("Workbook samples")
struct XLSXSampleReaderTests {
  @Test("a workbook scores exactly like the same cells as CSV")
  func sameAsCSV() throws {
    let csv = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
    let xlsx = try scoreXLSX(workbook(Fixtures.demonstrationSample))
    #expect(!xlsx.failed)
    #expect(ScoreJSONReport.render(xlsx.result) == ScoreJSONReport.render(csv.result))
  }

  @Test("problems are located at their cell, with the sheet")
  func locatedErrors() throws {
    let text = Fixtures.demonstrationSample.replacingOccurrences(
      of: "C,licence,very high,yes,no", with: "C,licence,very high,yes,maybe")
    let evaluation = try scoreXLSX(workbook(text))
    #expect(evaluation.failed)
    let error = try #require(evaluation.errors.first)
    #expect(error.code == "IK0207")
    #expect(error.location?.description == "sample.xlsx:Cases!E4")
    #expect(
      error.rendered.hasPrefix("sample.xlsx:Cases!E4: error: case 'C' (row 3): answer 'maybe'"))
  }

  @Test("a sheet name that is not one word is quoted in locations")
  func quotedSheet() throws {
    let text = Fixtures.demonstrationSample.replacingOccurrences(of: "A,licence", with: "A,prison")
    let evaluation = try scoreXLSX(workbook(text, sheet: "My cases"))
    #expect(evaluation.errors.first?.location?.description == "sample.xlsx:'My cases'!B2")
  }

  @Test("the first visible sheet, or the one --sheet names (ignoring case)")
  func sheets() throws {
    var hidden = XLSXSheetContent(name: "Lists", rows: [["x"]])
    hidden.hidden = true
    let bytes = workbook(Fixtures.demonstrationSample, before: [hidden])
    #expect(try !scoreXLSX(bytes).failed)
    #expect(try !scoreXLSX(bytes, options: SampleReadOptions(sheet: "cases")).failed)
    let error = openError(bytes, options: SampleReadOptions(sheet: "Casse"))
    #expect(error?.code == "IK0201")
    #expect(
      error?.message.contains("has no sheet 'Casse'; its sheets are 'Lists', 'Cases'") == true)
    #expect(error?.message.contains("Did you mean 'Cases'?") == true)
  }

  @Test("a value in a column without a header is an error at its cell")
  func valueWithoutHeader() throws {
    let text = Fixtures.demonstrationSample.replacingOccurrences(
      of: "D,community,low,yes,,yes,yes,good,na,,,,yes",
      with: "D,community,low,yes,,yes,yes,good,na,,,,yes,,stray")
    let evaluation = try scoreXLSX(workbook(text))
    let error = try #require(evaluation.errors.first)
    #expect(error.code == "IK0203")
    #expect(error.location?.description == "sample.xlsx:Cases!O5")
    #expect(error.message.contains("holds 'stray' but its column has no header"))
  }

  @Test("blank rows are skipped; blank header cells are no column")
  func blanks() throws {
    let text = Fixtures.demonstrationSample.replacingOccurrences(of: "\nB,", with: "\n\n,,\nB,")
      .replacingOccurrences(of: "3.1.a\n", with: "3.1.a,,\n")
    let evaluation = try scoreXLSX(workbook(text))
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    #expect(evaluation.result.sample.cases == 4)
  }

  @Test("an empty sheet, a file that is not a workbook, a damaged one: located errors")
  func unreadable() throws {
    let empty = try scoreXLSX(workbook(""))
    #expect(empty.errors.first?.code == "IK0202")
    #expect(empty.errors.first?.message.contains("sheet 'Cases' is empty") == true)
    #expect(
      openError(Array("case,roh\n".utf8))?.message.contains("not a readable .xlsx workbook") == true
    )
    var damaged = workbook(Fixtures.demonstrationSample)
    damaged.removeLast(30)
    #expect(openError(damaged)?.code == "IK0201")
  }

  @Test("a file larger than a workbook may be is refused before it is read")
  func hugeFile() throws {
    // A sparse file: a gigabyte and a byte long, with nothing on disk.
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("huge-\(UUID().uuidString).xlsx")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(XLSXSampleReader.maximumFileBytes) + 1)
    try handle.close()
    do {
      _ = try XLSXSampleReader(
        path: url.path, plan: Fixtures.demonstration, displayName: "huge.xlsx")
      Issue.record("a huge file was read")
    } catch {
      #expect(error.diagnostic.code == "IK0201")
      #expect(
        error.diagnostic.message.contains("workbooks of more than 1073741824 bytes are not read"))
    }
  }

  @Test("numbers, dates and booleans read as the text a spreadsheet shows")
  func cellText() throws {
    // Our writer writes text; a number cell is checked through the toolbox's reader tests.
    let text = Fixtures.demonstrationSample.replacingOccurrences(of: "\nA,", with: "\n0012,")
    let evaluation = try scoreXLSX(workbook(text))
    #expect(!evaluation.failed)
  }
}
