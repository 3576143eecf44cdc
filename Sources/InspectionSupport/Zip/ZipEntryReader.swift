/// Streams one entry of a ``ZipArchive``: inflated (or copied, if stored), stopped as soon as
/// it exceeds its declared size, and checked against its size and CRC-32 at the end.
///
/// ```swift
/// var reader = try archive.reader(for: entry, limit: 1 << 30)
/// var chunk: [UInt8] = []
/// while try reader.read(appendingTo: &chunk, upTo: 65536) > 0 { …; chunk.removeAll() }
/// ```
public struct ZipEntryReader: Sendable {
  /// The entry being read.
  public let entry: ZipArchive.Entry
  private let bytes: [UInt8]
  private var inflater: Inflater?
  private var storedOffset: Int
  private var crc = CRC32()
  private var produced = 0
  private var finished = false

  init(entry: ZipArchive.Entry, bytes: [UInt8]) {
    self.entry = entry
    self.bytes = bytes
    self.storedOffset = entry.dataOffset
    if entry.method == 8 {
      inflater = Inflater(
        bytes, range: entry.dataOffset..<(entry.dataOffset + entry.compressedSize),
        limit: entry.uncompressedSize)
    }
  }

  /// Appends up to `maxCount` more bytes of the contents to `output` and returns how many;
  /// 0 at the end, once the size and CRC-32 have been checked.
  public mutating func read(appendingTo output: inout [UInt8], upTo maxCount: Int)
    throws(ZipError) -> Int
  {
    guard !finished, maxCount > 0 else { return 0 }
    let start = output.count
    if var inflater {
      do {
        _ = try inflater.read(appendingTo: &output, upTo: maxCount)
      } catch {
        if error.kind == .outputLimit {
          throw ZipError(
            .tooLarge, entry: entry.name,
            "expands to more than its declared \(entry.uncompressedSize) bytes (a zip bomb, "
              + "or a damaged archive)")
        }
        throw ZipError(.corruptData, entry: entry.name, "cannot be decompressed: \(error)")
      }
      self.inflater = inflater
    } else {
      let end = entry.dataOffset + entry.compressedSize
      let count = min(maxCount, end - storedOffset)
      output.append(contentsOf: bytes[storedOffset..<(storedOffset + count)])
      storedOffset += count
    }
    let count = output.count - start
    output.withUnsafeBufferPointer { crc.update(UnsafeBufferPointer(rebasing: $0[start...])) }
    produced += count
    if count == 0 {
      finished = true
      try check()
    }
    return count
  }

  private func check() throws(ZipError) {
    guard produced == entry.uncompressedSize else {
      throw ZipError(
        .corruptData, entry: entry.name,
        "holds \(produced) bytes but declares \(entry.uncompressedSize) (a damaged archive)")
    }
    guard crc.value == entry.crc32 else {
      throw ZipError(
        .corruptData, entry: entry.name,
        "its CRC-32 does not match its contents (a damaged archive)")
    }
  }
}
