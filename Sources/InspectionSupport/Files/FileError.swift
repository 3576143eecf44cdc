/// A file could not be read or written.
public struct FileError: Error, CustomStringConvertible {
  /// What went wrong, naming the file.
  public let message: String

  init(_ message: String) { self.message = message }

  public var description: String { message }
}
