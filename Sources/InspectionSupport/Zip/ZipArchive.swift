/// A zip archive (PKWARE APPNOTE 6.3) read from bytes in memory: its directory, and each
/// entry's contents, whole or streamed.
///
/// Only what ordinary archives use is read: one disk, no zip64, no encryption, entries
/// stored or deflated. Everything is checked before it is trusted, so a hostile archive is
/// an error, never a crash or unbounded memory:
/// - the directory must lie inside the file, each entry's local header and data inside the
///   part before the directory, and no two entries may overlap (the "overlapping entries"
///   zip bomb shares one compressed stream between many entries);
/// - an entry may not declare more than deflate can produce from its compressed size (1032
///   to 1), and extraction stops as soon as an entry expands past its declared size or the
///   caller's limit, whichever is smaller; the CRC-32 and the size are checked at the end;
/// - names must be unique, and there may be at most ``Limits/maxEntries`` entries.
///
/// ```swift
/// let archive = try ZipArchive(bytes: fileBytes)
/// let xml = try archive.contents(of: "xl/workbook.xml", limit: 1 << 20)
/// ```
public struct ZipArchive: Sendable {
  /// What an archive may hold before it is refused.
  public struct Limits: Sendable, Hashable {
    /// The most entries the directory may list.
    public var maxEntries: Int

    /// Limits with `maxEntries` entries (10,000 by default).
    public init(maxEntries: Int = 10_000) {
      self.maxEntries = maxEntries
    }
  }

  /// One entry of the directory.
  public struct Entry: Sendable, Hashable {
    /// The entry's name (its path in the archive), e.g. `xl/workbook.xml`.
    public var name: String
    /// The compression method: 0 stored, 8 deflate.
    public var method: Int
    /// The general purpose flags (bit 0: encrypted).
    public var flags: Int
    /// The CRC-32 of the uncompressed contents.
    public var crc32: UInt32
    /// The size of the data as stored.
    public var compressedSize: Int
    /// The size of the contents once extracted.
    public var uncompressedSize: Int
    /// Where the entry's local header starts.
    public var headerOffset: Int
    /// Where the entry's data starts (after the local header).
    public var dataOffset: Int
  }

  /// The entries, in directory order.
  public let entries: [Entry]
  private let bytes: [UInt8]
  private let index: [String: Int]

  /// Reads the directory of the archive in `bytes`.
  public init(bytes: [UInt8], limits: Limits = Limits()) throws(ZipError) {
    self.bytes = bytes
    let directory = try Self.findDirectory(bytes)
    guard directory.count <= limits.maxEntries else {
      throw ZipError(
        .tooLarge,
        "the archive lists \(directory.count) entries; at most \(limits.maxEntries) are read")
    }
    var entries: [Entry] = []
    var index: [String: Int] = [:]
    var offset = directory.offset
    for _ in 0..<directory.count {
      let entry = try Self.readDirectoryEntry(bytes, at: &offset, directoryEnd: directory.end)
      guard index[entry.name] == nil else {
        throw ZipError(.malformed, entry: entry.name, "the name appears twice in the archive")
      }
      index[entry.name] = entries.count
      entries.append(try Self.locate(entry, in: bytes, dataEnd: directory.offset))
    }
    // No two entries' headers and data may overlap.
    let ordered = entries.sorted { $0.headerOffset < $1.headerOffset }
    for (first, second) in zip(ordered, ordered.dropFirst())
    where first.dataOffset + first.compressedSize > second.headerOffset {
      throw ZipError(
        .malformed, entry: second.name,
        "overlaps entry '\(first.name)' (the archive reuses its data: a zip bomb, or damage)")
    }
    self.entries = entries
    self.index = index
  }

  /// The entry named `name`, if the archive has one.
  public func entry(named name: String) -> Entry? {
    index[name].map { entries[$0] }
  }

  /// The contents of the entry named `name`, checked against its size and CRC-32; an entry
  /// larger than `limit` bytes is an error of kind ``ZipError/Kind/tooLarge``.
  public func contents(of name: String, limit: Int) throws(ZipError) -> [UInt8] {
    guard let entry = entry(named: name) else {
      throw ZipError(.missingEntry, entry: name, "the archive has no such entry")
    }
    var reader = try self.reader(for: entry, limit: limit)
    var output: [UInt8] = []
    output.reserveCapacity(min(entry.uncompressedSize, 1 << 24))
    while try reader.read(appendingTo: &output, upTo: .max) > 0 {}
    return output
  }

  /// A reader that streams `entry`'s contents, checked against its size and CRC-32; an
  /// entry larger than `limit` bytes is an error of kind ``ZipError/Kind/tooLarge``.
  public func reader(for entry: Entry, limit: Int) throws(ZipError) -> ZipEntryReader {
    guard entry.flags & 1 == 0 else {
      throw ZipError(.unsupported, entry: entry.name, "the entry is encrypted")
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw ZipError(
        .unsupported, entry: entry.name,
        "the entry uses compression method \(entry.method); only stored (0) and deflate (8) "
          + "are read")
    }
    guard entry.uncompressedSize <= limit else {
      throw ZipError(
        .tooLarge, entry: entry.name,
        "declares \(entry.uncompressedSize) bytes; at most \(limit) are read")
    }
    return ZipEntryReader(entry: entry, bytes: bytes)
  }

