#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: a reader sees the old file or the whole new one, never a part.
///
/// The bytes go to a temporary file beside the target (`.<name>.inspect-<pid>.tmp`), created
/// exclusively, are flushed to disk, and the temporary file is renamed over the target with
/// the target's permissions. A FIFO or a device is written through; a symbolic link is
/// followed to its file; a directory or a read-only file is refused (``OutputFile`` has the
/// details). If the process is killed midway, the target is untouched; an interrupted or
/// terminated process removes the temporary file too (``TemporaryFileCleanup``), a SIGKILLed
/// one leaves it as the only trace.
public enum AtomicFile {
  /// Writes `text` to `path`.
  public static func write(_ text: String, to path: String) throws(FileError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` to `path`.
  public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
    let file = try OutputFile(path: path)
    try file.write(bytes)
    try file.commit()
  }

  /// Creates `path` and its parents if they do not exist.
  public static func makeDirectory(_ path: String) throws(FileError) {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o777) != 0 && errno != EEXIST {
        throw FileError("cannot create directory '\(path)': \(String(cString: strerror(errno)))")
      }
    }
  }

  /// The default limit of ``read(_:)``: 256 MiB.
  public static let defaultReadLimit = 256 << 20

  /// The contents of the file at `path`, up to ``defaultReadLimit`` bytes
  /// (``InputFile/read(_:limit:what:)``; readers of a kind of document use its own limit).
  public static func read(_ path: String) throws(FileError) -> [UInt8] {
    try InputFile.read(path, limit: defaultReadLimit)
  }
}
