/// The location of a value inside a JSON document: a sequence of object keys and array
/// indices from the root.
///
/// The description uses a JavaScript-like notation without a leading root marker:
/// `sections[0].criteria[2].id`. Keys that are not plain identifiers (ASCII letters,
/// digits and `_`, not starting with a digit) are written in brackets as JSON strings,
/// e.g. `labels["en-GB"]`. The root path (no components) is written as `$`.
///
/// ```swift
/// let path: JSONPath = ["sections", 0, "criteria"]
/// path.appending(.index(2)).appending(.key("id")).description  // sections[0].criteria[2].id
/// ```
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  /// One step of a path: an object key or an array index.
  public enum Component: Hashable, Sendable, CustomStringConvertible {
    /// The member of an object with this key.
    case key(String)
    /// The element of an array at this 0-based index.
    case index(Int)

    /// The component as it appears in a path description (`.id`, `[3]`, `["a b"]`).
    public var description: String {
      switch self {
      case .index(let index): return "[\(index)]"
      case .key(let key):
        return JSONPath.isIdentifier(key) ? ".\(key)" : "[\(CanonicalJSON.compact(.string(key)))]"
      }
    }
  }

  /// The components from the root to the value.
  public var components: [Component]

  /// The path of the root value (no components).
  public static let root = JSONPath([])

  /// Creates a path from its components.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// Whether this is the root path.
  public var isRoot: Bool { components.isEmpty }

  /// The path with `component` added at the end.
  public func appending(_ component: Component) -> JSONPath {
    var copy = self
    copy.components.append(component)
    return copy
  }

  /// The path with the object key `key` added at the end.
  public func appending(key: String) -> JSONPath { appending(.key(key)) }

  /// The path with the array index `index` added at the end.
  public func appending(index: Int) -> JSONPath { appending(.index(index)) }

  /// The path without its last component, or `nil` for the root.
  public var parent: JSONPath? {
    guard !components.isEmpty else { return nil }
    return JSONPath(Array(components.dropLast()))
  }

  /// The path in `sections[0].criteria[2].id` notation; `$` for the root.
  public var description: String {
    guard !components.isEmpty else { return "$" }
    var result = ""
    for component in components { result += component.description }
    if result.hasPrefix(".") { result.removeFirst() }
    return result
  }

  static func isIdentifier(_ key: String) -> Bool {
    guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return false }
    return key.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        return true
      default:
        return false
      }
    }
  }
}

extension JSONPath: ExpressibleByArrayLiteral {
  /// Creates a path from literal components: `["sections", 0, "id"]`.
  public init(arrayLiteral elements: Component...) {
    self.init(elements)
  }
}

extension JSONPath.Component: ExpressibleByStringLiteral {
  /// Creates a key component from a string literal.
  public init(stringLiteral value: String) { self = .key(value) }
}

extension JSONPath.Component: ExpressibleByIntegerLiteral {
  /// Creates an index component from an integer literal.
  public init(integerLiteral value: Int) { self = .index(value) }
}
