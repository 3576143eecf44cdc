import Foundation
import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// Every row of the workbook's first sheet (or `sheet`), as `[reference: text]` lines.
private func cells(_ workbook: XLSXWorkbook, sheet: String? = nil) throws -> [String] {
  let chosen = try #require(sheet.flatMap(workbook.sheet(named:)) ?? workbook.firstSheet)
  var rows = try workbook.rows(of: chosen)
  var lines: [String] = []
  while let row = try rows.next() {
    lines.append(row.cells.map { "\($0.reference)=\($0.text)" }.joined(separator: " "))
  }
  return lines
}

/// A package with the given parts (names to XML text), zipped by our writer.
private func package(_ parts: [(String, String)]) -> [UInt8] {
  var zip = ZipWriter()
  for (name, text) in parts { zip.add(name, Array(text.utf8)) }
  return zip.finish()
}

private let relationships = """
  <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>\
  </Relationships>
  """
private let workbookRelationships = """
  <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
  </Relationships>
  """
private let workbookXML = """
  <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
  <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
  """

/// A one-sheet workbook whose sheet data is `rows` and shared strings `strings`.
private func workbook(rows: String, strings: [String] = ["zero", "one"]) throws -> XLSXWorkbook {
  let shared = "<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
  return try XLSXWorkbook(
    bytes: package([
      ("_rels/.rels", relationships), ("xl/workbook.xml", workbookXML),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/sharedStrings.xml", shared),
      ("xl/worksheets/sheet1.xml", "<worksheet><sheetData>\(rows)</sheetData></worksheet>"),
    ]))
}

private func rowError(_ rows: String) -> XLSXError? {
  do {
    _ = try cells(try workbook(rows: rows))
    return nil
  } catch let error as XLSXError {
    return error
  } catch {
    return XLSXError("\(error)")
  }
}

