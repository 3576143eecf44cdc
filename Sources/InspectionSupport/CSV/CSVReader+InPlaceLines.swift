import CSVLineScan

// Whole lines in place
//
// Nearly every line of a sample is a record with no quotes: its fields are the text between
// commas. Such a line, found whole in the chunk, is left where it is and split by recording
// where each field ends; the state machine (`CSVReader+StateMachine.swift`) handles everything else (quotes, CR line
// ends other than CRLF, blank lines, a record split between two chunks, the last record
// without a line break), and a line in place is copied into its buffers only when the
// caller asks for a ``CSVRecord``.
extension CSVReader {
  /// Where a record found whole in the chunk is: its text is `chunk[start..<end]` and the
  /// next record starts at `next` (after its LF or CRLF).
  struct InPlaceLine {
    var start: Int
    var end: Int
    var next: Int
  }

  /// Looks for a whole quote-free line at `chunkPos`; on success records where its fields
  /// end (relative to the line) in ``lineEnds`` and returns it.
  ///
  /// The separators and the line's end are found by `ik_csv_scan_line` (``CSVLineScan``), which
  /// compares sixteen bytes at a time where it can; this function decides what the byte it
  /// stopped at means.
  mutating func scanLineInPlace() -> InPlaceLine? {
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
          let capacity = min(ends.count, maxFields)
          if separator == Self.comma {
            return ik_csv_scan_line(bytes, start, limit, endsBase, capacity, &count)
          }
          return ik_csv_scan_line_separated(
            bytes, start, limit, separator, endsBase, capacity, &count)
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
  mutating func consumeInPlace(_ line: InPlaceLine) {
    chunkPos = line.next
    startLine(at: line.next)
    previousWasCR = false
    inPlace = nil
  }

  /// Copies a line in place into the record buffers, as the state machine would have.
  mutating func assembleInPlace(_ line: InPlaceLine) {
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
}
