// The separator of a file
//
// With `Separator.detect`, the first line decides: before the first record, the reader reads
// on until the first line is in its chunk (or the chunk is full), and takes the comma,
// semicolon or tab it holds most of outside quotes.
extension CSVReader {
  /// Reads the first line into the chunk and sets ``separator`` from it.
  mutating func detectSeparator() throws(CSVError) {
    detectingSeparator = false
    if chunkCount == 0 && !sourceEnded { try fill() }
    while !sourceEnded && chunkCount < chunk.count
      && !chunk[chunkPos..<chunkCount].contains(where: { $0 == Self.lf || $0 == Self.cr })
    {
      try readMore()
    }
    separator = Self.likelySeparator(chunk[chunkPos..<chunkCount])
  }

  /// The separator ``Separator/detect`` chooses for text starting with `bytes`: the comma,
  /// semicolon or tab its first line holds most of outside quotes; a comma when none, or on
  /// a tie.
  ///
  /// ```swift
  /// CSVReader.likelySeparator(Array("case;roh;\"a,b\"\n".utf8)[...])   // ';'
  /// ```
  public static func likelySeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
    var counts = [Int](repeating: 0, count: Separator.detectable.count)
    var quoted = false
    for byte in bytes {
      if byte == quote {
        quoted.toggle()
        continue
      }
      if quoted { continue }
      if byte == lf || byte == cr { break }
      if let index = Separator.detectable.firstIndex(of: byte) { counts[index] += 1 }
    }
    var best = 0
    for index in counts.indices where counts[index] > counts[best] { best = index }
    return Separator.detectable[best]
  }

  /// How a separator is named in messages: `','`, `';'`, `a tab`.
  static func name(ofSeparator byte: UInt8) -> String {
    byte == 0x09 ? "tab" : "'\(Character(Unicode.Scalar(byte)))'"
  }

  /// Appends the next bytes from the source to the chunk (which must have room).
  private mutating func readMore() throws(CSVError) {
    let offset = chunkCount
    var buffer: [UInt8] = []
    swap(&buffer, &chunk)
    defer { swap(&buffer, &chunk) }
    let result = buffer.withUnsafeMutableBytes { raw in
      Result { () throws(CSVError) -> Int in
        try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...]))
      }
    }
    let count = min(max(try result.get(), 0), buffer.count - offset)
    if count == 0 {
      sourceEnded = true
    } else {
      chunkCount += count
    }
  }
}
