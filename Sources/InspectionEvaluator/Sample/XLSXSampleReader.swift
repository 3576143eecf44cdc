import InspectionSchema
import InspectionSupport

/// Reads a sample from a sheet of a workbook (`.xlsx`): a header row, then one case per row,
/// checked and located exactly as a CSV sample is.
///
/// The sheet is the first visible one, or the one ``SampleReadOptions/sheet`` names (matched
/// exactly, else ignoring letter case). Its first non-empty row is the header, naming `case`,
/// each attribute and question, optionally `excluded` and declared case metadata, in any
/// order; blank header cells are no column. Rows with no value are skipped. Cells are read as
/// the text a spreadsheet shows (``XLSXWorkbook``): a number as `12` or `0.5`, a date as
/// `2010-03-01`. Every problem is located at its cell (`sample.xlsx:Cases!D17`), and a value
/// in a column with no header is an error, so nothing typed is silently ignored.
///
/// The workbook is read into memory (it is compressed; at most ``maximumFileBytes``), and the
/// sheet streamed from it, row by row. The zip container and its parts are checked as ``ZipArchive`` and
/// ``XLSXWorkbook`` describe: a damaged or hostile file is an error (IK0201), never a crash.
///
/// ```swift
/// var reader = try XLSXSampleReader(path: "sample.xlsx", plan: plan)
/// let evaluation = Evaluator.evaluate(plan: plan, reader: &reader)
/// ```
public struct XLSXSampleReader: SampleReader {
  /// The largest workbook file read (1 GiB): the file is held in memory while its sheet is
  /// streamed, so a larger one is refused rather than read.
  public static let maximumFileBytes = 1 << 30

  private let workbook: XLSXWorkbook
  private let sheet: XLSXWorkbook.Sheet
  private let plan: ScoringPlan
  private let file: String
  private let options: SampleReadOptions
  private var rows: XLSXRowReader?
  private var normaliser: SampleValueNormaliser
  private var columns: CSVColumnMap?
  private var headerNames: [String] = []
  private var pending: [SampleRecord] = []
  private var finished = false
  private var row = 0

  /// Opens the workbook at `path`; `displayName` is used in messages (defaults to the path).
  public init(
    path: String, plan: ScoringPlan, displayName: String? = nil,
    options: SampleReadOptions = SampleReadOptions()
  ) throws(SampleReadError) {
    if let size = FileSource.regularFileSize(atPath: path), size > Self.maximumFileBytes {
      throw SampleReadError(
        Diagnostic(
          .unreadableSample,
          "the workbook '\(displayName ?? path)' is \(size) bytes; workbooks of more than "
            + "\(Self.maximumFileBytes) bytes are not read (save the sheet as CSV instead)",
          location: SourceLocation(file: displayName ?? path, line: 1, column: 1)))
    }
    let bytes: [UInt8]
    do {
      bytes = try AtomicFile.read(path)
    } catch {
      throw SampleReadError(
        Diagnostic(
          .unreadableSample, "cannot read sample '\(displayName ?? path)': \(error.message)",
          location: SourceLocation(file: displayName ?? path, line: 1, column: 1)))
    }
    try self.init(bytes: bytes, plan: plan, displayName: displayName ?? path, options: options)
  }

  /// Reads the workbook in `bytes`; `displayName` names it in messages.
  public init(
    bytes: [UInt8], plan: ScoringPlan, displayName: String,
    options: SampleReadOptions = SampleReadOptions()
  ) throws(SampleReadError) {
    func failure(_ message: String) -> SampleReadError {
      SampleReadError(
        Diagnostic(
          .unreadableSample, message,
          location: SourceLocation(file: displayName, line: 1, column: 1)))
    }
    do {
      workbook = try XLSXWorkbook(bytes: bytes)
    } catch {
      throw failure("cannot read the workbook '\(displayName)': \(error)")
    }
    let names = workbook.sheets.map(\.name)
    if let wanted = options.sheet {
      guard let sheet = workbook.sheet(named: wanted) else {
        throw failure(
          "the workbook '\(displayName)' has no sheet \(Quoted(wanted)); its sheets are "
            + names.map { "'\($0)'" }.joined(separator: ", ") + "."
            + Suggestion.didYouMean(wanted, among: names))
      }
      self.sheet = sheet
    } else {
      guard let sheet = workbook.firstSheet else {
        throw failure("the workbook '\(displayName)' has no worksheet")
      }
      self.sheet = sheet
    }
    self.plan = plan
    self.file = displayName
    self.options = options
    self.normaliser = SampleValueNormaliser(plan: plan, strict: options.strictCodes)
    do {
      rows = try workbook.rows(of: sheet)
    } catch {
      throw failure("cannot read sheet '\(sheet.name)' of '\(displayName)': \(error)")
    }
  }

