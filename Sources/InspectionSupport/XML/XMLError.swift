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

/// Where an ``XMLScanner`` gets its bytes from: a document read a chunk at a time.
public protocol XMLInput {
  /// Appends up to `maxCount` more bytes to `buffer` and returns how many; 0 at the end.
  mutating func read(appendingTo buffer: inout [UInt8], upTo maxCount: Int) throws(XMLError)
    -> Int
}

/// An ``XMLInput`` over bytes in memory.
public struct XMLBytesInput: XMLInput, Sendable {
  private let bytes: [UInt8]
  private var offset = 0

  /// An input over `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public mutating func read(appendingTo buffer: inout [UInt8], upTo maxCount: Int)
    throws(XMLError) -> Int
  {
    let count = min(maxCount, bytes.count - offset)
    buffer.append(contentsOf: bytes[offset..<(offset + count)])
    offset += count
    return count
  }
}
