/// A parsed JSON document: the root value plus the source position of every value and
/// of every object key.
///
/// Documents come from ``JSONParser``; ``JSONValueDecoder`` uses the positions to point
/// errors at the offending line and column.
///
/// ```swift
/// let document = try JSONParser.parse(#"{"sections": [{"id": "a"}]}"#)
/// document.position(of: ["sections", 0, "id"])     // 1:22
/// document.keyPosition(of: ["sections", 0, "id"])  // 1:16
/// ```
public struct JSONDocument: Sendable {
  /// The top-level value.
  public let root: JSONValue
  let positions: PositionNode?

  /// Creates a document for a value that has no source text (all positions are `nil`).
  public init(root: JSONValue) {
    self.root = root
    self.positions = nil
  }

  init(root: JSONValue, positions: PositionNode) {
    self.root = root
    self.positions = positions
  }

  /// The value at `path`, or `nil` if there is none.
  public func value(at path: JSONPath) -> JSONValue? {
    root[path: path]
  }

  /// The position of the first character of the value at `path` (its opening quote,
  /// bracket or brace, first digit or sign), or `nil` if there is no such value or the
  /// document has no source text.
  public func position(of path: JSONPath) -> SourcePosition? {
    node(at: path)?.position
  }

  /// The position of the opening quote of the key of the member at `path`, or `nil` if
  /// `path` does not end with a key of an existing member.
  public func keyPosition(of path: JSONPath) -> SourcePosition? {
    guard case .key(let key)? = path.components.last, let parent = path.parent,
      case .object(let members)? = node(at: parent)?.children
    else { return nil }
    return members[key]?.keyPosition
  }

  /// The position of the value at `path` or, if it does not exist, of its nearest
  /// existing ancestor.
  public func nearestPosition(of path: JSONPath) -> SourcePosition? {
    guard var node = positions else { return nil }
    for component in path.components {
      guard let next = node.child(component) else { break }
      node = next
    }
    return node.position
  }

  func node(at path: JSONPath) -> PositionNode? {
    guard var node = positions else { return nil }
    for component in path.components {
      guard let next = node.child(component) else { return nil }
      node = next
    }
    return node
  }
}

extension JSONDocument {
  /// The same document with a different root value, keeping the positions by path.
  ///
  /// Use it to drop or adjust members before decoding while errors still point into the
  /// original text; paths that no longer exist simply have no position.
  public func replacingRoot(_ root: JSONValue) -> JSONDocument {
    guard let positions else { return JSONDocument(root: root) }
    return JSONDocument(root: root, positions: positions)
  }
}
