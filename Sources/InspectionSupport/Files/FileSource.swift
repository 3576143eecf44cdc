#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``ByteSource`` that reads a file (or an open descriptor such as standard input)
/// with POSIX `read`, one chunk at a time, never loading the whole file.
///
/// The descriptor is closed when the source is released (unless created with
/// `closeOnDeinit: false`). It is a class because it owns the descriptor: copies of a
/// reader that uses it share one read position.
///
/// ```swift
/// let source = try FileSource(path: "sample.csv")
/// var reader = CSVReader(source: source)
/// ```
public final class FileSource: ByteSource {
  private let descriptor: Int32
  private let closeOnDeinit: Bool
  private let name: String
  /// For a part of a file: the offset of the next byte to read, and the end of the part.
  private var offset = 0
  private var end: Int?

  /// Opens the file at `path` for reading.
  ///
  /// Throws a ``CSVError`` of kind ``CSVError/Kind/io`` naming the file and the system's
  /// reason when it cannot be opened, or saying that it is a directory. A FIFO, a device or
  /// standard input is read as a stream.
  public init(path: String) throws(CSVError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = Self.systemMessage(errno)
      throw CSVError(
        kind: .io,
        message: "cannot open '\(path)': \(reason); check the path and its permissions")
    }
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      _ = close(descriptor)
      throw CSVError(kind: .io, message: "'\(path)' is a directory; name a file")
    }
    self.descriptor = descriptor
    self.closeOnDeinit = true
    self.name = path
  }

  /// Opens bytes `range` of the file at `path`, read with `pread` (so parts of one file can be
  /// read on several threads at once).
  package convenience init(path: String, range: Range<Int>) throws(CSVError) {
    try self.init(path: path)
    offset = range.lowerBound
    end = range.upperBound
  }

  /// The size of the file at `path` in bytes, or `nil` when it is not a regular file that
  /// can be opened (standard input, a pipe).
  package static func regularFileSize(atPath path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Reads from an already open descriptor, for example `0` for standard input.
  public init(fileDescriptor: Int32, name: String = "standard input", closeOnDeinit: Bool) {
    self.descriptor = fileDescriptor
    self.closeOnDeinit = closeOnDeinit
    self.name = name
  }

  deinit {
    if closeOnDeinit { _ = close(descriptor) }
  }

  /// Whether the descriptor is a regular file, which ``rewind()`` can go back to the start of
  /// (standard input and pipes are not, unless redirected from a file).
  package var isRegularFile: Bool {
    var info = stat()
    return fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Goes back to the first byte of a whole file, to read it again; `false` when it cannot
  /// (a part of a file, a pipe).
  ///
  /// ```swift
  /// let source = try FileSource(path: "sample.csv")
  /// // … read it all …
  /// if source.rewind() { /* read(into:) starts again from byte 0 */ }
  /// ```
  package func rewind() -> Bool {
    end == nil && lseek(descriptor, 0, SEEK_SET) == 0
  }

  /// Reads up to `buffer.count` bytes, retrying when interrupted by a signal.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    if let end {
      let wanted = min(buffer.count, end - offset)
      guard wanted > 0 else { return 0 }
      while true {
        let count = pread(descriptor, base, wanted, off_t(offset))
        if count >= 0 {
          offset += count
          return count
        }
        let code = errno
        if code == EINTR { continue }
        throw CSVError(kind: .io, message: "cannot read '\(name)': \(Self.systemMessage(code))")
      }
    }
    while true {
      #if canImport(Darwin)
        let count = Darwin.read(descriptor, base, buffer.count)
      #elseif canImport(Glibc)
        let count = Glibc.read(descriptor, base, buffer.count)
      #else
        let count = Musl.read(descriptor, base, buffer.count)
      #endif
      if count >= 0 { return count }
      let code = errno
      if code == EINTR { continue }
      throw CSVError(
        kind: .io, message: "cannot read '\(name)': \(Self.systemMessage(code))")
    }
  }

  private static func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
