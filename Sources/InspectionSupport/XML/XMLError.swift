/// XML that cannot be read, with the byte offset in its document where the problem is.
///
/// ``description`` reads like `byte 1042: the end tag </row> does not close <c>`.
public struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The byte offset in the document, or `nil` when the problem has no place in it (the
  /// input could not be read).
  public var offset: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(offset: Int?, _ message: String) {
    self.offset = offset
    self.message = message
  }

  /// `byte N: message`, or the message alone.
  public var description: String { offset.map { "byte \($0): \(message)" } ?? message }
}
