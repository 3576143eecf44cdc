/// An attribute of a start tag.
public struct XMLAttribute: Sendable, Hashable {
  /// The name as written, prefix included (`r:id`).
  public var name: String
  /// The value, with references replaced.
  public var value: String

  /// Creates an attribute.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  /// The name without its namespace prefix (`id` for `r:id`).
  public var localName: Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
  }
}

extension Array where Element == XMLAttribute {
  /// The value of the attribute whose name is `name` as written (`r:id`), or whose local name
  /// is `name` when no attribute is written that way.
  public func value(_ name: String) -> String? {
    first { $0.name == name }?.value ?? first { $0.localName == name }?.value
  }
}
