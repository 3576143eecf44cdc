/// Encodes `Encodable` values into ``JSONValue`` trees, for writing with
/// ``CanonicalJSON``.
///
/// A complete `Encoder`: keyed, unkeyed and single-value containers, nested containers
/// and super encoders all work as with Foundation's `JSONEncoder`. Specifics:
///
/// - `nil` optionals in synthesized `Codable` types are omitted (they go through
///   `encodeIfPresent`); an explicit `encodeNil` writes `null`.
/// - Integers become numbers. An integer that a `Double` cannot hold exactly (beyond
///   ±2⁵³ and not a multiple of the spacing there) throws `EncodingError.invalidValue`,
///   so every written integer reads back unchanged.
/// - Non-finite `Double`/`Float` values (NaN, ±infinity) throw
///   `EncodingError.invalidValue`.
/// - There are no special strategies: types such as `Date` or `Data` encode as their own
///   `Encodable` implementations do (a number and an array of bytes respectively).
/// - A ``JSONValue`` encodes as itself.
///
/// ```swift
/// struct Criterion: Codable { var id: String; var weight: Double; var note: String? }
/// let value = try JSONValueEncoder().encode(Criterion(id: "c1", weight: 2, note: nil))
/// CanonicalJSON.compact(value)  // {"id":"c1","weight":2}
/// ```
public struct JSONValueEncoder: Sendable {
  /// Creates an encoder.
  public init() {}

  /// Encodes `value` as a JSON value.
  ///
  /// - Throws: `EncodingError.invalidValue` for non-finite numbers, integers a double
  ///   cannot hold exactly, and a top-level value that encodes nothing; or any error
  ///   thrown by the value's `encode(to:)`.
  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    let root = EncodingNode()
    try EncodingNode.encode(value, into: root, codingPath: [])
    guard root.kind != .empty else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
    }
    return root.resolve()
  }
}

/// A mutable tree built while encoding; resolved into a ``JSONValue`` at the end.
final class EncodingNode {
  enum Kind { case empty, scalar, array, object }

  var kind = Kind.empty
  var scalar = JSONValue.null
  var elements: [EncodingNode] = []
  var members: [String: EncodingNode] = [:]

  init() {}

  init(scalar: JSONValue) {
    self.kind = .scalar
    self.scalar = scalar
  }

  func becomeObject() {
    if kind != .object {
      kind = .object
      members = [:]
    }
  }

  func becomeArray() {
    if kind != .array {
      kind = .array
      elements = []
    }
  }

  func set(_ value: JSONValue) {
    kind = .scalar
    scalar = value
  }

  /// Nodes that never received a value resolve to `{}`, as with Foundation's encoder.
  func resolve() -> JSONValue {
    switch kind {
    case .empty: return .object([:])
    case .scalar: return scalar
    case .array: return .array(elements.map { $0.resolve() })
    case .object: return .object(members.mapValues { $0.resolve() })
    }
  }

  /// Encodes `value` into `node`, with fast paths for JSON values and numbers.
  static func encode<T: Encodable>(
    _ value: T, into node: EncodingNode, codingPath: [any CodingKey]
  ) throws {
    if let json = value as? JSONValue {
      try validate(json, codingPath: codingPath)
      node.set(json)
    } else {
      try value.encode(to: JSONValueEncoderImplementation(node: node, codingPath: codingPath))
    }
  }

  static func number(_ value: Double, codingPath: [any CodingKey]) throws -> JSONValue {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: codingPath,
          debugDescription: "\(value) cannot be written as JSON: numbers must be finite."))
    }
    return .number(value)
  }

  static func number<I: BinaryInteger>(_ value: I, codingPath: [any CodingKey]) throws -> JSONValue
  {
    guard let double = Double(exactly: value) else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: codingPath,
          debugDescription: "The integer \(value) cannot be written as a JSON number exactly"
            + " (JSON numbers are 64-bit doubles)."))
    }
    return .number(double)
  }

  private static func validate(_ value: JSONValue, codingPath: [any CodingKey]) throws {
    switch value {
    case .number(let number): _ = try self.number(number, codingPath: codingPath)
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        try validate(element, codingPath: codingPath + [JSONCodingKey(index: index)])
      }
    case .object(let members):
      for (key, member) in members {
        try validate(member, codingPath: codingPath + [JSONCodingKey(stringValue: key)])
      }
    case .null, .bool, .string: break
    }
  }
}

