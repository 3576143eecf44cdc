import InspectionSupport

/// Case-id hashes written out of a full ``CaseIDIndex``, sorted: one run of an external merge.
///
/// A run lives in an anonymous ``TemporaryFile`` (8 bytes a hash, in this machine's byte
/// order, read back by the same process), or in memory when no file could be written: the
/// answer is then still exact, only the memory is no longer bounded. Runs are immutable once
/// made, so copies of a tally can share them. Repeats are kept: a run made by merging others
/// holds a hash as many times as they did.
///
/// ```swift
/// var writer = CaseIDRun.Writer(directory: "/tmp", level: 0)
/// writer?.append(contentsOf: sortedHashes)
/// let run = writer?.finish()   // nil if the file could not be written
/// ```
struct CaseIDRun: Sendable {
  /// Where the hashes are.
  enum Storage: Sendable {
    /// In a temporary file, from offset 0.
    case file(TemporaryFile)
    /// In memory, because the file could not be written.
    case memory([UInt64])
  }

  /// Where the hashes are.
  let storage: Storage
  /// How many hashes the run holds.
  let count: Int
  /// 0 for a run spilled from a table; one more than its inputs' for a run merged from others.
  let level: Int

  /// Hashes buffered before each write, and read at a time per run when merging (64 KiB).
  static let bufferCount = 8192

  /// Writes `sorted` to a new temporary file in `directory`; `nil` when that fails.
  static func write(
    _ sorted: UnsafeBufferPointer<UInt64>, directory: String, level: Int
  ) -> CaseIDRun? {
    guard let file = TemporaryFile(directory: directory),
      file.write(UnsafeRawBufferPointer(sorted), at: 0)
    else { return nil }
    return CaseIDRun(storage: .file(file), count: sorted.count, level: level)
  }

  /// Reads up to `buffer.count` hashes starting with hash number `index`; `nil` on an I/O
  /// error or a file shorter than written.
  func read(from index: Int, into buffer: UnsafeMutableBufferPointer<UInt64>) -> Int? {
    let wanted = min(buffer.count, count - index)
    guard wanted > 0 else { return 0 }
    switch storage {
    case .memory(let hashes):
      _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<wanted])
        .update(fromContentsOf: hashes[index..<(index + wanted)])
      return wanted
    case .file(let file):
      let bytes = UnsafeMutableRawBufferPointer(
        UnsafeMutableBufferPointer(rebasing: buffer[0..<wanted]))
      guard let read = file.read(into: bytes, at: index * 8), read == wanted * 8 else { return nil }
      return wanted
    }
  }

  /// Writes a run hash by hash, through a buffer of ``CaseIDRun/bufferCount`` hashes.
  ///
  /// Used to merge runs into one. Appending after a failed write does nothing, and
  /// ``finish()`` then returns `nil`.
  ///
  /// ```swift
  /// guard var writer = CaseIDRun.Writer(directory: "/tmp", level: 1) else { return }
  /// writer.append(42)
  /// let run = writer.finish()
  /// ```
  struct Writer {
    private let file: TemporaryFile
    private let level: Int
    private var buffer: [UInt64] = []
    private var written = 0
    private var failed = false

    /// Creates the file in `directory`; `nil` when it cannot be created.
    init?(directory: String, level: Int) {
      guard let file = TemporaryFile(directory: directory) else { return nil }
      self.file = file
      self.level = level
      buffer.reserveCapacity(CaseIDRun.bufferCount)
    }

    /// Adds `hash` at the end of the run.
    mutating func append(_ hash: UInt64) {
      buffer.append(hash)
      if buffer.count == CaseIDRun.bufferCount { flush() }
    }

    /// Writes out the buffer and returns the run, or `nil` if any write failed.
    mutating func finish() -> CaseIDRun? {
      flush()
      return failed ? nil : CaseIDRun(storage: .file(file), count: written, level: level)
    }

    private mutating func flush() {
      guard !buffer.isEmpty else { return }
      if !failed {
        failed = !buffer.withUnsafeBytes { file.write($0, at: written * 8) }
        written += buffer.count
      }
      buffer.removeAll(keepingCapacity: true)
    }
  }
}
