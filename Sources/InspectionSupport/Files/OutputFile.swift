#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output being written: to a hidden temporary file renamed over the target when whole, or
/// straight through to a FIFO or device.
///
/// What the target is decides how it is written:
///
/// - **A regular file, or no file yet**: the bytes go to a temporary file beside it,
///   `.<name>.inspect-<pid>.tmp` (or, if that name is taken, one with a random suffix), created
///   exclusively and without following a symbolic link (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode
///   0600), so a file or link another user planted under that name is never written through.
///   ``commit()`` gives it the target's permissions (those of the file it replaces, or 0666
///   less the umask for a new one), flushes it to disk, closes it and renames it over the
///   target: a reader sees the old file or the whole new one. A read-only target (one with no
///   write permission bit, even for root, or one the user may not write) is refused, as `cp`
///   refuses it.
/// - **A FIFO, a character or block device, or a socket** (`/dev/null`, a named pipe): it is
///   opened and written through, since it cannot be replaced. One of the process's own
///   descriptors (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`) is written through that
///   descriptor, whatever it is open on (so `--output /dev/stdout >> log` appends).
/// - **A symbolic link** is resolved deliberately: the file it points to is written (as above)
///   and the link is kept. A link to nothing is refused.
/// - **A directory** is refused.
///
/// Every write, the flush and the close are checked; any failure is a ``FileError`` and the
/// temporary file is removed. If the process is interrupted or terminated midway, the handler
/// of ``TemporaryFileCleanup`` removes it too.
///
/// ```swift
/// let file = try OutputFile(path: "report.md")
/// try file.write(Array("# Report\n".utf8))
/// try file.commit()
/// ```
public final class OutputFile {
  /// The path as given, for messages.
  let path: String
  /// The file written in the end (a symbolic link resolved).
  let target: String
  /// The temporary file, when the target is replaced, until it is renamed; `nil` when the
  /// target is written through.
  private var temporary: String?
  private var descriptor: Int32
  /// The permissions the target ends with.
  private let mode: mode_t
  private let owner: (uid: uid_t, gid: gid_t)?

