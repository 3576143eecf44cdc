/// Reads an XML document as a stream of ``XMLEvent``s, a chunk of input at a time, so that
/// memory holds one token, not the document.
///
/// What Office Open XML parts use is read: elements, attributes, character data, the five
/// predefined entities and character references, CDATA sections; comments and processing
/// instructions (the XML declaration too) are skipped. A document type declaration is
/// refused, so no entity can expand (the "billion laughs"), and every end tag must close the
/// element it names. Names keep only their local part in events (`x:row` is `row`), which is
/// enough for parts whose vocabulary is fixed. Input must be UTF-8 (a byte order mark is
/// skipped). Any token longer than ``maxTokenBytes`` or nesting deeper than ``maxDepth`` is
/// an error, as is every malformed construct; nothing is guessed.
///
/// ```swift
/// var scanner = XMLScanner(XMLBytesInput(Array("<a x='1'>hi</a>".utf8)))
/// while let event = try scanner.next() { print(event) }
/// // start("a", [x="1"]), text("hi"), end("a")
/// ```
public struct XMLScanner<Input: XMLInput> {
  /// The longest token (tag, text, comment) read.
  public static var maxTokenBytes: Int { 16 << 20 }
  /// The deepest nesting of elements read.
  public static var maxDepth: Int { 256 }

  private var input: Input
  private var buffer: [UInt8] = []
  /// The next byte to read in ``buffer``.
  private var cursor = 0
  /// The document offset of ``buffer``'s first byte.
  private var base = 0
  private var inputEnded = false
  private var open: [String] = []
  private var pendingEnd: String?
  private var started = false
  private var sawRoot = false

  /// A scanner of the document `input` reads.
  public init(_ input: Input) {
    self.input = input
  }

  /// The document offset of the next byte to read.
  public var offset: Int { base + cursor }

  /// The next event, or `nil` at the end of the document.
  public mutating func next() throws(XMLError) -> XMLEvent? {
    if let name = pendingEnd {
      pendingEnd = nil
      return .end(name)
    }
    if !started {
      started = true
      _ = try available(3)
      if buffer.count - cursor >= 3, buffer[cursor] == 0xEF, buffer[cursor + 1] == 0xBB,
        buffer[cursor + 2] == 0xBF
      {
        cursor += 3
      }
    }
    while true {
      guard try available(1) else {
        if let name = open.last { throw error("the document ends inside <\(name)>") }
        if !sawRoot { throw error("the document has no element") }
        return nil
      }
      if buffer[cursor] != UInt8(ascii: "<") {
        let text = try readText()
        if open.isEmpty {
          guard text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else {
            throw error("text outside the document's element")
          }
          continue
        }
        return .text(text)
      }
      if let event = try readMarkup() { return event }
    }
  }

  /// Skips the rest of the element whose start was just read (its content and end tag).
  public mutating func skipElement() throws(XMLError) {
    let depth = open.count
    if pendingEnd != nil {
      pendingEnd = nil
      return
    }
    while let event = try next() {
      if case .end = event, open.count < depth { return }
    }
  }

  // MARK: Buffer

  /// Whether at least `count` bytes are buffered after the cursor, reading more if needed.
  private mutating func available(_ count: Int) throws(XMLError) -> Bool {
    while buffer.count - cursor < count {
      guard !inputEnded else { return false }
      if cursor > 0 && cursor >= buffer.count / 2 {
        buffer.removeSubrange(0..<cursor)
        base += cursor
        cursor = 0
      }
      if buffer.count - cursor > Self.maxTokenBytes {
        throw error("a tag or text is longer than \(Self.maxTokenBytes) bytes")
      }
      if try input.read(appendingTo: &buffer, upTo: 1 << 16) == 0 { inputEnded = true }
    }
    return true
  }

  /// The index of the first `byte` at or after `from`, reading more input as needed.
  private mutating func find(_ byte: UInt8, from start: Int) throws(XMLError) -> Int? {
    var index = start
    while true {
      while index < buffer.count {
        if buffer[index] == byte { return index }
        index += 1
      }
      let relative = index - cursor
      guard try available(relative + 1) else { return nil }
      index = cursor + relative
    }
  }

