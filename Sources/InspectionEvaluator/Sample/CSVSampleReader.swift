import InspectionSchema
import InspectionSupport

/// Reads a CSV sample: a header, then one case per row, streamed.
///
/// The header names a `case` column, one column per case attribute and one per question, in
/// any order; an optional `excluded` column gives the reason a case is left out. An empty cell
/// is an empty value: not answered, or no attribute value. A header with missing, unknown or
/// repeated columns is reported in full and ends the sample, since no row can be trusted.
///
/// A sample from a regular file or from bytes can be read again from the start
/// (``restart()``); one from standard input cannot.
///
/// ```swift
/// var reader = try CSVSampleReader(path: "sample.csv", plan: plan)
/// while let record = reader.next() { … }
/// ```
public struct CSVSampleReader: SampleReader {
  private var csv: CSVReader
  private let plan: ScoringPlan
  private let file: String
  private let options: SampleReadOptions
  private var normaliser: SampleValueNormaliser
  /// Whether the normalisation warnings have been given (once, at the end of the sample).
  private var normalisationReported = false
  private var columns: CSVColumnMap?
  /// Scores clean rows from their bytes; built by ``read(into:)`` once the header is read
  /// (a reader used through ``next()`` alone never needs it), `nil` before, or when the plan
  /// has more than 64 values or codes in one list.
  private var rowScorer: CSVRowScorer?
  private var pending: [SampleRecord] = []
  private var finished = false
  private var row = 0
  /// The file, when the sample is one that can be read in parts.
  private var path: String?
  /// What the sample can be read again from, when it can (``restart()``).
  private var origin: Origin?

  /// What a sample that can be read twice is read from.
  private enum Origin {
    /// A regular file, rewound to read it again.
    case file(FileSource)
    /// Bytes in memory.
    case bytes([UInt8])
  }

  /// How many threads may score parts of a large sample file at once; 1 reads it in order.
  /// The result is the same either way. Defaults to the processors online, at most 8.
  public var threads = CSVSampleParts.defaultThreads
  /// The smallest part of a file worth a thread of its own.
  var minimumPartBytes = CSVSampleParts.defaultMinimumPartBytes
  /// How many parts the sample was scored in at once, or 0 if it was read in order.
  private(set) var partsScored = 0

  /// Opens the CSV file at `path`; `displayName` is used in messages (defaults to the path).
  public init(
    path: String, plan: ScoringPlan, displayName: String? = nil,
    options: SampleReadOptions = SampleReadOptions()
  ) throws(SampleReadError) {
    do {
      let source = try FileSource(path: path)
      self.init(
        reader: CSVReader(source: source, separator: options.separator), plan: plan,
        file: displayName ?? path,
        options: options)
      self.path = path
      if source.isRegularFile { origin = .file(source) }
    } catch {
      throw SampleReadError(
        Diagnostic(
          .unreadableSample, "cannot read sample '\(displayName ?? path)': \(error.message)",
          location: SourceLocation(file: displayName ?? path, line: 1, column: 1)))
    }
  }

  /// Reads a CSV sample streamed from standard input.
  public init(
    standardInputWith plan: ScoringPlan, options: SampleReadOptions = SampleReadOptions()
  ) throws(SampleReadError) {
    self.init(
      reader: CSVReader(
        source: FileSource(fileDescriptor: 0, name: "standard input", closeOnDeinit: false),
        separator: options.separator),
      plan: plan, file: "<stdin>", options: options)
  }

  /// Reads a CSV sample held in memory (tests, standard input).
  public init(
    bytes: [UInt8], plan: ScoringPlan, displayName: String,
    options: SampleReadOptions = SampleReadOptions()
  ) {
    self.init(
      reader: CSVReader(bytes: bytes, separator: options.separator), plan: plan,
      file: displayName, options: options)
    origin = .bytes(bytes)
  }

  private init(reader: CSVReader, plan: ScoringPlan, file: String, options: SampleReadOptions) {
    self.csv = reader
    self.plan = plan
    self.file = file
    self.options = options
    self.normaliser = SampleValueNormaliser(plan: plan, strict: options.strictCodes)
  }

  /// A reader of one part of a sample whose header has been read: rows are numbered on from
  /// `row`.
  init(
    part reader: CSVReader, plan: ScoringPlan, file: String, columns: CSVColumnMap,
    scorer: CSVRowScorer?, row: Int, options: SampleReadOptions = SampleReadOptions()
  ) {
    self.init(reader: reader, plan: plan, file: file, options: options)
    self.columns = columns
    self.rowScorer = scorer
    self.row = row
  }

  /// Whether the sample can be read again: it comes from a regular file or from bytes.
  public var canRestart: Bool { origin != nil }

  /// Goes back to the header, to read the sample again, in order (never in parts again);
  /// `false` for standard input or a pipe, or a file that cannot be rewound.
  public mutating func restart() -> Bool {
    switch origin {
    case .file(let source):
      guard source.rewind() else { return false }
      csv = CSVReader(source: source, separator: options.separator)
    case .bytes(let bytes):
      csv = CSVReader(bytes: bytes, separator: options.separator)
    case nil:
      return false
    }
    columns = nil
    rowScorer = nil
    pending = []
    finished = false
    row = 0
    path = nil
    partsScored = 0
    normaliser.reset()
    normalisationReported = false
    return true
  }

