#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole input file with a limit on its size, incrementally, from anything that can be
/// opened for reading: a regular file, a FIFO, a device or a process substitution.
///
/// Readers of whole documents (framework documents, judgements, partial results, published
/// figures) read through here, each with its documented limit (`docs/limits.md`). The bytes
/// are read in chunks, so an endless input (`/dev/zero`, a FIFO that never closes) is stopped
/// at the limit with an error naming it, instead of growing until the process is killed; a
/// regular file larger than the limit is refused before it is read. A directory is refused
/// with a message that says so.
///
/// ```swift
/// let bytes = try InputFile.read("judgements.csv", limit: 16 << 20, what: "judgements file")
/// ```
public enum InputFile {
  /// The bytes read at a time.
  static let chunkSize = 1 << 16

  /// The contents of the file at `path`, at most `limit` bytes; `what` names the kind of file
  /// in messages ("judgements file").
  ///
  /// - Throws: ``FileError`` of kind ``FileError/Kind/tooLarge`` beyond the limit,
  ///   ``FileError/Kind/isDirectory`` for a directory, ``FileError/Kind/system`` when the
  ///   file cannot be opened or read.
  public static func read(_ path: String, limit: Int, what: String = "file") throws(FileError)
    -> [UInt8]
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FileError("cannot read \(what) \(Quoted(path)): \(systemMessage(errno))")
    }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0 {
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        throw FileError(
          "cannot read \(what) \(Quoted(path)): it is a directory; name a file", kind: .isDirectory)
      }
      if type == S_IFREG, Int(info.st_size) > limit {
        throw tooLarge(path, limit: limit, what: what)
      }
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress, buffer.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let code = errno
        if code == EISDIR {
          throw FileError(
            "cannot read \(what) \(Quoted(path)): it is a directory; name a file",
            kind: .isDirectory)
        }
        throw FileError("cannot read \(what) \(Quoted(path)): \(systemMessage(code))")
      }
      if count == 0 { break }
      guard bytes.count + count <= limit else { throw tooLarge(path, limit: limit, what: what) }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// The error for an input beyond its limit.
  static func tooLarge(_ path: String, limit: Int, what: String) -> FileError {
    FileError(
      "cannot read \(what) \(Quoted(path)): it is larger than the limit of "
        + "\(describe(bytes: limit)) for a \(what) (docs/limits.md)", kind: .tooLarge)
  }

  /// `16 MiB`, `512 KiB`, `100 bytes`.
  public static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }

  static func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Musl)
  private let systemRead = Musl.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
