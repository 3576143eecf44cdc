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
