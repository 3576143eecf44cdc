import Foundation
import InspectionSupport
import Testing

/// `inspect score … --format xlsx` (and `merge`): a workbook with Summary, Questions, Sample
/// and breakdown sheets, deterministic bytes; it needs --output.
@Suite("inspect score --format xlsx")
struct WorkbookCLITests {
  @Test func workbookHasItsSheetsAndDeterministicBytes() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var bytes: [[UInt8]] = []
    for name in ["a", "b"] {
      let path = directory.appendingPathComponent("\(name).xlsx").path
      let output = try InspectProcess.run(
        [
          "score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--by", "case_type",
          "--intervals", "--replicates", "50", "--format", "xlsx", "--output", path,
        ])
      #expect(output.status == 0, "\(output.stderr)")
      #expect(output.stdout.isEmpty)
      bytes.append(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    #expect(bytes[0] == bytes[1])
    let workbook = try XLSXWorkbook(bytes: bytes[0])
    #expect(workbook.sheets.map(\.name) == ["Summary", "Questions", "Sample", "By case_type"])
  }

  @Test func workbookNeedsAnOutputFile() throws {
    let output = try InspectProcess.run(
      ["score", "DEMO", "Examples/Demonstration/sample.csv", "--format", "xlsx"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("needs --output FILE"))
  }

  @Test func plainNumbers() {
    let table: [(String, Bool)] = [
      ("74.71", true), ("-3", true), ("1e-5", true), ("100", true), ("1.1.a", false),
      ("1.", false), ("", false), ("NaN", false), ("+4", false), ("0x10", false),
    ]
    for (text, isNumber) in table {
      #expect(XLSXWriter.isPlainNumber(text) == isNumber, "\(text)")
    }
  }

  /// compare (both kinds) and aggregate: a Summary sheet, then one sheet per table.
  static let comparisons: [([String], [String])] = [
    (
      ["compare", "--sample", "Examples/OMI-2008/sample.csv", "--frameworks", "OMI@2008,OMI2"],
      ["Summary", "Coverage", "Scores side by side"]
    ),
    (
      [
        "compare", "ESI", "--baseline", "Examples/ESI/baseline-2004.csv", "--followup",
        "Examples/ESI/sample.csv",
      ],
      ["Summary", "Criteria, sections, headlines a", "Questions"]
    ),
    (
      ["aggregate", "IAOW", "Examples/IAOW/sample.csv", "Examples/IAOW/sample.csv"],
      ["Summary", "Inspections", "Scores"]
    ),
  ]

  @Test func comparisonWorkbooks() throws {
    for (arguments, sheets) in Self.comparisons { try comparisonWorkbook(arguments, sheets) }
  }

  func comparisonWorkbook(_ arguments: [String], _ sheets: [String]) throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var bytes: [[UInt8]] = []
    for name in ["a", "b"] {
      let path = directory.appendingPathComponent("\(name).xlsx").path
      let output = try InspectProcess.run(arguments + ["--format", "xlsx", "--output", path])
      #expect(output.status == 0, "\(output.stderr)")
      bytes.append(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    #expect(bytes[0] == bytes[1])
    #expect(try XLSXWorkbook(bytes: bytes[0]).sheets.map(\.name) == sheets)
    let refused = try InspectProcess.run(arguments + ["--format", "xlsx"])
    #expect(refused.status == 64)
  }
}
