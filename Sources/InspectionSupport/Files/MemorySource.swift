/// A ``ByteSource`` over bytes in memory, optionally handed out in small pieces.
///
/// `maxChunk` limits how many bytes each ``read(into:)`` returns, which lets tests exercise
/// every chunk boundary (a CRLF or a multi-byte character split between two reads).
///
/// ```swift
/// let source = MemorySource(Array("x,\"y\"\r\n".utf8), maxChunk: 3)
/// ```
public struct MemorySource: ByteSource, Sendable {
  private let bytes: [UInt8]
  private let maxChunk: Int
  private var offset = 0

  /// Creates a source over `bytes` that returns at most `maxChunk` (at least 1) bytes a read.
  public init(_ bytes: [UInt8], maxChunk: Int = .max) {
    self.bytes = bytes
    self.maxChunk = max(1, maxChunk)
  }

  /// Creates a source over the UTF-8 encoding of `text`.
  public init(_ text: String, maxChunk: Int = .max) {
    self.init(Array(text.utf8), maxChunk: maxChunk)
  }

  /// Copies up to `min(buffer.count, maxChunk)` of the remaining bytes into `buffer`.
  public mutating func read(
    into buffer: UnsafeMutableRawBufferPointer
  ) throws(CSVError) -> Int {
    let count = min(buffer.count, maxChunk, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      let slice = UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)])
      buffer.copyMemory(from: slice)
    }
    offset += count
    return count
  }
}
