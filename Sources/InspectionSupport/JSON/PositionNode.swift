/// The source positions of a value and, for containers, of its children, mirroring the
/// shape of the ``JSONValue`` it was parsed with.
struct PositionNode: Sendable {
  /// The positions of an object member: its key and its value.
  struct Member: Sendable {
    var keyPosition: SourcePosition
    var value: PositionNode
  }

  enum Children: Sendable {
    case none
    case array([PositionNode])
    case object([String: Member])
  }

  var position: SourcePosition
  var children: Children

  func child(_ component: JSONPath.Component) -> PositionNode? {
    switch (component, children) {
    case (.key(let key), .object(let members)):
      return members[key]?.value
    case (.index(let index), .array(let elements)):
      return elements.indices.contains(index) ? elements[index] : nil
    default:
      return nil
    }
  }
}
