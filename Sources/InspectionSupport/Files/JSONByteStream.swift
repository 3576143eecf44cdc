/// Bytes read in chunks from a ``ByteSource``, with the line and column of the next byte.
///
/// Lines break at LF, CRLF or a lone CR; columns count Unicode scalars and start at 1 — the
/// same convention as ``JSONParser``, so positions agree.
package struct JSONByteStream {
  private var source: any ByteSource
  private var chunk: [UInt8]
  private var available = 0
  private var index = 0
  private var finished = false
  private var afterCR = false
  /// Where the next byte is.
  package private(set) var position = SourcePosition(line: 1, column: 1)
  /// Why reading failed, if a failure ended the stream.
  package private(set) var failure: String?
  /// Whether the last ``captureValue(into:limit:)`` stopped at its limit.
  package private(set) var exceededLimit = false

  /// Reads `source` in chunks of `chunkSize` bytes (64 KiB unless the input is known to be
  /// smaller: a sample held in memory needs no bigger buffer than itself).
  package init(source: any ByteSource, chunkSize: Int = 1 << 16) {
    self.source = source
    self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
  }

  /// The next byte, without consuming it; `nil` at the end.
  package mutating func peek() -> UInt8? {
    if index >= available { refill() }
    return index < available ? chunk[index] : nil
  }

  /// Consumes the next byte and returns it; `nil` at the end.
  package mutating func next() -> UInt8? {
    guard let byte = peek() else { return nil }
    index += 1
    switch byte {
    case 0x0A:
      if !afterCR {
        position.line += 1
        position.column = 1
      }
      afterCR = false
    case 0x0D:
      position.line += 1
      position.column = 1
      afterCR = true
    default:
      afterCR = false
      if byte & 0xC0 != 0x80 { position.column += 1 }
    }
    return byte
  }

  /// Skips JSON white space.
  package mutating func skipWhitespace() {
    while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      _ = next()
    }
  }

  /// Skips a UTF-8 byte-order mark at the very start.
  package mutating func skipByteOrderMark() {
    guard peek() == 0xEF, index + 2 < available, chunk[index + 1] == 0xBB,
      chunk[index + 2] == 0xBF
    else { return }
    index += 3
  }

  /// Copies one JSON value's bytes (object, array, string or scalar), checking only that its
  /// brackets and strings balance; the JSON parser checks the rest. Returns `false` at the end
  /// of input before the value is complete, or once more than `limit` bytes were copied
  /// (``exceededLimit`` then says so).
  package mutating func captureValue(into bytes: inout [UInt8], limit: Int = .max) -> Bool {
    var depth = 0
    var inString = false
    var escaped = false
    exceededLimit = false
    while let byte = peek() {
      if bytes.count >= limit {
        exceededLimit = true
        return false
      }
      if inString {
        bytes.append(byte)
        _ = next()
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
          if depth == 0 { return true }
        }
        continue
      }
      switch byte {
      case 0x22:
        inString = true
      case 0x7B, 0x5B:
        depth += 1
      case 0x7D, 0x5D:
        if depth == 0 { return !bytes.isEmpty }  // a scalar ends at its container's close
        depth -= 1
      case 0x2C, 0x20, 0x0A, 0x0D, 0x09:
        if depth == 0 { return !bytes.isEmpty }
      default:
        break
      }
      bytes.append(byte)
      _ = next()
      if depth == 0, byte == 0x7D || byte == 0x5D { return true }
    }
    return false
  }

  private mutating func refill() {
    index = 0
    available = 0
    guard !finished else { return }
    do {
      var source = self.source
      let count = try chunk.withUnsafeMutableBytes { (buffer) throws(CSVError) -> Int in
        try source.read(into: buffer)
      }
      self.source = source
      available = max(0, min(count, chunk.count))
      if available == 0 { finished = true }
    } catch {
      failure = (error as? CSVError)?.message ?? "\(error)"
      finished = true
    }
  }
}
