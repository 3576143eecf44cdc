// The state machine
//
// Byte by byte through quotes, separators and line ends, for every record that is not a whole
// quote-free line in the chunk; it can stop at any byte and go on in the next chunk.
extension CSVReader {
  /// What a call of ``scan(_:)`` found.
  enum Step {
    case needMore, record
    case failed(CSVError)
  }

  /// Scans the current chunk from `chunkPos` until a record ends, an error is found or the
  /// chunk is used up.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Step {
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
          if byte == separator || byte == Self.quote || byte == Self.cr || byte == Self.lf {
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
        if byte == separator || byte == Self.cr || byte == Self.lf {
          if endField(separator: byte, at: &index) { return .record }
          continue
        }
        let position = CSVPosition(line: line, column: column(at: index))
        return .failed(
          CSVError(
            .characterAfterClosingQuote, at: position, field: positions.count - 1,
            "unexpected character after the closing '\"' of a quoted field; put a "
              + "\(Self.name(ofSeparator: separator)) or a line break right after it, or double "
              + "the '\"' (\"\") if it belongs to the value"))
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

  /// Ends the current field at `separator` (the field separator or a line break) and
  /// consumes it; returns whether that also ended the record.
  private mutating func endField(separator byte: UInt8, at index: inout Int) -> Bool {
    fieldEnds.append(value.count)
    index += 1
    if byte == separator {
      previousWasCR = false
      state = .fieldStart
      return false
    }
    startLine(at: index)
    previousWasCR = byte == Self.cr
    state = .recordStart
    return true
  }

  /// Ends the record being assembled at the end of the input; `false` when there is none.
  ///
  /// Throws for a quoted field left open or a field beyond ``Limits/maxFieldCount``.
  mutating func finishAtEndOfInput() throws(CSVError) -> Bool {
    switch state {
    case .recordStart:
      return false
    case .fieldStart:
      // The input ends right after a separator: the record's last field is empty.
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
}
