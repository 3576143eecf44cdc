/// A streaming RFC 4180 CSV reader that uses constant memory whatever the file size.
///
/// The reader pulls fixed-size chunks (64 KiB by default) from a ``ByteSource``, scans
/// them as bytes and creates a `String` only for each finished field, so memory is bounded by
/// the chunk size plus the longest record (itself bounded by ``Limits``).
///
/// Accepted input (RFC 4180, plus the usual relaxations):
/// - Fields are separated by `,` (or another byte, or the one the first line shows: see
///   ``Separator``); they are never trimmed.
/// - A field starting with `"` is quoted: it may contain `,`, line breaks and `""` (one `"`).
///   Its value keeps embedded line breaks exactly as written.
/// - Records end with CRLF, LF or a lone CR (old Mac files); the last record may have no
///   line break.
/// - A UTF-8 byte order mark at the very start is skipped.
/// - A completely empty line is skipped (it is not a record) but still counts for line
///   numbers. A line holding only spaces, or only `""`, is a record with one field.
/// - A trailing `,` means a final empty field: `a,b,` has three fields.
///
/// Rejected input throws a ``CSVError`` with the line, column and a suggested fix: an
/// unclosed quoted field, a `"` inside an unquoted field, text after a closing quote,
/// invalid UTF-8, and records beyond ``Limits``. After an error the reader is finished:
/// every later call to ``nextRecord()`` throws the same error.
///
/// Use one reader from one place: copies of a reader over a ``FileSource`` share the
/// file's read position.
///
/// ```swift
/// var reader = try CSVReader(path: "sample.csv")
/// while let record = try reader.nextRecord() {
///   print(record.line, record.fields)
/// }
/// ```
public struct CSVReader {
  /// Bounds that keep a malformed or hostile file from using unbounded memory.
  public struct Limits: Sendable, Hashable {
    /// The most bytes of field values one record may hold (default 16 MiB).
    public var maxRecordBytes: Int
    /// The most fields one record may have (default 100,000).
    public var maxFieldCount: Int

    /// Creates limits; the defaults suit any sample file a person would produce.
    public init(maxRecordBytes: Int = 16 << 20, maxFieldCount: Int = 100_000) {
      self.maxRecordBytes = maxRecordBytes
      self.maxFieldCount = maxFieldCount
    }
  }

  /// The default number of bytes requested from the source at a time (64 KiB).
  public static let defaultChunkSize = 64 << 10

  /// Where the state machine is in the record being assembled.
  enum State {
    case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
  }

  /// How fields are separated.
  public enum Separator: Sendable, Hashable {
    /// By this byte (not a line break or a double quote).
    case byte(UInt8)
    /// By a comma, a semicolon or a tab: whichever the first line holds most of outside
    /// quotes (a comma when none, or on a tie), as spreadsheets save CSV in different
    /// locales (a semicolon where the comma is the decimal mark) or as "text (tab
    /// delimited)".
    case detect

    /// Fields separated by commas, as RFC 4180 has them.
    public static let comma = Separator.byte(UInt8(ascii: ","))
    /// The separators ``detect`` chooses from, in the order that breaks ties.
    public static let detectable: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
  }

  /// The comma, which separates fields unless another separator is given.
  static let comma = UInt8(ascii: ",")
  /// The double quote, which opens, closes and (doubled) escapes a quoted field.
  static let quote = UInt8(ascii: "\"")
  /// Carriage return, which ends a line (alone or before LF).
  static let cr = UInt8(ascii: "\r")
  /// Line feed, which ends a line.
  static let lf = UInt8(ascii: "\n")

  /// The byte that separates fields: the one given, or the one detected once the first line
  /// has been read (a comma until then).
  public internal(set) var separator = CSVReader.comma
  /// Whether the separator is still to be detected from the first line.
  var detectingSeparator = false
  /// Where the bytes come from.
  var source: any ByteSource
  /// The bounds on one record.
  let limits: Limits

  // The current chunk: `chunk[chunkPos..<chunkCount]` is not yet scanned.
  /// The bytes read from the source, of which the first ``chunkCount`` are valid.
  var chunk: [UInt8]
  /// How many bytes of ``chunk`` hold input.
  var chunkCount = 0
  /// The next byte of ``chunk`` to scan.
  var chunkPos = 0
  /// The absolute byte offset of `chunk[0]` in the input.
  var chunkBase = 0
  /// Whether the source has reported its end.
  var sourceEnded = false
  /// Whether the start of the input has been checked for a byte order mark.
  var bomChecked = false
  /// The error that finished the reader, thrown again on every later call.
  var failure: CSVError?

  // Where the scan is: the physical line, the absolute offset at which it starts, and the
  // number of UTF-8 continuation bytes seen on it so far (to turn offsets into columns).
  /// The physical line being scanned (1-based).
  var line = 1
  /// The absolute byte offset at which ``line`` starts.
  var lineStart = 0
  /// UTF-8 continuation bytes seen on ``line`` so far, so that columns count scalars.
  var lineContinuations = 0
  /// Whether the last byte consumed was a CR (so that a following LF ends no new line).
  var previousWasCR = false
  /// Records returned or skipped so far.
  var recordsRead = 0

