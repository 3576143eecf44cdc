// Limits and records
//
// The errors for a record beyond ``CSVReader/Limits``, and the assembled bytes made into a
// ``CSVRecord`` (checked as UTF-8, located back in the file).
extension CSVReader {
  /// The error for a record beyond ``Limits/maxRecordBytes``, if the one being assembled is.
  @inline(__always)
  func checkRecordSize() -> CSVError? {
    value.count > limits.maxRecordBytes ? recordTooLong() : nil
  }

  /// The error for a record beyond ``Limits/maxRecordBytes``, located at its last field.
  private func recordTooLong() -> CSVError {
    let position = positions.last ?? CSVPosition(line: line, column: 1)
    return CSVError(
      .recordTooLong, at: position, field: positions.count - 1,
      "record is longer than \(limits.maxRecordBytes) bytes; a quoted field whose closing '\"'"
        + " is missing is the usual cause (check the field starting here)")
  }

  /// The error for a record beyond ``Limits/maxFieldCount``, located at `position`.
  func tooManyFields(at position: CSVPosition) -> CSVError {
    CSVError(
      .tooManyFields, at: position, field: positions.count,
      "record has more than \(limits.maxFieldCount) fields; check the separators (the file"
        + " must use ',')")
  }

  /// Turns the assembled bytes into a record and resets the buffers.
  mutating func makeRecord() throws(CSVError) -> CSVRecord {
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
  mutating func resetRecord() {
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
