import InspectionSupport

/// How a sample file is read, whatever its format: how forgiving the reading of codes is,
/// which extra columns are case metadata, (for a workbook) which sheet and (for CSV) how
/// fields are separated.
///
/// ```swift
/// var options = SampleReadOptions()
/// options.metadata = ["inspector", "team"]
/// var reader = try XLSXSampleReader(path: "sample.xlsx", plan: plan, options: options)
/// ```
public struct SampleReadOptions: Sendable, Hashable {
  /// Read codes exactly as written: no spaces trimmed, no letter case ignored, no labels
  /// taken for codes (``SampleValueNormaliser``). Off by default.
  public var strictCodes: Bool
  /// Columns (CSV, workbook) or members (JSON `metadata`) that are not part of the framework
  /// but describe each case, such as `inspector` or `team`: carried into the results and
  /// counted by value, never scored. Any other unknown column is an error.
  public var metadata: [String]
  /// The sheet of a workbook to read; `nil` reads the first visible sheet.
  public var sheet: String?
  /// How the fields of a CSV sample are separated; by default a comma, semicolon or tab,
  /// whichever the header line holds most of (``CSVReader/Separator/detect``).
  public var separator: CSVReader.Separator
  /// Keyed pseudonyms that replace every case id as it is read (``CaseIDPseudonyms``), or
  /// `nil` to keep ids as written.
  public var pseudonyms: CaseIDPseudonyms?

  /// Options: forgiving codes, no metadata, the first sheet, a detected separator.
  public init(
    strictCodes: Bool = false, metadata: [String] = [], sheet: String? = nil,
    separator: CSVReader.Separator = .detect, pseudonyms: CaseIDPseudonyms? = nil
  ) {
    self.strictCodes = strictCodes
    self.metadata = metadata
    self.sheet = sheet
    self.separator = separator
    self.pseudonyms = pseudonyms
  }

  /// The id a reader passes on for `id` as written: its pseudonym under ``pseudonyms``, or
  /// `id` itself.
  public func caseID(_ id: String) -> String {
    pseudonyms?.pseudonym(for: id) ?? id
  }
}
