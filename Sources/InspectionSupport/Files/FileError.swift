/// A file could not be read or written.
public struct FileError: Error, CustomStringConvertible, Sendable {
  /// What kind of failure it was.
  public enum Kind: Sendable, Hashable {
    /// The system refused or failed (missing file, permissions, I/O error, full disk).
    case system
    /// The input is larger than the limit for its kind (``InputFile/read(_:limit:what:)``).
    case tooLarge
    /// The path names a directory where a file was expected.
    case isDirectory
    /// The output cannot be written as asked (read-only, a dangling link, not a file).
    case unwritable
  }

  /// What went wrong, naming the file.
  public let message: String
  /// What kind of failure it was.
  public let kind: Kind

  init(_ message: String, kind: Kind = .system) {
    self.message = message
    self.kind = kind
  }

  public var description: String { message }
}