  // MARK: Directory

  /// The central directory's offset, end and entry count, from the end of central directory
  /// record.
  private static func findDirectory(_ bytes: [UInt8]) throws(ZipError) -> (
    offset: Int, end: Int, count: Int
  ) {
    guard bytes.count >= 22 else {
      throw ZipError(.notAnArchive, "the file is too short to be a zip archive")
    }
    // The record is the last 22 bytes, unless the archive has a comment (up to 65,535 bytes).
    var record = -1
    var candidate = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while candidate >= lowest {
      if read32(bytes, candidate) == 0x0605_4B50
        && candidate + 22 + read16(bytes, candidate + 20) <= bytes.count
      {
        record = candidate
        break
      }
      candidate -= 1
    }
    guard record >= 0 else {
      throw ZipError(
        .notAnArchive,
        "the file is not a zip archive (no end of central directory record); an .xlsx "
          + "workbook is a zip archive")
    }
    let disk = read16(bytes, record + 4)
    let directoryDisk = read16(bytes, record + 6)
    let countOnDisk = read16(bytes, record + 8)
    let count = read16(bytes, record + 10)
    let size = read32(bytes, record + 12)
    let offset = read32(bytes, record + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF
      || (record >= 20 && read32(bytes, record - 20) == 0x0706_4B50)
    {
      throw ZipError(.unsupported, "the archive is in zip64 format, which is not read")
    }
    guard disk == 0, directoryDisk == 0, countOnDisk == count else {
      throw ZipError(.unsupported, "the archive spans several disks, which is not read")
    }
    guard offset + size <= record else {
      throw ZipError(
        .malformed,
        "the central directory (\(size) bytes at offset \(offset)) lies outside the file")
    }
    return (offset, offset + size, count)
  }

  /// Reads the directory entry at `offset` and moves past it.
  private static func readDirectoryEntry(
    _ bytes: [UInt8], at offset: inout Int, directoryEnd: Int
  ) throws(ZipError) -> Entry {
    guard offset + 46 <= directoryEnd, read32(bytes, offset) == 0x0201_4B50 else {
      throw ZipError(
        .malformed, "the central directory is damaged (no entry header at offset \(offset))")
    }
    let nameLength = read16(bytes, offset + 28)
    let extraLength = read16(bytes, offset + 30)
    let commentLength = read16(bytes, offset + 32)
    let next = offset + 46 + nameLength + extraLength + commentLength
    guard next <= directoryEnd else {
      throw ZipError(.malformed, "the central directory is damaged (an entry runs past its end)")
    }
    let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
    let entry = Entry(
      name: name, method: read16(bytes, offset + 10), flags: read16(bytes, offset + 8),
      crc32: UInt32(read32(bytes, offset + 16)), compressedSize: read32(bytes, offset + 20),
      uncompressedSize: read32(bytes, offset + 24), headerOffset: read32(bytes, offset + 42),
      dataOffset: 0)
    if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
      || entry.headerOffset == 0xFFFF_FFFF
    {
      throw ZipError(.unsupported, entry: name, "the entry is in zip64 format, which is not read")
    }
    offset = next
    return entry
  }

  /// Checks `entry`'s local header and finds where its data starts; the data must end by
  /// `dataEnd` (the central directory).
  private static func locate(_ entry: Entry, in bytes: [UInt8], dataEnd: Int) throws(ZipError)
    -> Entry
  {
    let header = entry.headerOffset
    guard header + 30 <= dataEnd, read32(bytes, header) == 0x0403_4B50 else {
      throw ZipError(
        .malformed, entry: entry.name,
        "no local header at offset \(header) (a bad offset, or a damaged archive)")
    }
    let nameLength = read16(bytes, header + 26)
    let extraLength = read16(bytes, header + 28)
    let dataOffset = header + 30 + nameLength + extraLength
    guard dataOffset <= dataEnd, dataOffset + entry.compressedSize <= dataEnd else {
      throw ZipError(
        .malformed, entry: entry.name,
        "its data (\(entry.compressedSize) bytes) runs past the end of the entries")
    }
    guard bytes[(header + 30)..<(header + 30 + nameLength)].elementsEqual(entry.name.utf8) else {
      throw ZipError(
        .malformed, entry: entry.name, "the local header names a different entry")
    }
    if entry.method == 0 && entry.compressedSize != entry.uncompressedSize {
      throw ZipError(
        .malformed, entry: entry.name,
        "a stored entry declares \(entry.compressedSize) bytes stored but "
          + "\(entry.uncompressedSize) extracted")
    }
    // Deflate cannot expand data more than 1032 to 1 (258 bytes from two bits at best).
    if entry.method == 8 && entry.uncompressedSize > entry.compressedSize * 1032 + 1032 {
      throw ZipError(
        .tooLarge, entry: entry.name,
        "declares \(entry.uncompressedSize) bytes from \(entry.compressedSize) compressed, more "
          + "than deflate can produce (a zip bomb, or a damaged archive)")
    }
    var located = entry
    located.dataOffset = dataOffset
    return located
  }

  static func read16(_ bytes: [UInt8], _ offset: Int) -> Int {
    Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
  }

  static func read32(_ bytes: [UInt8], _ offset: Int) -> Int {
    read16(bytes, offset) | read16(bytes, offset + 2) << 16
  }
}
