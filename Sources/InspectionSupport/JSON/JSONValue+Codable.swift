extension JSONValue: Codable {
  /// Decodes any JSON value.
  ///
  /// ``JSONValueDecoder`` hands over the value directly; other decoders (such as
  /// Foundation's `JSONDecoder`) are probed for null, Boolean, number, string, object and
  /// array in that order.
  public init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer() {
      if single.decodeNil() {
        self = .null
        return
      }
      if let value = try? single.decode(Bool.self) {
        self = .bool(value)
        return
      }
      if let value = try? single.decode(Double.self) {
        self = .number(value)
        return
      }
      if let value = try? single.decode(String.self) {
        self = .string(value)
        return
      }
    }
    if let keyed = try? decoder.container(keyedBy: JSONCodingKey.self) {
      var members: [String: JSONValue] = [:]
      for key in keyed.allKeys {
        members[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key)
      }
      self = .object(members)
      return
    }
    var unkeyed = try decoder.unkeyedContainer()
    var elements: [JSONValue] = []
    while !unkeyed.isAtEnd {
      elements.append(try unkeyed.decode(JSONValue.self))
    }
    self = .array(elements)
  }

  /// Encodes the value as itself.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .bool(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .number(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .string(let value):
      var container = encoder.singleValueContainer()
      try container.encode(value)
    case .array(let elements):
      var container = encoder.unkeyedContainer()
      for element in elements { try container.encode(element) }
    case .object(let members):
      var container = encoder.container(keyedBy: JSONCodingKey.self)
      for key in CanonicalJSON.sortedKeys(members) {
        if let member = members[key] {
          try container.encode(member, forKey: JSONCodingKey(stringValue: key))
        }
      }
    }
  }
}
