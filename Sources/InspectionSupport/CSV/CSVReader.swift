import CSVLineScan

/// A streaming RFC 4180 CSV reader that uses constant memory whatever the file size.
///
/// The reader pulls fixed-size chunks (64 KiB by default) from a ``ByteSource``, scans
/// them as bytes and creates a `String` only for each finished field, so memory is bounded by
/// the chunk size plus the longest record (itself bounded by ``Limits``).
///
/// Accepted input (RFC 4180, plus the usual relaxations):
/// - Fields are separated by `,`; they are never trimmed.
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

  private enum State {
    case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
  }

  private enum Step {
    case needMore, record
    case failed(CSVError)
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  private var source: any ByteSource
  private let limits: Limits

  // The current chunk: `chunk[chunkPos..<chunkCount]` is not yet scanned.
  private var chunk: [UInt8]
  private var chunkCount = 0
  private var chunkPos = 0
  private var chunkBase = 0  // Absolute byte offset of `chunk[0]` in the input.
  private var sourceEnded = false
  private var bomChecked = false
  private var failure: CSVError?

  // Where the scan is: the physical line, the absolute offset at which it starts, and the
  // number of UTF-8 continuation bytes seen on it so far (to turn offsets into columns).
  private var line = 1
  private var lineStart = 0
  private var lineContinuations = 0
  private var previousWasCR = false
  private var recordsRead = 0

  // The record being assembled: all field values back to back, where each one ends,
  // whether it was quoted and where it starts.
  private var state = State.recordStart
  private var recordLine = 1
  private var value: [UInt8] = []
  private var fieldEnds: [Int] = []
  private var fieldQuoted: [Bool] = []
  private var positions: [CSVPosition] = []
  /// The record found whole in the chunk, if the current record is one, and where its
  /// fields end in the line (the first ``lineEndCount`` of ``lineEnds``).
  private var inPlace: InPlaceLine?
  private var lineEnds = [Int](repeating: 0, count: 256)
  private var lineEndCount = 0
  /// Recently made short field values, reused instead of decoded again.
  private let interner = ShortStringInterner()

  /// Creates a reader over any byte source.
  ///
  /// `chunkSize` is how many bytes are requested at a time (clamped to 4…16 MiB); `limits`
  /// bounds the size of one record.
  public init(
    source: some ByteSource, chunkSize: Int = CSVReader.defaultChunkSize,
    limits: Limits = Limits()
  ) {
    self.source = source
    self.limits = limits
    self.chunk = [UInt8](repeating: 0, count: min(max(4, chunkSize), 16 << 20))
  }

  /// Opens the file at `path` and reads it in chunks.
  ///
  /// Throws a ``CSVError`` of kind ``CSVError/Kind/io`` when the file cannot be opened.
  public init(
    path: String, chunkSize: Int = CSVReader.defaultChunkSize, limits: Limits = Limits()
  ) throws(CSVError) {
    self.init(source: try FileSource(path: path), chunkSize: chunkSize, limits: limits)
  }

  /// Reads CSV text held in memory, for tests and small inputs.
  public init(string: String, limits: Limits = Limits()) {
    self.init(bytes: Array(string.utf8), limits: limits)
  }

  /// Reads CSV bytes held in memory, for tests and small inputs.
  public init(bytes: [UInt8], limits: Limits = Limits()) {
    // A chunk never needs to be larger than the input (small inputs are read often: tests,
    // fuzzing).
    self.init(
      source: MemorySource(bytes), chunkSize: min(CSVReader.defaultChunkSize, bytes.count + 1),
      limits: limits)
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

    /// A point `offset` bytes into an input, on physical `line`, after `recordsRead` records.
    package init(offset: Int, line: Int, recordsRead: Int, previousWasCR: Bool) {
      self.offset = offset
      self.line = line
      self.recordsRead = recordsRead
      self.previousWasCR = previousWasCR
    }
  }

  /// Where the reader is now; meaningful between records (after ``nextRecord()`` returned one).
  package var resumePoint: ResumePoint {
    ResumePoint(
      offset: chunkBase + chunkPos, line: line, recordsRead: recordsRead,
      previousWasCR: previousWasCR)
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
  }

  /// Returns the next record, or `nil` at the end of the input.
  ///
  /// Throws a ``CSVError`` for malformed input or a failing source; once it has thrown, it
  /// throws the same error on every later call.
  public mutating func nextRecord() throws(CSVError) -> CSVRecord? {
    guard try nextRawRecord() else { return nil }
    return try takeRawRecord()
  }

  // MARK: - Records as bytes
  //
  // The scoring hot path reads a record's field bytes in place and makes strings only for a
  // record it cannot score from the bytes alone: `nextRawRecord()`, then `withRawFields(_:)`,
  // then either `skipRawRecord()` or `takeRawRecord()` (which is what `nextRecord()` does).

  /// Assembles the next record in the reader's buffers without making strings; `false` at
  /// the end of the input.
  ///
  /// Follow it with ``skipRawRecord()`` or ``takeRawRecord()`` before the next call.
  package mutating func nextRawRecord() throws(CSVError) -> Bool {
    if let failure { throw failure }
    do throws(CSVError) {
      return try readRecord()
    } catch {
      failure = error
      throw error
    }
  }

  /// Calls `body` with the assembled record's fields (quotes removed, `""` already one `"`;
  /// not yet checked as UTF-8).
  ///
  /// `mutating` only so that a caller's reader is borrowed in place, not copied (and its
  /// buffers retained) for every record; nothing is changed.
  package mutating func withRawFields<Result>(_ body: (CSVRawFields) -> Result) -> Result {
    if let line = inPlace {
      return chunk.withUnsafeBufferPointer { chunk in
        lineEnds.withUnsafeBufferPointer { ends in
          body(
            CSVRawFields(
              bytes: UnsafeBufferPointer(rebasing: chunk[line.start..<line.end]),
              ends: UnsafeBufferPointer(rebasing: ends[0..<lineEndCount]), gap: 1))
        }
      }
    }
    return value.withUnsafeBufferPointer { values in
      fieldEnds.withUnsafeBufferPointer { ends in
        body(CSVRawFields(bytes: values, ends: ends, gap: 0))
      }
    }
  }

  /// Counts the assembled record as read and clears it, making no strings: for a record the
  /// caller has checked itself (as UTF-8 too).
  package mutating func skipRawRecord() {
    if let line = inPlace { consumeInPlace(line) }
    recordsRead += 1
    resetRecord()
  }

  /// Turns the assembled record into a ``CSVRecord``; throws for invalid UTF-8, after which
  /// the reader is finished.
  package mutating func takeRawRecord() throws(CSVError) -> CSVRecord {
    if let line = inPlace { assembleInPlace(line) }
    do throws(CSVError) {
      return try makeRecord()
    } catch {
      failure = error
      throw error
    }
  }

  // MARK: - Whole lines in place
  //
  // Nearly every line of a sample is a record with no quotes: its fields are the text between
  // commas. Such a line, found whole in the chunk, is left where it is and split by recording
  // where each field ends; the state machine below handles everything else (quotes, CR line
  // ends other than CRLF, blank lines, a record split between two chunks, the last record
  // without a line break), and a line in place is copied into its buffers only when the
  // caller asks for a ``CSVRecord``.

  /// Where a record found whole in the chunk is: its text is `chunk[start..<end]` and the
  /// next record starts at `next` (after its LF or CRLF).
  private struct InPlaceLine {
    var start: Int
    var end: Int
    var next: Int
  }

  /// Looks for a whole quote-free line at `chunkPos`; on success records where its fields
  /// end (relative to the line) in ``lineEnds`` and returns it.
  ///
  /// The commas and the line's end are found by `ik_csv_scan_line` (``CSVLineScan``), which
  /// compares sixteen bytes at a time where it can; this function decides what the byte it
  /// stopped at means.
  private mutating func scanLineInPlace() -> InPlaceLine? {
    guard state == .recordStart, !previousWasCR, chunkPos < chunkCount,
      limits.maxFieldCount >= 1
    else { return nil }
    let start = chunkPos
    let end = chunkCount
    let maxFields = limits.maxFieldCount
    let limit = min(end, start + limits.maxRecordBytes)
    while true {
      var count = 0
      let stop = chunk.withUnsafeBufferPointer { chunk in
        lineEnds.withUnsafeMutableBufferPointer { ends -> Int in
          guard let bytes = chunk.baseAddress, let endsBase = ends.baseAddress else { return -1 }
          return ik_csv_scan_line(
            bytes, start, limit, endsBase, min(ends.count, maxFields), &count)
        }
      }
      if stop < 0 {
        // More fields than `lineEnds` holds: grow it and scan again, unless it holds the most
        // a record may have (the state machine then reports that).
        guard lineEnds.count < maxFields else { break }
        lineEnds = Array(repeating: 0, count: min(lineEnds.count * 2, maxFields))
        continue
      }
      guard stop < limit, stop > start else { break }  // no line end in reach; a blank line
      let next: Int
      switch chunk[stop] {
      case Self.lf:
        next = stop + 1
      case Self.cr where stop + 1 < end && chunk[stop + 1] == Self.lf:
        next = stop + 2
      default:
        next = -1  // a quote, or a CR the state machine must see
      }
      guard next >= 0 else { break }
      lineEnds[count] = stop - start
      lineEndCount = count + 1
      return InPlaceLine(start: start, end: stop, next: next)
    }
    lineEndCount = 0
    return nil
  }

  /// Moves past a line in place, as the state machine would have.
  private mutating func consumeInPlace(_ line: InPlaceLine) {
    chunkPos = line.next
    startLine(at: line.next)
    previousWasCR = false
    inPlace = nil
  }

  /// Copies a line in place into the record buffers, as the state machine would have.
  private mutating func assembleInPlace(_ line: InPlaceLine) {
    let recordLineNumber = self.line
    chunk.withUnsafeBufferPointer { bytes in
      var fieldStart = line.start
      var continuations = 0
      for end in lineEnds[0..<lineEndCount] {
        let fieldEnd = line.start + end
        positions.append(
          CSVPosition(line: recordLineNumber, column: fieldStart - line.start - continuations + 1))
        fieldQuoted.append(false)
        let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
        value.append(contentsOf: field)
        for byte in field where byte & 0xC0 == 0x80 { continuations += 1 }
        fieldStart = fieldEnd + 1
      }
    }
    // Field ends in the line count the commas; in the value they do not.
    fieldEnds = lineEnds[0..<lineEndCount].enumerated().map { $0.element - $0.offset }
    consumeInPlace(line)
  }

  /// Reads every remaining record into an array.
  ///
  /// Meant for small inputs and tests; stream large files with ``nextRecord()``.
  public mutating func readAll() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try nextRecord() { records.append(record) }
    return records
  }

  // MARK: - Driving the scan

  /// Scans until a record is assembled (`true`) or the input ends (`false`).
  private mutating func readRecord() throws(CSVError) -> Bool {
    while true {
      if chunkPos >= chunkCount {
        if !sourceEnded { try fill() }
        if chunkPos >= chunkCount && sourceEnded { return try finishAtEndOfInput() }
        continue
      }
      if let line = scanLineInPlace() {
        inPlace = line
        recordLine = self.line
        return true
      }
      let buffer = chunk
      let step = buffer.withUnsafeBufferPointer { scan($0) }
      switch step {
      case .needMore: continue
      case .record: return true
      case .failed(let error): throw error
      }
    }
  }

  /// Replaces the chunk with the next bytes from the source; checks for a BOM the first time.
  private mutating func fill() throws(CSVError) {
    chunkBase += chunkCount
    chunkPos = 0
    chunkCount = 0
    let wanted = bomChecked ? 1 : 3
    var buffer: [UInt8] = []
    swap(&buffer, &chunk)
    defer { swap(&buffer, &chunk) }
    while chunkCount < wanted {
      let offset = chunkCount
      // `withUnsafeMutableBytes` is `rethrows`, so carry the typed error out in a Result.
      let result = buffer.withUnsafeMutableBytes { raw in
        Result { () throws(CSVError) -> Int in
          try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...]))
        }
      }
      let read = try result.get()
      // A misbehaving source must not make the reader index out of bounds.
      let count = min(max(read, 0), buffer.count - offset)
      if count == 0 {
        sourceEnded = true
        break
      }
      chunkCount += count
    }
    if !bomChecked {
      bomChecked = true
      if chunkCount >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
        chunkPos = 3
        lineStart = 3
      }
    }
  }

  /// The column of the byte at `index` in the current chunk.
  private func column(at index: Int) -> Int {
    chunkBase + index - lineStart - lineContinuations + 1
  }

  private mutating func startLine(at index: Int) {
    line += 1
    lineStart = chunkBase + index
    lineContinuations = 0
  }

  // MARK: - The state machine

  /// Scans the current chunk from `chunkPos` until a record ends, an error is found or the
  /// chunk is used up.
  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Step {
    var index = chunkPos
    let end = min(chunkCount, bytes.count)
    defer { chunkPos = index }
    while index < end {
      switch state {
      case .recordStart:
        let byte = bytes[index]
        if byte == Self.lf || byte == Self.cr {
          // A blank line (or the LF of a CRLF that ended the previous record).
          index += 1
          if byte == Self.lf && previousWasCR {
            lineStart = chunkBase + index
          } else {
            startLine(at: index)
          }
          previousWasCR = byte == Self.cr
          continue
        }
        previousWasCR = false
        recordLine = line
        state = .fieldStart

      case .fieldStart:
        if positions.count >= limits.maxFieldCount {
          return .failed(tooManyFields(at: CSVPosition(line: line, column: column(at: index))))
        }
        positions.append(CSVPosition(line: line, column: column(at: index)))
        if bytes[index] == Self.quote {
          fieldQuoted.append(true)
          state = .quoted
          index += 1
        } else {
          fieldQuoted.append(false)
          state = .unquoted
        }

      case .unquoted:
        let runStart = index
        var continuations = 0
        while index < end {
          let byte = bytes[index]
          if byte == Self.comma || byte == Self.quote || byte == Self.cr || byte == Self.lf {
            break
          }
          continuations &+= byte & 0xC0 == 0x80 ? 1 : 0
          index += 1
        }
        if index > runStart {
          if let error = append(bytes, runStart..<index, continuations) { return .failed(error) }
        }
        guard index < end else { return .needMore }
        let byte = bytes[index]
        if byte == Self.quote {
          let position = CSVPosition(line: line, column: column(at: index))
          return .failed(
            CSVError(
              .quoteInUnquotedField, at: position, field: positions.count - 1,
              "'\"' inside a field that does not start with '\"'; quote the whole field and"
                + " double the inner quote (\"\"), or remove it"))
        }
        if endField(separator: byte, at: &index) { return .record }

      case .quoted:
        let runStart = index
        var continuations = 0
        while index < end {
          let byte = bytes[index]
          if byte == Self.quote || byte == Self.cr || byte == Self.lf { break }
          continuations &+= byte & 0xC0 == 0x80 ? 1 : 0
          index += 1
        }
        if index > runStart {
          if let error = append(bytes, runStart..<index, continuations) { return .failed(error) }
        }
        guard index < end else { return .needMore }
        let byte = bytes[index]
        index += 1
        if byte == Self.quote {
          previousWasCR = false
          state = .quoteInQuoted
          continue
        }
        // A line break inside the quotes is part of the value.
        value.append(byte)
        if byte == Self.lf && previousWasCR {
          lineStart = chunkBase + index
        } else {
          startLine(at: index)
        }
        previousWasCR = byte == Self.cr
        if let error = checkRecordSize() { return .failed(error) }

      case .quoteInQuoted:
        let byte = bytes[index]
        if byte == Self.quote {
          value.append(Self.quote)
          index += 1
          state = .quoted
          if let error = checkRecordSize() { return .failed(error) }
          continue
        }
        if byte == Self.comma || byte == Self.cr || byte == Self.lf {
          if endField(separator: byte, at: &index) { return .record }
          continue
        }
        let position = CSVPosition(line: line, column: column(at: index))
        return .failed(
          CSVError(
            .characterAfterClosingQuote, at: position, field: positions.count - 1,
            "unexpected character after the closing '\"' of a quoted field; put a ',' or a"
              + " line break right after it, or double the '\"' (\"\") if it belongs to the"
              + " value"))
      }
    }
    return .needMore
  }

  /// Appends a run of ordinary bytes to the current value.
  private mutating func append(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ continuations: Int
  ) -> CSVError? {
    value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    lineContinuations += continuations
    previousWasCR = false
    return checkRecordSize()
  }

  /// Ends the current field at `separator` (a comma or line break) and consumes it;
  /// returns whether that also ended the record.
  private mutating func endField(separator: UInt8, at index: inout Int) -> Bool {
    fieldEnds.append(value.count)
    index += 1
    if separator == Self.comma {
      previousWasCR = false
      state = .fieldStart
      return false
    }
    startLine(at: index)
    previousWasCR = separator == Self.cr
    state = .recordStart
    return true
  }

  private mutating func finishAtEndOfInput() throws(CSVError) -> Bool {
    switch state {
    case .recordStart:
      return false
    case .fieldStart:
      // The input ends right after a comma: the record's last field is empty.
      let position = CSVPosition(line: line, column: column(at: chunkCount))
      if positions.count >= limits.maxFieldCount { throw tooManyFields(at: position) }
      positions.append(position)
      fieldQuoted.append(false)
      fieldEnds.append(value.count)
    case .unquoted, .quoteInQuoted:
      fieldEnds.append(value.count)
    case .quoted:
      let position = positions.last ?? CSVPosition(line: line, column: 1)
      throw CSVError(
        .unterminatedQuotedField, at: position, field: positions.count - 1,
        "quoted field is not closed before end of file; add the closing '\"'")
    }
    state = .recordStart
    return true
  }

  // MARK: - Limits and records

  @inline(__always)
  private func checkRecordSize() -> CSVError? {
    value.count > limits.maxRecordBytes ? recordTooLong() : nil
  }

  private func recordTooLong() -> CSVError {
    let position = positions.last ?? CSVPosition(line: line, column: 1)
    return CSVError(
      .recordTooLong, at: position, field: positions.count - 1,
      "record is longer than \(limits.maxRecordBytes) bytes; a quoted field whose closing '\"'"
        + " is missing is the usual cause (check the field starting here)")
  }

  private func tooManyFields(at position: CSVPosition) -> CSVError {
    CSVError(
      .tooManyFields, at: position, field: positions.count,
      "record has more than \(limits.maxFieldCount) fields; check the separators (the file"
        + " must use ',')")
  }

  /// Turns the assembled bytes into a record and resets the buffers.
  private mutating func makeRecord() throws(CSVError) -> CSVRecord {
    var fields: [String] = []
    fields.reserveCapacity(fieldEnds.count)
    var invalid: (field: Int, offset: Int, byte: UInt8)?
    let interner = interner
    value.withUnsafeBufferPointer { all in
      var start = 0
      for (field, end) in fieldEnds.enumerated() {
        let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
        // Samples repeat a few short codes ("yes", "no", "") millions of times.
        if let string = interner.string(for: bytes) {
          fields.append(string)
          start = end
          continue
        }
        // `String(validating:as:)` is generic and slow; validate here, then decode.
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
          invalid = (field, offset, offset < bytes.count ? bytes[offset] : 0)
          return
        }
        fields.append(String(decoding: bytes, as: UTF8.self))
        start = end
      }
    }
    if let invalid {
      let position = sourcePosition(field: invalid.field, valueOffset: invalid.offset)
      let hex = String(invalid.byte, radix: 16, uppercase: true)
      throw CSVError(
        .invalidUTF8, at: position, field: invalid.field,
        "invalid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex)); save the file with"
          + " UTF-8 encoding")
    }
    recordsRead += 1
    let record = CSVRecord(
      fields: fields, line: recordLine, number: recordsRead, fieldPositions: positions)
    positions = []
    positions.reserveCapacity(fieldEnds.capacity)
    resetRecord()
    return record
  }

  /// Clears the assembled record, keeping the buffers unless one grew past 1 MiB.
  private mutating func resetRecord() {
    let shrink = value.capacity > 1 << 20
    value.removeAll(keepingCapacity: !shrink)
    fieldEnds.removeAll(keepingCapacity: true)
    fieldQuoted.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
  }

  /// Maps a byte offset inside a field's value back to its line and column in the file.
  private func sourcePosition(field: Int, valueOffset: Int) -> CSVPosition {
    guard positions.indices.contains(field), fieldQuoted.indices.contains(field) else {
      return CSVPosition(line: recordLine, column: 1)
    }
    let quoted = fieldQuoted[field]
    var position = positions[field]
    if quoted { position.column += 1 }
    let start = field == 0 ? 0 : fieldEnds[field - 1]
    var afterCR = false
    for byte in value[start..<min(start + valueOffset, value.count)] {
      switch byte {
      case Self.cr:
        position = CSVPosition(line: position.line + 1, column: 1)
      case Self.lf:
        position = CSVPosition(line: position.line + (afterCR ? 0 : 1), column: 1)
      case Self.quote where quoted:
        position.column += 2
      case _ where byte & 0xC0 == 0x80:
        break
      default:
        position.column += 1
      }
      afterCR = byte == Self.cr
    }
    return position
  }
}

/// A small cache of short ASCII strings keyed by their bytes, so that a field value seen
/// before ("yes", "no", "licence") is reused rather than validated and decoded again.
///
/// Holds at most 256 strings of at most 7 bytes; a value that is longer, not ASCII or not in
/// the cache is decoded and replaces whatever shared its slot. ASCII is valid UTF-8, so a
/// cached value needs no validation.
final class ShortStringInterner {
  private var keys = [UInt64](repeating: 0, count: 256)
  private var values = [String](repeating: "", count: 256)

  /// The string for `bytes`, or `nil` when they are longer than 7 bytes or not ASCII.
  @inline(__always)
  func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.count <= 7 else { return nil }
    if bytes.isEmpty { return "" }
    // The length in the top byte keeps every key non-zero and "a" apart from "a\0".
    var key = UInt64(bytes.count) << 56
    var shift: UInt64 = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      key |= UInt64(byte) << shift
      shift += 8
    }
    let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    if keys[slot] == key { return values[slot] }
    let string = String(decoding: bytes, as: UTF8.self)
    keys[slot] = key
    values[slot] = string
    return string
  }
}
