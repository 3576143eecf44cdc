// Driving the scan
//
// Chunks are read from the source as they are used up; each record is taken whole from the
// chunk where it can be (`CSVReader+InPlaceLines.swift`), by the state machine otherwise.
extension CSVReader {
  /// Scans until a record is assembled (`true`) or the input ends (`false`).
  mutating func readRecord() throws(CSVError) -> Bool {
    if detectingSeparator { try detectSeparator() }
    while true {
      if chunkPos >= chunkCount {
        if !sourceEnded { try fill() }
        if chunkPos >= chunkCount && sourceEnded { return try finishAtEndOfInput() }
        continue
      }
      if let line = scanLineInPlace() {
        inPlace = line
        recordLine = self.line
        return true
      }
      let buffer = chunk
      let step = buffer.withUnsafeBufferPointer { scan($0) }
      switch step {
      case .needMore: continue
      case .record: return true
      case .failed(let error): throw error
      }
    }
  }

  /// Replaces the chunk with the next bytes from the source; checks for a BOM the first time.
  mutating func fill() throws(CSVError) {
    chunkBase += chunkCount
    chunkPos = 0
    chunkCount = 0
    let wanted = bomChecked ? 1 : 3
    var buffer: [UInt8] = []
    swap(&buffer, &chunk)
    defer { swap(&buffer, &chunk) }
    while chunkCount < wanted {
      let offset = chunkCount
      // `withUnsafeMutableBytes` is `rethrows`, so carry the typed error out in a Result.
      let result = buffer.withUnsafeMutableBytes { raw in
        Result { () throws(CSVError) -> Int in
          try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...]))
        }
      }
      let read = try result.get()
      // A misbehaving source must not make the reader index out of bounds.
      let count = min(max(read, 0), buffer.count - offset)
      if count == 0 {
        sourceEnded = true
        break
      }
      chunkCount += count
    }
    if !bomChecked {
      bomChecked = true
      if chunkCount >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
        chunkPos = 3
        lineStart = 3
      }
    }
  }

  /// The column of the byte at `index` in the current chunk.
  func column(at index: Int) -> Int {
    chunkBase + index - lineStart - lineContinuations + 1
  }

  /// Moves to the next physical line, which starts at `index` of the current chunk.
  mutating func startLine(at index: Int) {
    line += 1
    lineStart = chunkBase + index
    lineContinuations = 0
  }
}
