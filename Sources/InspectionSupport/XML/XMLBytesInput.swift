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