@Suite("XLSX workbooks")
struct XLSXWorkbookTests {
  @Test("reads a workbook LibreOffice wrote: strings, spaces, numbers, dates")
  func libreOffice() throws {
    let url = PackageRoot.url.appendingPathComponent(
      "Tests/InspectionSupportTests/XLSX/Fixtures/libreoffice-small.xlsx")
    let workbook = try XLSXWorkbook(bytes: [UInt8](Data(contentsOf: url)))
    #expect(workbook.sheets.map(\.name) == ["small"])
    #expect(
      try cells(workbook) == [
        "A1=case B1=roh C1=visit D1=score E1=note",
        "A2=A1 B2=high C2=2010-03-01 D2=12 E2=café",
        "A3=B2 B3= medium  C3=2010-03-02 D3=0.5 E3=a, b",
        "A4=C3 B4=low D4=1000 E4=TRUE",
      ])
  }

  @Test("our writer's workbook reads back: sheets in order, hidden ones marked, text as written")
  func roundTrip() throws {
    var cases = XLSXSheetContent(
      name: "Cases",
      rows: [["case", "roh", "note"], ["A", "high", " spaced "], ["B", nil, "x & <y>"]])
    cases.frozenRows = 1
    cases.boldRows = 1
    cases.textFormat = true
    cases.validations = [
      XLSXDataValidation(column: 1, source: .values(["low", "high"]), prompt: "Risk of Harm")
    ]
    var lists = XLSXSheetContent(name: "Lists", rows: [["a"], ["b"]])
    lists.hidden = true
    let bytes = XLSXWriter.write([cases, lists])
    #expect(XLSXWriter.write([cases, lists]) == bytes)
    let workbook = try XLSXWorkbook(bytes: bytes)
    #expect(workbook.sheets.map(\.name) == ["Cases", "Lists"])
    #expect(workbook.sheets.map(\.isVisible) == [true, false])
    #expect(
      try cells(workbook) == [
        "A1=case B1=roh C1=note", "A2=A B2=high C2= spaced ", "A3=B C3=x & <y>",
      ])
    #expect(try cells(workbook, sheet: "lists") == ["A1=a", "A2=b"])
  }

  @Test("cells without references follow the one before; inline strings, booleans, errors")
  func cellKinds() throws {
    let rows = """
      <row><c t="s"><v>1</v></c><c><v>2.50</v></c><c t="b"><v>1</v></c></row>\
      <row r="5"><c r="C5" t="inlineStr"><is><t>in</t><r><t>line</t></r></is></c>\
      <c t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v>computed</v></c><c r="H5"/></row>
      """
    #expect(
      try cells(try workbook(rows: rows)) == [
        "A1=one B1=2.5 C1=TRUE", "C5=inline D5=#N/A E5=computed",
      ])
  }

  @Test(
    "a damaged sheet is an error naming the cell",
    arguments: [
      (#"<row r="2"/><row r="1"/>"#, "rows must be in order"),
      (#"<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>"#, "cell A1"),
      (#"<row r="1"><c r="A2"><v>1</v></c></row>"#, "not a cell of row 1"),
      (#"<row r="1"><c r="A1" t="s"><v>7</v></c></row>"#, "shared string 7"),
      (#"<row r="1"><c r="D1"><f>SUM(A1:C1)</f></c></row>"#, "cell D1: the cell holds a formula"),
      (#"<row r="0"/>"#, "not a row of a sheet"),
      (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, "not a cell of row 1"),
    ])
  func damagedSheets(rows: String, message: String) {
    let error = rowError(rows)
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }

  @Test("a file that is not a workbook says so")
  func notAWorkbook() {
    #expect(throws: XLSXError.self) { try XLSXWorkbook(bytes: Array("case,roh\n".utf8)) }
    var zip = ZipWriter()
    zip.add("word/document.xml", Array("<document/>".utf8))
    do {
      _ = try XLSXWorkbook(bytes: zip.finish())
      Issue.record("a package without a workbook was read")
    } catch {
      #expect(error.description.contains("has no xl/workbook.xml"))
    }
  }

  @Test("cell references convert both ways")
  func references() {
    #expect(XLSXCellReference("A1") == XLSXCellReference(column: 0, row: 1))
    #expect(XLSXCellReference("$AB$12") == XLSXCellReference(column: 27, row: 12))
    #expect(XLSXCellReference("XFD1048576")?.column == 16_383)
    for bad in ["", "A", "1", "A0", "a1", "1A", "XFE1", "A1048577", "ABCD1"] {
      #expect(XLSXCellReference(bad) == nil, "\(bad)")
    }
    #expect(
      [0, 25, 26, 701, 702, 16_383].map(XLSXCellReference.columnName)
        == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
  }

  @Test(
    "serial numbers in date styles read as ISO 8601 dates and times",
    arguments: [
      (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (60.0, false, "1900-02-29"),
      (61.0, false, "1900-03-01"), (40_238.0, false, "2010-03-01"),
      (40_238.5, false, "2010-03-01T12:00:00"), (0.75, false, "18:00:00"),
      (0.0, true, "1904-01-01"), (38_776.0, true, "2010-03-01"),
    ])
  func dates(serial: Double, date1904: Bool, expected: String) {
    #expect(XLSXNumberFormats.dateText(serial: serial, date1904: date1904) == expected)
  }

  @Test(
    "custom number formats are dates when they show date or time parts",
    arguments: [
      ("yyyy\\-mm\\-dd", true), ("dd/mm/yyyy", true), ("[h]:mm", true), ("h:mm AM/PM", true),
      ("General", false), ("0.00", false), ("#,##0 [$€-407]", false), ("\"day\" 0", false),
      ("@", false), ("0.00E+00", false), ("[Red]0.0", false),
    ])
  func dateCodes(code: String, isDate: Bool) {
    #expect(XLSXNumberFormats.isDateCode(code) == isDate, "\(code)")
  }

  @Test("numbers read in their shortest form")
  func numbers() {
    #expect(XLSXNumberFormats.numberText(12) == "12")
    #expect(XLSXNumberFormats.numberText(-3) == "-3")
    #expect(XLSXNumberFormats.numberText(0.1) == "0.1")
    #expect(XLSXNumberFormats.numberText(1e20) == "1e+20")
  }

  @Test("text Excel would refuse is cut to its limits")
  func limits() {
    #expect(XLSXWriter.cut("abcdef", to: 4) == "abc…")
    #expect(XLSXWriter.cut("abc", to: 4) == "abc")
    #expect(XLSXWriter.sheetName("a/b:c") == "a_b_c")
    #expect(XLSXDataValidation.fitsInline(["yes", "no", "na"]))
    #expect(!XLSXDataValidation.fitsInline(["a,b"]))
    #expect(!XLSXDataValidation.fitsInline((0..<100).map { "value\($0)" }))
  }
}
