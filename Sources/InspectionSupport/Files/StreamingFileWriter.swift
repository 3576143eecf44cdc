#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a large file in buffered chunks, atomically: it appears whole, under its name, only
/// when ``commit()`` succeeds; until then it is a hidden temporary file beside the target.
package final class StreamingFileWriter {
  private let path: String
  private let temporary: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private static let flushSize = 1 << 20

  /// Opens a temporary file beside `path`.
  package init(path: String) throws(FileError) {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    temporary = directory + ".\(name).inspect-\(getpid()).tmp"
    TemporaryFileCleanup.register(temporary)
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw FileError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    buffer.reserveCapacity(Self.flushSize + 4096)
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporary)
    }
    TemporaryFileCleanup.unregister()
  }

  /// Appends text.
  package func write(_ text: String) throws(FileError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushSize { try flush() }
  }

  private func flush() throws(FileError) {
    var written = 0
    while written < buffer.count {
      let count = buffer.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError("cannot write '\(path)': \(String(cString: strerror(errno)))")
      }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, syncs and renames the file into place.
  package func commit() throws(FileError) {
    try flush()
    let failed = fsync(descriptor) != 0 || close(descriptor) != 0
    descriptor = -1
    defer { TemporaryFileCleanup.unregister() }
    if failed || rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw FileError("cannot write '\(path)': \(reason)")
    }
  }
}
