/// A zip archive that cannot be read, or an entry of it that cannot be extracted.
///
/// ``description`` names the entry when there is one:
/// `entry 'xl/worksheets/sheet1.xml': expands to more than its declared 5120 bytes (a zip
/// bomb, or a damaged archive)`.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem.
  public enum Kind: Sendable, Hashable {
    /// The bytes are not a zip archive (no end of central directory record).
    case notAnArchive
    /// The archive's structure is inconsistent: offsets or sizes out of bounds, entries that
    /// overlap, a header that does not match its directory entry.
    case malformed
    /// A feature this reader does not support: zip64, encryption, several disks, a
    /// compression method other than stored or deflate.
    case unsupported
    /// An entry declares, or expands to, more bytes than allowed or than it declared.
    case tooLarge
    /// An entry's data does not decode, or does not match its size or CRC-32.
    case corruptData
    /// No entry has the name asked for.
    case missingEntry
  }

  /// The kind of problem.
  public var kind: Kind
  /// The entry concerned, if any.
  public var entry: String?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, entry: String? = nil, _ message: String) {
    self.kind = kind
    self.entry = entry
    self.message = message
  }

  /// The message, after the entry's name when there is one.
  public var description: String {
    entry.map { "entry '\($0)': \(message)" } ?? message
  }
}