  // The record being assembled: all field values back to back, where each one ends,
  // whether it was quoted and where it starts.
  /// Where the state machine is.
  var state = State.recordStart
  /// The physical line the record being assembled starts on.
  var recordLine = 1
  /// The record's field values, back to back.
  var value: [UInt8] = []
  /// Where each field's value ends in ``value``.
  var fieldEnds: [Int] = []
  /// Whether each field was quoted.
  var fieldQuoted: [Bool] = []
  /// Where each field starts in the file.
  var positions: [CSVPosition] = []
  /// The record found whole in the chunk, if the current record is one, and where its
  /// fields end in the line (the first ``lineEndCount`` of ``lineEnds``).
  var inPlace: InPlaceLine?
  /// Where the fields of a line in place end, relative to the line's start.
  var lineEnds = [Int](repeating: 0, count: 256)
  /// How many entries of ``lineEnds`` belong to the line in place.
  var lineEndCount = 0
  /// Recently made short field values, reused instead of decoded again.
  let interner = ShortStringInterner()

  /// Creates a reader over any byte source.
  ///
  /// `chunkSize` is how many bytes are requested at a time (clamped to 4…16 MiB); `limits`
  /// bounds the size of one record; `separator` says how fields are separated.
  public init(
    source: some ByteSource, chunkSize: Int = CSVReader.defaultChunkSize,
    limits: Limits = Limits(), separator: Separator = .comma
  ) {
    self.source = source
    self.limits = limits
    self.chunk = [UInt8](repeating: 0, count: min(max(4, chunkSize), 16 << 20))
    switch separator {
    case .byte(let byte):
      // A line break or a quote cannot separate fields; such a request reads commas.
      self.separator = [Self.cr, Self.lf, Self.quote].contains(byte) ? Self.comma : byte
    case .detect:
      detectingSeparator = true
    }
  }

  /// Opens the file at `path` and reads it in chunks.
  ///
  /// Throws a ``CSVError`` of kind ``CSVError/Kind/io`` when the file cannot be opened.
  public init(
    path: String, chunkSize: Int = CSVReader.defaultChunkSize, limits: Limits = Limits(),
    separator: Separator = .comma
  ) throws(CSVError) {
    self.init(
      source: try FileSource(path: path), chunkSize: chunkSize, limits: limits,
      separator: separator)
  }

  /// Reads CSV text held in memory, for tests and small inputs.
  public init(string: String, limits: Limits = Limits(), separator: Separator = .comma) {
    self.init(bytes: Array(string.utf8), limits: limits, separator: separator)
  }

  /// Reads CSV bytes held in memory, for tests and small inputs.
  public init(bytes: [UInt8], limits: Limits = Limits(), separator: Separator = .comma) {
    // A chunk never needs to be larger than the input (small inputs are read often: tests,
    // fuzzing).
    self.init(
      source: MemorySource(bytes), chunkSize: min(CSVReader.defaultChunkSize, bytes.count + 1),
      limits: limits, separator: separator)
  }

  /// Where a reader is between two records, to start another reader there: on another part
  /// of the same file, with the same line numbers.
  package struct ResumePoint: Sendable, Hashable {
    /// The byte offset of the next record in the input.
    package var offset: Int
    /// The physical line it starts on.
    var line: Int
    /// Records read before it.
    var recordsRead: Int
    /// Whether the previous record ended with a CR (whose LF, if any, is still to come).
    var previousWasCR: Bool
    /// The byte that separates fields.
    package var separator: UInt8

    /// A point `offset` bytes into an input, on physical `line`, after `recordsRead` records,
    /// where fields are separated by `separator`.
    package init(
      offset: Int, line: Int, recordsRead: Int, previousWasCR: Bool,
      separator: UInt8 = CSVReader.comma
    ) {
      self.offset = offset
      self.line = line
      self.recordsRead = recordsRead
      self.previousWasCR = previousWasCR
      self.separator = separator
    }
  }

  /// Where the reader is now; meaningful between records (after ``nextRecord()`` returned one).
  package var resumePoint: ResumePoint {
    ResumePoint(
      offset: chunkBase + chunkPos, line: line, recordsRead: recordsRead,
      previousWasCR: previousWasCR, separator: separator)
  }

  /// Creates a reader over `source`, whose first byte is at `point` of a larger input: no
  /// byte order mark is looked for, and lines and records are numbered on from there.
  package init(source: some ByteSource, resumingAt point: ResumePoint, limits: Limits = Limits()) {
    self.init(source: source, limits: limits)
    bomChecked = true
    chunkBase = point.offset
    lineStart = point.offset
    line = point.line
    recordLine = point.line
    recordsRead = point.recordsRead
    previousWasCR = point.previousWasCR
    separator = point.separator
  }

  /// Returns the next record, or `nil` at the end of the input.
  ///
  /// Throws a ``CSVError`` for malformed input or a failing source; once it has thrown, it
  /// throws the same error on every later call.
  public mutating func nextRecord() throws(CSVError) -> CSVRecord? {
    guard try nextRawRecord() else { return nil }
    return try takeRawRecord()
  }

  /// Reads every remaining record into an array.
  ///
  /// Meant for small inputs and tests; stream large files with ``nextRecord()``.
  public mutating func readAll() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try nextRecord() { records.append(record) }
    return records
  }
}