  public mutating func next() -> SampleRecord? {
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      if finished { return nil }
      let record: CSVRecord?
      do {
        record = try csv.nextRecord()
      } catch {
        return notCSV(error)
      }
      guard let record else {
        finished = true
        if columns == nil {
          return .problem(
            Diagnostic(
              .missingColumn,
              "the sample is empty: it needs a header row naming 'case', the "
                + "attributes and the questions ('inspect template' writes one)",
              location: SourceLocation(file: file, line: 1, column: 1)))
        }
        pending = normalisationWarnings()
        continue
      }
      guard let columns else {
        let (map, problems) = CSVColumnMap.make(
          header: record, plan: plan, file: file, metadata: options.metadata)
        if problems.isEmpty {
          var map = map
          map.separator = csv.separator
          map.pseudonyms = options.pseudonyms
          self.columns = map
        } else {
          finished = true
          pending = problems.map { .problem($0) }
        }
        continue
      }
      row += 1
      return columns.read(record, row: row, file: file, normaliser: &normaliser)
    }
  }

  /// The normalisation warnings, the first time they are asked for.
  private mutating func normalisationWarnings() -> [SampleRecord] {
    guard !normalisationReported else { return [] }
    normalisationReported = true
    return normaliser.warnings().map { .problem($0) }
  }
}

extension CSVSampleReader {
  /// Reads every case into `tally`, scoring clean rows straight from their bytes.
  ///
  /// The header, and every row the ``CSVRowScorer`` declines (anything that is not a clean
  /// case: a problem, an exclusion, a quoted id…), go through ``next()`` and
  /// ``SampleTally/add(_:)`` exactly as before, so diagnostics and their order are the same.
  public mutating func read(into tally: inout SampleTally) {
    // The header (and any problem with it) the general way.
    while columns == nil || !pending.isEmpty {
      guard let record = next() else { return }
      tally.add(record)
    }
    // Case metadata is counted from each case, and a case id is replaced by its pseudonym,
    // which only the general way does.
    // So is a case's group in a breakdown.
    if let columns, rowScorer == nil, columns.metadataColumns.isEmpty, columns.pseudonyms == nil,
      tally.options.breakdowns.isEmpty, !tally.options.collectCaseEffects
    {
      rowScorer = CSVRowScorer(plan: plan, columns: columns)
    }
    guard let columns, rowScorer != nil else {
      while let record = next() { tally.add(record) }
      return
    }
    if let path, threads > 1, !finished,
      let (scored, parts) = CSVSampleParts.score(
        path: path, file: file, plan: plan, columns: columns, scorer: rowScorer,
        after: csv.resumePoint, row: row, tally: tally, threads: threads,
        minimumPartBytes: minimumPartBytes, options: options)
    {
      tally = scored
      partsScored = parts
      finished = true
      return
    }
    _ = readRows(into: &tally, cleanOnly: false)
  }

  /// Reads the remaining rows into `tally`, clean ones through the ``CSVRowScorer`` and the
  /// others the general way; the header must have been read.
  ///
  /// Returns `false` if the CSV was malformed (the problem is reported unless `cleanOnly`).
  /// With `cleanOnly`, stops at the first row that is not clean, leaving it unread, and
  /// returns `false`: the part of a sample after the first must be all clean to be merged.
  mutating func readRows(into tally: inout SampleTally, cleanOnly: Bool) -> Bool {
    guard let columns, var scorer = rowScorer else { return false }
    rowScorer = nil  // so that the scorer's scratch space stays uniquely referenced
    defer {
      scorer.flush(into: &tally)
      rowScorer = scorer
    }
    while !finished {
      let assembled: Bool
      do {
        assembled = try csv.nextRawRecord()
      } catch {
        let problem = notCSV(error)
        if !cleanOnly { tally.add(problem) }
        return false
      }
      guard assembled else {
        finished = true
        for warning in normalisationWarnings() { tally.add(warning) }
        return true
      }
      row += 1
      let current = row  // not `row` in the closure: that would capture `self`, and copy `csv`
      let scored = csv.withRawFields { fields in scorer.score(fields, row: current, into: &tally) }
      if scored {
        csv.skipRawRecord()
        continue
      }
      if cleanOnly { return false }
      do {
        let record = try csv.takeRawRecord()
        tally.add(columns.read(record, row: row, file: file, normaliser: &normaliser))
      } catch {
        tally.add(notCSV(error))
        return false
      }
    }
    return true
  }

  /// The problem that ends a sample that is not valid CSV.
  private mutating func notCSV(_ error: CSVError) -> SampleRecord {
    finished = true
    return .problem(
      Diagnostic(
        .unreadableSample, "the sample is not valid CSV: \(error.message)",
        location: SourceLocation(
          file: file, line: max(error.line, 1), column: max(error.column, 1))))
  }
}
