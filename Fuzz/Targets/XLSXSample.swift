// libFuzzer target: workbooks (.xlsx) and what reads them, against the Demonstration
// framework. The first byte of the input chooses what the rest is:
//   0  a whole .xlsx file, read by XLSXSampleReader and scored with both option sets
//      (Shared/SampleScoring.swift): the zip container, the workbook, the sheet;
//   1  a raw deflate stream, inflated (at most 1 MiB); one that inflates must come back
//      byte for byte from our deflater's stream, through our inflater;
//   2  a sheet's XML, packed into an otherwise valid workbook (stored, so that mutations reach
//      the XML scanner and the row reader rather than a CRC check) and scored;
//   3  a shared strings part, packed with a sheet that refers to its strings, and scored.
// Every error the scoring reports must have a location; nothing may crash or trap.
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

let plan: ScoringPlan = {
  let compilation = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
  guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint(),
    let plan = try? ScoringPlan(compilation.document, fingerprint: fingerprint)
  else { fatalError("the Demonstration framework does not compile") }
  return plan
}()

let relationships = Array(
  """
  <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
  relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
  """.utf8)
let workbookRelationships = Array(
  """
  <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
  relationships/worksheet" Target="worksheets/sheet1.xml"/>\
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/\
  relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
  """.utf8)
let workbookXML = Array(
  """
  <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
  <sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>
  """.utf8)

/// The Demonstration sample's header and first case, as shared strings 0...25.
let strings = [
  "case", "case_type", "roh", "1.1.a", "1.1.b", "1.1.s", "1.2.a", "2.1.a", "2.1.b", "2.2.a",
  "2.2.b", "2.2.c", "3.1.a", "A", "licence", "high", "yes", "yes", "yes", "no", "good", "yes",
  "yes", "yes", "yes", "yes",
]
/// A sheet whose two rows refer to shared strings 0...12 and 13...25.
let sheetOfStrings: [UInt8] = {
  var xml = "<worksheet><sheetData>"
  for row in 0..<2 {
    xml += "<row r=\"\(row + 1)\">"
    for column in 0..<13 {
      xml += "<c r=\"\(XLSXCellReference(column: column, row: row + 1))\" t=\"s\"><v>"
      xml += "\(row * 13 + column)</v></c>"
    }
    xml += "</row>"
  }
  return Array((xml + "</sheetData></worksheet>").utf8)
}()
let sharedStrings = Array(
  ("<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>").utf8)

/// A workbook of the fixed parts with `sheet` and `shared` as its sheet and shared strings.
func package(sheet: [UInt8], shared: [UInt8]) -> [UInt8] {
  var zip = ZipWriter()
  zip.add("_rels/.rels", relationships, compress: false)
  zip.add("xl/workbook.xml", workbookXML, compress: false)
  zip.add("xl/_rels/workbook.xml.rels", workbookRelationships, compress: false)
  zip.add("xl/sharedStrings.xml", shared, compress: false)
  zip.add("xl/worksheets/sheet1.xml", sheet, compress: false)
  return zip.finish()
}

/// Opens `bytes` as a workbook sample and scores it; a failure to open must be located.
func scoreWorkbook(_ bytes: [UInt8]) {
  let reader: XLSXSampleReader
  do {
    reader = try XLSXSampleReader(bytes: bytes, plan: plan, displayName: "fuzz.xlsx")
  } catch {
    if error.diagnostic.location == nil {
      fatalError("an error without a location: \(error.diagnostic.rendered)")
    }
    return
  }
  scoreWithBothOptionSets(plan: plan) { reader }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch data[0] % 4 {
  case 0:
    scoreWorkbook(body)
  case 1:
    guard let output = try? Inflater.inflate(body, limit: 1 << 20) else { return 0 }
    guard (try? Inflater.inflate(Deflater.deflate(output))) == output else {
      fatalError("deflate then inflate did not give back \(output.count) bytes")
    }
  case 2:
    scoreWorkbook(package(sheet: body, shared: sharedStrings))
  default:
    scoreWorkbook(package(sheet: sheetOfStrings, shared: body))
  }
  return 0
}
