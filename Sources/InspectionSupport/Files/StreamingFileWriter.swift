/// Writes a large file in buffered chunks, atomically: it appears whole, under its name, only
/// when ``commit()`` succeeds; until then it is a hidden temporary file beside the target
/// (``OutputFile``: a FIFO or a device is written through).
package final class StreamingFileWriter {
  private let file: OutputFile
  private var buffer: [UInt8] = []
  private static let flushSize = 1 << 20

  /// Opens a temporary file beside `path`.
  package init(path: String) throws(FileError) {
    file = try OutputFile(path: path)
    buffer.reserveCapacity(Self.flushSize + 4096)
  }

  /// Appends text.
  package func write(_ text: String) throws(FileError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushSize { try flush() }
  }

  private func flush() throws(FileError) {
    try file.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, syncs and renames the file into place.
  package func commit() throws(FileError) {
    try flush()
    try file.commit()
  }
}
