/// The parsing engine behind ``JSONParser``: an iterative recursive-descent parser over a
/// UTF-8 buffer, with explicit stacks for open arrays and objects.
///
/// Every access to `bytes` is preceded by a bounds check; nothing here can trap on input.
struct JSONByteParser {
  /// The bytes of JSON's punctuation and of the characters numbers are made of.
  enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
  }

  /// What the parser was looking for when it needed a value (for error messages).
  enum ValueContext {
    case topLevel
    case firstArrayElement
    case arrayElementAfterComma
    case objectMember(String)
  }

  private struct OpenArray {
    var elements: [JSONValue] = []
    var nodes: [PositionNode] = []
    let start: SourcePosition
  }

  private struct OpenObject {
    var members: [String: JSONValue] = [:]
    var nodes: [String: PositionNode.Member] = [:]
    let start: SourcePosition
    var key: String
    var keyPosition: SourcePosition
  }

  /// The UTF-8 text being parsed.
  let bytes: UnsafeBufferPointer<UInt8>
  private let maximumDepth: Int
  /// The next byte of ``bytes`` to read.
  var index = 0
  private var line = 1
  private var lineStart = 0
  /// UTF-8 continuation bytes between `lineStart` and `index`, so columns count scalars.
  var lineContinuationBytes = 0

  private var arrays: [OpenArray] = []
  private var objects: [OpenObject] = []
  /// The kinds of the open containers, innermost last: `true` for objects.
  private var openKinds: [Bool] = []

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  /// The line and column (in Unicode scalars) of the byte at ``index``.
  var position: SourcePosition {
    SourcePosition(line: line, column: index - lineStart - lineContinuationBytes + 1)
  }

  /// The byte at ``index``, or `nil` at the end of the input.
  func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  // MARK: - Document structure

  /// Parses the whole input as one JSON value, with the position of every value in it.
  mutating func parseDocument() throws(JSONParseError) -> JSONDocument {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
    }
    var context = ValueContext.topLevel
    while true {
      skipWhitespace()
      let start = position
      guard let byte = peek() else { throw expectedValueError(context) }
      var value: JSONValue
      var node: PositionNode
      switch byte {
      case ASCII.openBrace:
        try checkDepth()
        index += 1
        skipWhitespace()
        if peek() == ASCII.closeBrace {
          index += 1
          value = .object([:])
          node = PositionNode(position: start, children: .object([:]))
        } else {
          let (key, keyPosition) = try parseKey(afterComma: false, existing: [:])
          objects.append(OpenObject(start: start, key: key, keyPosition: keyPosition))
          openKinds.append(true)
          context = .objectMember(key)
          continue
        }
      case ASCII.openBracket:
        try checkDepth()
        index += 1
        skipWhitespace()
        if peek() == ASCII.closeBracket {
          index += 1
          value = .array([])
          node = PositionNode(position: start, children: .array([]))
        } else {
          arrays.append(OpenArray(start: start))
          openKinds.append(false)
          context = .firstArrayElement
          continue
        }
      case ASCII.quote:
        value = .string(try parseString())
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "t"):
        try parseLiteral("true")
        value = .bool(true)
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "f"):
        try parseLiteral("false")
        value = .bool(false)
        node = PositionNode(position: start, children: .none)
      case UInt8(ascii: "n"):
        try parseLiteral("null")
        value = .null
        node = PositionNode(position: start, children: .none)
      case ASCII.minus, ASCII.zero...ASCII.nine:
        value = .number(try parseNumber())
        node = PositionNode(position: start, children: .none)
      default:
        throw expectedValueError(context)
      }

      // Attach the completed value to the innermost open container, closing containers
      // for as long as their closing bracket follows.
      attach: while true {
        guard let isObject = openKinds.last else {
          skipWhitespace()
          if index < bytes.count {
            throw error(
              "unexpected \(describeFound()) after the top-level value"
                + " (a JSON document holds exactly one value)\(hint())")
          }
          return JSONDocument(root: value, positions: node)
        }
        skipWhitespace()
        if isObject {
          let last = objects.count - 1
          let key = objects[last].key
          objects[last].members[key] = value
          objects[last].nodes[key] = PositionNode.Member(
            keyPosition: objects[last].keyPosition, value: node)
          if peek() == ASCII.comma {
            index += 1
            let (nextKey, keyPosition) = try parseKey(
              afterComma: true, existing: objects[last].nodes)
            objects[last].key = nextKey
            objects[last].keyPosition = keyPosition
            context = .objectMember(nextKey)
            break attach
          }
          guard peek() == ASCII.closeBrace else {
            throw error(
              "expected ',' or '}' after an object member, found \(describeFound())\(hint())")
          }
          index += 1
          let closed = objects.removeLast()
          openKinds.removeLast()
          value = .object(closed.members)
          node = PositionNode(position: closed.start, children: .object(closed.nodes))
        } else {
          let last = arrays.count - 1
          arrays[last].elements.append(value)
          arrays[last].nodes.append(node)
          if peek() == ASCII.comma {
            index += 1
            context = .arrayElementAfterComma
            break attach
          }
          guard peek() == ASCII.closeBracket else {
            throw error(
              "expected ',' or ']' after an array element, found \(describeFound())\(hint())")
          }
          index += 1
          let closed = arrays.removeLast()
          openKinds.removeLast()
          value = .array(closed.elements)
          node = PositionNode(position: closed.start, children: .array(closed.nodes))
        }
      }
    }
  }

  private func checkDepth() throws(JSONParseError) {
    if openKinds.count >= maximumDepth {
      throw error("arrays and objects are nested too deeply (the limit is \(maximumDepth) levels)")
    }
  }

  /// Parses `"key" :` and returns the key and the position of its opening quote.
  private mutating func parseKey(
    afterComma: Bool, existing: [String: PositionNode.Member]
  ) throws(JSONParseError) -> (String, SourcePosition) {
    skipWhitespace()
    let keyPosition = position
    guard peek() == ASCII.quote else {
      if afterComma {
        if peek() == ASCII.closeBrace {
          throw error(
            "expected a string key after ',' in an object, found '}'"
              + " (trailing commas are not allowed)")
        }
        throw error(
          "expected a string key after ',' in an object, found \(describeFound())\(keyHint())")
      }
      throw error("expected a string key or '}' after '{', found \(describeFound())\(keyHint())")
    }
    let key = try parseString()
    if let first = existing[key] {
      throw JSONParseError(
        position: keyPosition,
        message: "duplicate key \(quoted(key)) in an object (first defined at line"
          + " \(first.keyPosition.line), column \(first.keyPosition.column))")
    }
    skipWhitespace()
    guard peek() == ASCII.colon else {
      throw error("expected ':' after the object key \(quoted(key)), found \(describeFound())")
    }
    index += 1
    return (key, keyPosition)
  }

  // MARK: - Whitespace

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09:
        index += 1
      case 0x0A:
        index += 1
        startLine()
      case 0x0D:
        index += 1
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        startLine()
      default:
        return
      }
    }
  }

  private mutating func startLine() {
    line += 1
    lineStart = index
    lineContinuationBytes = 0
  }
}