  /// The sheet read.
  public var sheetName: String { sheet.name }

  /// A workbook is held in memory, so it can always be read again.
  public var canRestart: Bool { true }

  /// Goes back to the header row.
  public mutating func restart() -> Bool {
    guard let fresh = try? workbook.rows(of: sheet) else { return false }
    rows = fresh
    normaliser.reset()
    columns = nil
    headerNames = []
    pending = []
    finished = false
    row = 0
    return true
  }

  public mutating func next() -> SampleRecord? {
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      if finished { return nil }
      let next: XLSXRow?
      do {
        next = try rows?.next()
      } catch {
        finished = true
        return .problem(
          Diagnostic(
            .unreadableSample, "the workbook cannot be read: \(error)",
            location: error.cell.flatMap(XLSXCellReference.init).map(location)
              ?? SourceLocation(file: file, line: 1, column: 1)))
      }
      guard let next else {
        finished = true
        if columns == nil {
          return .problem(
            Diagnostic(
              .missingColumn,
              "sheet '\(sheet.name)' is empty: it needs a header row naming 'case', the "
                + "attributes and the questions ('inspect form --format xlsx' writes a workbook "
                + "with one)",
              location: SourceLocation(file: file, sheet: sheet.name, line: 1, column: 1)))
        }
        pending = normaliser.warnings().map { .problem($0) }
        continue
      }
      guard let columns else {
        readHeader(next)
        continue
      }
      row += 1
      return read(next, columns: columns)
    }
  }

  private func location(_ reference: XLSXCellReference) -> SourceLocation {
    SourceLocation(file: file, sheet: sheet.name, line: reference.row, column: reference.column + 1)
  }

  private mutating func readHeader(_ header: XLSXRow) {
    let width = (header.cells.last?.reference.column ?? -1) + 1
    var names = [String](repeating: "", count: width)
    for cell in header.cells { names[cell.reference.column] = cell.text }
    headerNames = names
    var search = SuggestionSearch()
    let (map, problems) = CSVColumnMap.make(
      names: names, plan: plan, metadata: options.metadata, skipEmpty: true, search: &search
    ) { index in
      location(XLSXCellReference(column: index, row: header.number))
    }
    if problems.isEmpty {
      columns = map
    } else {
      finished = true
      pending = problems.map { .problem($0) }
    }
  }

  private mutating func read(_ sheetRow: XLSXRow, columns: CSVColumnMap) -> SampleRecord {
    var texts: [Int: String] = [:]
    for cell in sheetRow.cells {
      let column = cell.reference.column
      guard column < headerNames.count, !headerNames[column].isEmpty else {
        pending.append(
          .problem(
            Diagnostic(
              .unknownColumn,
              "cell \(cell.reference) holds \(Quoted(cell.text)) but its column has no header; "
                + "give the column a header or clear the cell", location: location(cell.reference)))
        )
        continue
      }
      texts[column] = cell.text
    }
    func value(_ column: Int) -> String? { column >= 0 ? texts[column] : nil }
    func position(_ column: Int) -> SourcePosition {
      SourcePosition(line: sheetRow.number, column: max(column, 0) + 1)
    }
    var origin = CaseOrigin(
      file: file, row: row, start: position(columns.caseColumn),
      attributePositions: columns.attributeColumns.map(position),
      answerPositions: columns.questionColumns.map(position))
    origin.sheet = sheet.name
    var item = SampleCase(
      id: options.caseID(value(columns.caseColumn) ?? ""),
      attributes: columns.attributeColumns.map(value),
      answers: columns.questionColumns.map(value),
      exclusion: columns.excludedColumn.flatMap(value),
      metadata: columns.metadataColumns.map(value), origin: origin)
    normaliser.normalise(&item)
    return .case(item)
  }
}