/// A coding key for object members and array elements that have no key type of their own.
struct JSONCodingKey: CodingKey, Hashable {
  let stringValue: String
  let intValue: Int?

  init(stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
  }

  init?(intValue: Int) {
    self.init(index: intValue)
  }

  init(index: Int) {
    self.stringValue = "Index \(index)"
    self.intValue = index
  }

  static let superKey = JSONCodingKey(stringValue: "super")
}

struct JSONValueEncoderImplementation: Encoder {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.becomeObject()
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.becomeArray()
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(node: node, codingPath: codingPath)
  }

  struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    private func put(_ value: JSONValue, _ key: Key) {
      node.members[key.stringValue] = EncodingNode(scalar: value)
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
      put(try EncodingNode.number(value, codingPath: path(key)), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
      put(try EncodingNode.number(Double(value), codingPath: path(key)), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }

    private func integer<I: BinaryInteger>(_ value: I, _ key: Key) throws {
      put(try EncodingNode.number(value, codingPath: path(key)), key)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      let child = EncodingNode()
      try EncodingNode.encode(value, into: child, codingPath: path(key))
      node.members[key.stringValue] = child
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      let child = EncodingNode()
      child.becomeObject()
      node.members[key.stringValue] = child
      return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: path(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      let child = EncodingNode()
      child.becomeArray()
      node.members[key.stringValue] = child
      return UnkeyedContainer(node: child, codingPath: path(key))
    }

    mutating func superEncoder() -> any Encoder {
      let child = EncodingNode()
      node.members[JSONCodingKey.superKey.stringValue] = child
      return JSONValueEncoderImplementation(
        node: child, codingPath: codingPath + [JSONCodingKey.superKey])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
      let child = EncodingNode()
      node.members[key.stringValue] = child
      return JSONValueEncoderImplementation(node: child, codingPath: path(key))
    }
  }

  struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONCodingKey(index: count)] }

    private func append(_ value: JSONValue) { node.elements.append(EncodingNode(scalar: value)) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws {
      append(try EncodingNode.number(value, codingPath: nextPath))
    }
    mutating func encode(_ value: Float) throws {
      append(try EncodingNode.number(Double(value), codingPath: nextPath))
    }
    mutating func encode(_ value: Int) throws { try integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }

    private func integer<I: BinaryInteger>(_ value: I) throws {
      append(try EncodingNode.number(value, codingPath: nextPath))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
      let child = EncodingNode()
      try EncodingNode.encode(value, into: child, codingPath: nextPath)
      node.elements.append(child)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
      let path = nextPath
      let child = EncodingNode()
      child.becomeObject()
      node.elements.append(child)
      return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      let path = nextPath
      let child = EncodingNode()
      child.becomeArray()
      node.elements.append(child)
      return UnkeyedContainer(node: child, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
      let path = nextPath
      let child = EncodingNode()
      node.elements.append(child)
      return JSONValueEncoderImplementation(node: child, codingPath: path)
    }
  }

  struct SingleValueContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode(_ value: Bool) throws { node.set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.set(.string(value)) }
    mutating func encode(_ value: Double) throws {
      node.set(try EncodingNode.number(value, codingPath: codingPath))
    }
    mutating func encode(_ value: Float) throws {
      node.set(try EncodingNode.number(Double(value), codingPath: codingPath))
    }
    mutating func encode(_ value: Int) throws { try integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }

    private func integer<I: BinaryInteger>(_ value: I) throws {
      node.set(try EncodingNode.number(value, codingPath: codingPath))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try EncodingNode.encode(value, into: node, codingPath: codingPath)
    }
  }
}
