// Records as bytes
//
// The scoring hot path reads a record's field bytes in place and makes strings only for a
// record it cannot score from the bytes alone: `nextRawRecord()`, then `withRawFields(_:)`,
// then either `skipRawRecord()` or `takeRawRecord()` (which is what `nextRecord()` does).
extension CSVReader {
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
}
