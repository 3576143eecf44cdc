/// A deflate stream (RFC 1951) that cannot be decoded, with where the problem was found.
///
/// ``offset`` is the byte of the compressed input being read when the problem was found;
/// ``description`` reads like `byte 1042 of the compressed data: a distance reaches back
/// 40000 bytes, but only 1200 bytes have been written`.
public struct InflateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem.
  public enum Kind: Sendable, Hashable {
    /// The input ends before the last block does.
    case truncated
    /// A block header names block type 3, which RFC 1951 reserves.
    case invalidBlockType
    /// A stored block's length and its one's complement disagree.
    case storedLengthMismatch
    /// A dynamic block's code lengths do not describe a valid Huffman code.
    case invalidCodeLengths
    /// The bits do not decode to a symbol, or decode to a symbol RFC 1951 does not define.
    case invalidSymbol
    /// A back-reference reaches further back than the output written so far.
    case distanceTooFar
    /// The output would exceed the limit given to the decoder.
    case outputLimit
  }

  /// The kind of problem.
  public var kind: Kind
  /// The byte offset in the compressed input where the problem was found.
  public var offset: Int
  /// What is wrong, without the offset.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, offset: Int, _ message: String) {
    self.kind = kind
    self.offset = offset
    self.message = message
  }

  /// `byte N of the compressed data: message`.
  public var description: String { "byte \(offset) of the compressed data: \(message)" }
}