  /// Opens `path` for writing, as described above.
  public init(path: String) throws(FileError) {
    self.path = path
    // One of this process's own descriptors (`/dev/stdout`, `/dev/fd/3`): written through that
    // descriptor, at its offset and with its flags (`>>` appends), whatever it is open on.
    if let number = Self.descriptorAlias(path) {
      target = path
      (temporary, mode, owner) = (nil, 0, nil)
      descriptor = dup(number)
      guard descriptor >= 0 else {
        throw FileError("cannot write \(Quoted(path)): \(InputFile.systemMessage(errno))")
      }
      return
    }
    // A FIFO, a device or a socket, named or reached through links: written through.
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
      target = path
      (temporary, mode, owner) = (nil, 0, nil)
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
      guard descriptor >= 0 else {
        throw FileError("cannot write \(Quoted(path)): \(InputFile.systemMessage(errno))")
      }
      return
    }
    let resolved = try Self.resolve(path)
    target = resolved.path
    info = stat()
    _ = stat(target, &info)
    if resolved.exists {
      // Read-only is refused whoever runs it: a file nobody may write (no write permission
      // bit) is refused even for root, who could write it; otherwise the system decides.
      let readOnly = info.st_mode & 0o222 == 0
      guard !readOnly, access(target, W_OK) == 0 else {
        let reason = readOnly ? "it is read-only" : InputFile.systemMessage(errno)
        throw FileError(
          "cannot write \(Quoted(path)): \(reason); make it writable or choose another output",
          kind: .unwritable)
      }
      mode = info.st_mode & 0o7777
      owner = (info.st_uid, info.st_gid)
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
      owner = nil
    }
    let (temporary, descriptor) = try Self.createTemporary(beside: target, naming: path)
    self.temporary = temporary
    self.descriptor = descriptor
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if let temporary {
      unlink(temporary)
      TemporaryFileCleanup.unregister()
    }
  }

  /// Writes all of `bytes`, retrying short writes and interruptions.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
    guard let base = bytes.baseAddress else { return }
    var written = 0
    while written < bytes.count {
      let count = systemWrite(descriptor, base + written, bytes.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(errno)
      }
      written += count
    }
  }

  /// Writes all of `bytes`.
  public func write(_ bytes: [UInt8]) throws(FileError) {
    var failure: FileError?
    bytes.withUnsafeBytes { buffer in
      do throws(FileError) { try write(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Finishes the file: permissions, flush to disk, close, and the rename into place.
  public func commit() throws(FileError) {
    guard let temporary else {
      let failed = close(descriptor) != 0
      descriptor = -1
      if failed { throw failure(errno) }
      return
    }
    if let owner, owner.uid != getuid() || owner.gid != getgid() {
      // Keeps the group (and, for root, the owner) of the file replaced; not an error if the
      // system refuses, as `cp` does not fail over it either.
      if fchown(descriptor, owner.uid, owner.gid) != 0 {
        _ = fchown(descriptor, uid_t.max, owner.gid)  // the group alone (uid -1: unchanged)
      }
    }
    if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 {
      throw failure(errno)
    }
    let closed = close(descriptor)
    descriptor = -1
    if closed != 0 { throw failure(errno) }
    if rename(temporary, target) != 0 { throw failure(errno) }
    self.temporary = nil
    TemporaryFileCleanup.unregister()
  }

  private func failure(_ code: Int32) -> FileError {
    FileError("cannot write \(Quoted(path)): \(InputFile.systemMessage(code))")
  }

  /// Whether `output` and `input` name the same existing regular file (the same device and
  /// inode, links followed): writing `output` would then replace the input.
  public static func isSameFile(_ output: String, as input: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(output, &a) == 0, stat(input, &b) == 0, a.st_mode & S_IFMT == S_IFREG else {
      return false
    }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }

  // MARK: Resolving the target

  /// The descriptor `path` names when it is one of the process's own: `/dev/stdout` (1),
  /// `/dev/stderr` (2), `/dev/fd/N` or `/proc/self/fd/N`.
  static func descriptorAlias(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  /// The file to write for `path`: itself, or what a symbolic link points to; whether it
  /// exists.
  static func resolve(_ path: String) throws(FileError) -> (path: String, exists: Bool) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return (path, false) }
      throw FileError("cannot write \(Quoted(path)): \(InputFile.systemMessage(errno))")
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw FileError(
        "cannot write \(Quoted(path)): it is a directory; name a file", kind: .isDirectory)
    case S_IFLNK:
      guard let resolved = realPath(path) else {
        throw FileError(
          "cannot write \(Quoted(path)): it is a symbolic link to nothing (or a loop); write "
            + "to the file it should name, or remove the link", kind: .unwritable)
      }
      var target = stat()
      if stat(resolved, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
        throw FileError(
          "cannot write \(Quoted(path)): it links to a directory; name a file", kind: .isDirectory)
      }
      return (resolved, true)
    default:
      return (path, true)
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Creates the temporary file beside `target`, exclusively and without following links.
  private static func createTemporary(beside target: String, naming path: String)
    throws(FileError) -> (String, Int32)
  {
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    let base = directory + ".\(name).inspect-\(getpid())"
    var generator = SystemRandomNumberGenerator()
    for attempt in 0..<64 {
      let candidate =
        attempt == 0
        ? base + ".tmp"
        : base + "-" + String(generator.next() & 0xFFFF_FFFF, radix: 36) + ".tmp"
      TemporaryFileCleanup.register(candidate)
      let descriptor = open(
        candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 { return (candidate, descriptor) }
      let code = errno
      TemporaryFileCleanup.unregister()
      guard code == EEXIST || code == ELOOP else {
        throw FileError("cannot write \(Quoted(path)): \(InputFile.systemMessage(code))")
      }
    }
    throw FileError(
      "cannot write \(Quoted(path)): no free name for a temporary file beside it")
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
