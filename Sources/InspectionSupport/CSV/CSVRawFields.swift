/// The fields of a record as bytes, borrowed from a ``CSVReader``'s buffers.
///
/// Field `i` ends at `ends[i]`; it starts where field `i - 1` ended plus ``gap`` bytes (the
/// comma of a line read in place, nothing when the values were copied back to back). Valid
/// only inside ``CSVReader/withRawFields(_:)``.
///
/// ```swift
/// reader.withRawFields { fields in fields.count == 3 ? fields[0] : nil }
/// ```
package struct CSVRawFields {
  /// The bytes the fields are in.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where each field ends in ``bytes``.
  let ends: UnsafeBufferPointer<Int>
  /// Bytes between one field's end and the next one's start.
  let gap: Int

  /// The number of fields.
  package var count: Int { ends.count }

  /// How many bytes may be read from the start of `field` (a field of this record): to the
  /// end of ``bytes``.
  @inline(__always)
  package func readable(from field: UnsafeBufferPointer<UInt8>) -> Int {
    guard let start = field.baseAddress, let base = bytes.baseAddress else { return 0 }
    return bytes.count - (start - base)
  }

  /// Field `index`'s bytes; `index` must be less than ``count``.
  @inline(__always)
  package subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    let start = index == 0 ? 0 : ends[index - 1] + gap
    return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
  }
}
