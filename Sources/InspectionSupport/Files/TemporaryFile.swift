#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An anonymous temporary file: made with `mkstemp`, unlinked at once, closed when released.
///
/// Nothing is left behind however the process ends: the file has no name from the moment it
/// is created, and the system frees its blocks when the descriptor is closed. It is written
/// and read with `pwrite` and `pread` at explicit offsets, so reads from several threads do
/// not disturb one another. Every failure is returned (`nil` or `false`), never trapped, so
/// callers can fall back to memory.
///
/// ```swift
/// guard let file = TemporaryFile() else { return }   // no temporary directory: keep in memory
/// let ok = bytes.withUnsafeBytes { file.write($0, at: 0) }
/// ```
package final class TemporaryFile: Sendable {
  /// The open descriptor.
  let descriptor: Int32

  /// `TMPDIR` if set and not empty, otherwise `/tmp`.
  package static var defaultDirectory: String {
    if let value = getenv("TMPDIR") {
      let directory = String(cString: value)
      if !directory.isEmpty { return directory }
    }
    return "/tmp"
  }

  /// Creates and unlinks a file in `directory`; `nil` when it cannot be created.
  package init?(directory: String = TemporaryFile.defaultDirectory) {
    var template = Array((directory + "/inspect-case-ids.XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { name -> Int32 in
      guard let base = name.baseAddress else { return -1 }
      let descriptor = mkstemp(base)
      if descriptor >= 0 { _ = unlink(base) }
      return descriptor
    }
    guard descriptor >= 0 else { return nil }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    self.descriptor = descriptor
  }

  deinit {
    _ = close(descriptor)
  }

  /// Writes all of `bytes` at `offset`; `false` if the system refuses (disk full, I/O error).
  package func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var done = 0
    while done < bytes.count {
      let count = pwrite(descriptor, base + done, bytes.count - done, off_t(offset + done))
      if count > 0 {
        done += count
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }

  /// Fills `buffer` from `offset`; returns how many bytes were read (fewer only at the end of
  /// the file), or `nil` on an I/O error.
  package func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
    guard let base = buffer.baseAddress else { return 0 }
    var done = 0
    while done < buffer.count {
      let count = pread(descriptor, base + done, buffer.count - done, off_t(offset + done))
      if count > 0 {
        done += count
      } else if count == 0 {
        break
      } else if errno != EINTR {
        return nil
      }
    }
    return done
  }
}
