/// Where an ``XMLScanner`` gets its bytes from: a document read a chunk at a time.
public protocol XMLInput {
  /// Appends up to `maxCount` more bytes to `buffer` and returns how many; 0 at the end.
  mutating func read(appendingTo buffer: inout [UInt8], upTo maxCount: Int) throws(XMLError)
    -> Int
}