  /// The index just after the first occurrence of `terminator` at or after `from`.
  private mutating func find(_ terminator: [UInt8], from start: Int) throws(XMLError) -> Int? {
    var index = start
    while true {
      guard let found = try find(terminator[0], from: index) else { return nil }
      let relative = found - cursor
      guard try available(relative + terminator.count) else { return nil }
      let at = cursor + relative
      if buffer[at..<(at + terminator.count)].elementsEqual(terminator) {
        return at + terminator.count
      }
      index = at + 1
    }
  }

  private func error(_ message: String) -> XMLError {
    XMLError(offset: offset, message)
  }

  // MARK: Tokens

  private mutating func readText() throws(XMLError) -> String {
    let end = try find(UInt8(ascii: "<"), from: cursor) ?? buffer.count
    let text = try decode(cursor..<end, inAttribute: false)
    cursor = end
    return text
  }

  /// Reads markup starting at `<`: an event, or `nil` for something skipped.
  private mutating func readMarkup() throws(XMLError) -> XMLEvent? {
    _ = try available(9)
    let next = cursor + 1 < buffer.count ? buffer[cursor + 1] : 0
    switch next {
    case UInt8(ascii: "?"):
      guard let end = try find(Array("?>".utf8), from: cursor + 2) else {
        throw error("a processing instruction is not closed with '?>'")
      }
      cursor = end
      return nil
    case UInt8(ascii: "!"):
      if buffer[cursor..<min(buffer.count, cursor + 4)].elementsEqual("<!--".utf8) {
        guard let end = try find(Array("-->".utf8), from: cursor + 4) else {
          throw error("a comment is not closed with '-->'")
        }
        cursor = end
        return nil
      }
      if buffer[cursor..<min(buffer.count, cursor + 9)].elementsEqual("<![CDATA[".utf8) {
        guard !open.isEmpty else { throw error("a CDATA section outside the document's element") }
        guard let end = try find(Array("]]>".utf8), from: cursor + 9) else {
          throw error("a CDATA section is not closed with ']]>'")
        }
        guard let text = String(validating: buffer[(cursor + 9)..<(end - 3)], as: UTF8.self) else {
          throw error("the text is not valid UTF-8")
        }
        cursor = end
        return .text(text)
      }
      throw error(
        "a document type declaration or other '<!' markup; DTDs are not read (they could "
          + "expand entities without bound)")
    case UInt8(ascii: "/"):
      guard let close = try find(UInt8(ascii: ">"), from: cursor + 2) else {
        throw error("an end tag is not closed with '>'")
      }
      let name = try qualifiedName(trimmed((cursor + 2)..<close))
      guard let expected = open.last else { throw error("the end tag </\(name)> closes nothing") }
      guard name == expected else {
        throw error("the end tag </\(name)> does not close <\(expected)>")
      }
      open.removeLast()
      cursor = close + 1
      return .end(Self.localName(name))
    default:
      return try readStartTag()
    }
  }

  private mutating func readStartTag() throws(XMLError) -> XMLEvent {
    // The tag ends at the first '>' outside a quoted attribute value.
    var index = cursor + 1
    var quote: UInt8 = 0
    while true {
      if index >= buffer.count {
        let relative = index - cursor
        guard try available(relative + 1) else { throw error("a tag is not closed with '>'") }
        index = cursor + relative
      }
      let byte = buffer[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
        if byte == UInt8(ascii: "<") { throw error("'<' inside a tag (write it as &lt;)") }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      } else if byte == UInt8(ascii: "<") {
        throw error("'<' inside a tag")
      }
      index += 1
    }
    let close = index
    let selfClosing = close > cursor + 1 && buffer[close - 1] == UInt8(ascii: "/")
    let contentEnd = selfClosing ? close - 1 : close
    // The name runs to the first space.
    var nameEnd = cursor + 1
    while nameEnd < contentEnd && !Self.isSpace(buffer[nameEnd]) { nameEnd += 1 }
    let name = try qualifiedName((cursor + 1)..<nameEnd)
    let attributes = try readAttributes(nameEnd..<contentEnd)
    if open.isEmpty && sawRoot { throw error("a second element after the document's element") }
    sawRoot = true
    cursor = close + 1
    let local = Self.localName(name)
    if selfClosing {
      pendingEnd = local
    } else {
      guard open.count < Self.maxDepth else {
        throw error("elements nest deeper than \(Self.maxDepth) levels")
      }
      open.append(name)
    }
    return .start(local, attributes)
  }

