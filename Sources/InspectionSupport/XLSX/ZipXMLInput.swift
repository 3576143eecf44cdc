/// A zip entry's contents as an ``XMLInput``.
struct ZipXMLInput: XMLInput {
  var reader: ZipEntryReader

  mutating func read(appendingTo buffer: inout [UInt8], upTo maxCount: Int) throws(XMLError)
    -> Int
  {
    do {
      return try reader.read(appendingTo: &buffer, upTo: maxCount)
    } catch {
      throw XMLError(offset: nil, error.message)
    }
  }
}
