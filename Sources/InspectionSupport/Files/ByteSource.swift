/// Where a ``CSVReader`` gets its bytes from: a file, standard input, or memory.
///
/// The reader asks for at most one chunk at a time, so a source never needs to hold more
/// than the reader's chunk size. Conform your own type to feed other streams.
///
/// ```swift
/// var reader = CSVReader(source: MemorySource(Array("a,b\n".utf8), maxChunk: 1))
/// ```
public protocol ByteSource {
  /// Copies the next bytes into the start of `buffer` and returns how many were copied.
  ///
  /// Returns 0 only at the end of the input; may return fewer bytes than `buffer.count`
  /// at any time. Throws a ``CSVError`` of kind ``CSVError/Kind/io`` when reading fails.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int
}