  private func readAttributes(_ range: Range<Int>) throws(XMLError) -> [XMLAttribute] {
    var attributes: [XMLAttribute] = []
    var index = range.lowerBound
    while true {
      while index < range.upperBound && Self.isSpace(buffer[index]) { index += 1 }
      if index >= range.upperBound { return attributes }
      guard index == range.lowerBound || Self.isSpace(buffer[index - 1]) else {
        throw error("attributes must be separated by spaces")
      }
      let nameStart = index
      while index < range.upperBound && buffer[index] != UInt8(ascii: "=")
        && !Self.isSpace(buffer[index])
      {
        index += 1
      }
      let name = try qualifiedName(nameStart..<index)
      while index < range.upperBound && Self.isSpace(buffer[index]) { index += 1 }
      guard index < range.upperBound, buffer[index] == UInt8(ascii: "=") else {
        throw error("the attribute '\(name)' has no value")
      }
      index += 1
      while index < range.upperBound && Self.isSpace(buffer[index]) { index += 1 }
      guard index < range.upperBound,
        buffer[index] == UInt8(ascii: "\"") || buffer[index] == UInt8(ascii: "'")
      else { throw error("the value of attribute '\(name)' is not in quotes") }
      let quote = buffer[index]
      let valueStart = index + 1
      index = valueStart
      while index < range.upperBound && buffer[index] != quote { index += 1 }
      guard index < range.upperBound else {
        throw error("the value of attribute '\(name)' is not closed")
      }
      let value = try decode(valueStart..<index, inAttribute: true)
      guard !attributes.contains(where: { $0.name == name }) else {
        throw error("the attribute '\(name)' appears twice")
      }
      attributes.append(XMLAttribute(name: name, value: value))
      index += 1
    }
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    var upper = range.upperBound
    while upper > range.lowerBound && Self.isSpace(buffer[upper - 1]) { upper -= 1 }
    return range.lowerBound..<upper
  }

  /// A name as written, checked for characters a name cannot hold.
  private func qualifiedName(_ range: Range<Int>) throws(XMLError) -> String {
    guard !range.isEmpty else { throw error("a tag or attribute has no name") }
    for byte in buffer[range] {
      switch byte {
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""),
        UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "/"), 0...0x20:
        throw error("a name holds the character '\(UnicodeScalar(byte))'")
      default: break
      }
    }
    guard let name = String(validating: buffer[range], as: UTF8.self) else {
      throw error("a name is not valid UTF-8")
    }
    return name
  }

  private static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// The text in `range` with references replaced; attribute values also have their
  /// whitespace characters normalised to spaces (XML 1.0, 3.3.3).
  private func decode(_ range: Range<Int>, inAttribute: Bool) throws(XMLError) -> String {
    let slice = buffer[range]
    guard slice.contains(where: { $0 == UInt8(ascii: "&") || (inAttribute && $0 < 0x20) }) else {
      guard let text = String(validating: slice, as: UTF8.self) else {
        throw error("the text is not valid UTF-8")
      }
      return text
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(slice.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = buffer[index]
      if byte != UInt8(ascii: "&") {
        bytes.append(inAttribute && (byte == 0x0A || byte == 0x0D || byte == 0x09) ? 0x20 : byte)
        index += 1
        continue
      }
      guard let semicolon = buffer[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
        semicolon - index <= 12
      else { throw error("'&' does not start a reference; write it as &amp;") }
      let name = String(decoding: buffer[(index + 1)..<semicolon], as: UTF8.self)
      let scalar: Unicode.Scalar?
      switch name {
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "amp": scalar = "&"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if name.hasPrefix("#x") {
          scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
          scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        } else {
          throw error("the entity '&\(name);' is not defined")
        }
      }
      guard let scalar, scalar.value != 0 else {
        throw error("'&\(name);' is not a valid character")
      }
      bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
      index = semicolon + 1
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw error("the text is not valid UTF-8")
    }
    return text
  }
}
