#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: a reader sees the old file or the whole new one, never a part.
///
/// The bytes go to a temporary file beside the target (`.<name>.inspect-<pid>.tmp`), are
/// flushed to disk, and the temporary file is renamed over the target. If the process is
/// killed midway, the target is untouched; an interrupted or terminated process removes the
/// temporary file too (``TemporaryFileCleanup``), a SIGKILLed one leaves it as the only trace.
public enum AtomicFile {
  /// Writes `text` to `path`.
  public static func write(_ text: String, to path: String) throws(FileError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` to `path`.
  public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).inspect-\(getpid()).tmp"
    TemporaryFileCleanup.register(temporary)
    defer { TemporaryFileCleanup.unregister() }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw FileError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw FileError("cannot write '\(path)': \(reason)")
      }
      written += result
    }
    if fsync(descriptor) != 0 || close(descriptor) != 0 {
      unlink(temporary)
      throw FileError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw FileError("cannot write '\(path)': \(reason)")
    }
  }

  /// Creates `path` and its parents if they do not exist.
  public static func makeDirectory(_ path: String) throws(FileError) {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o755) != 0 && errno != EEXIST {
        throw FileError("cannot create directory '\(path)': \(String(cString: strerror(errno)))")
      }
    }
  }

  /// The contents of the file at `path`.
  public static func read(_ path: String) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw FileError("cannot read '\(path)': \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError("cannot read '\(path)': \(String(cString: strerror(errno)))")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}
