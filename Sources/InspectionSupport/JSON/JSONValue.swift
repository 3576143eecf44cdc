/// A JSON value: the in-memory model of every document InspectionKit reads or writes.
///
/// Numbers are IEEE 754 doubles, as in RFC 8259 interoperable JSON and ECMAScript.
/// Objects are unordered; canonical writers sort their keys (see ``CanonicalJSON``).
///
/// Equality is *exact*: strings (values and object keys) compare by their Unicode
/// scalars, not by Swift's canonical equivalence, so two values are equal exactly when
/// their canonical serialisations are byte-identical. Numbers compare with `==`, so `0`
/// and `-0` are equal (both serialise as `0`); NaN, which JSON cannot represent, is
/// treated as equal to itself so that the conformance stays lawful.
///
/// ```swift
/// let value: JSONValue = ["name": "ISO 9001", "weights": [0.5, 0.25], "draft": false]
/// value["name"]?.stringValue  // "ISO 9001"
/// ```
public enum JSONValue: Sendable {
  /// The JSON literal `null`.
  case null
  /// The JSON literals `true` and `false`.
  case bool(Bool)
  /// A JSON number.
  ///
  /// Non-finite values cannot be represented in JSON: ``CanonicalJSON`` writes them as
  /// `null` and ``JSONValueEncoder`` refuses to produce them.
  case number(Double)
  /// A JSON string.
  case string(String)
  /// A JSON array.
  case array([JSONValue])
  /// A JSON object. Keys are unique; their order is not significant.
  case object([String: JSONValue])
}

// MARK: - Accessors

extension JSONValue {
  /// The member named `key` if this value is an object that has it, otherwise `nil`.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members[key]
  }

  /// The element at `index` if this value is an array with that index, otherwise `nil`.
  ///
  /// Out-of-range indices return `nil` instead of trapping.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = self, elements.indices.contains(index) else {
      return nil
    }
    return elements[index]
  }

  /// The value found by following `path` from this value, or `nil` if it does not exist.
  ///
  /// ```swift
  /// document.root[path: ["sections", 0, "id"]]
  /// ```
  public subscript(path path: JSONPath) -> JSONValue? {
    var current = self
    for component in path.components {
      switch component {
      case .key(let key):
        guard let next = current[key] else { return nil }
        current = next
      case .index(let index):
        guard let next = current[index] else { return nil }
        current = next
      }
    }
    return current
  }

  /// Whether this value is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The Boolean if this value is `true` or `false`, otherwise `nil`.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The number if this value is a number, otherwise `nil`.
  public var doubleValue: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The number as an `Int` if this value is an integral number that fits, otherwise `nil`.
  public var intValue: Int? {
    if case .number(let value) = self { return value.exactInteger() }
    return nil
  }

  /// The string if this value is a string, otherwise `nil`.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The elements if this value is an array, otherwise `nil`.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The members if this value is an object, otherwise `nil`.
  public var objectValue: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// A short English description of the kind of value, such as `a number` or `an object`.
  ///
  /// Used in error messages.
  public var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// A description of the value for error messages, such as `a string "high"`.
  ///
  /// Scalars are shown (long strings are shortened); arrays and objects only by kind.
  public var foundDescription: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return "a boolean \(value)"
    case .number(let value): return "a number \(CanonicalJSON.format(value))"
    case .string(let value):
      let scalars = value.unicodeScalars
      if scalars.count <= 40 { return "a string \(CanonicalJSON.compact(self))" }
      let prefix = String(String.UnicodeScalarView(scalars.prefix(37)))
      return "a string \(CanonicalJSON.compact(.string(prefix)).dropLast())...\""
    case .array(let elements):
      return "an array of \(elements.count) element\(elements.count == 1 ? "" : "s")"
    case .object: return "an object"
    }
  }
}

// MARK: - Exact equality and hashing

extension JSONValue: Hashable {
  /// Exact equality: strings and keys compare by Unicode scalars (see the type's overview).
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in a {
        guard let index = b.index(forKey: key) else { return false }
        let (otherKey, otherValue) = b[index]
        guard key.utf8.elementsEqual(otherKey.utf8), value == otherValue else { return false }
      }
      return true
    default: return false
    }
  }

  /// Hashes the value consistently with exact equality.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0 as UInt8)
    case .bool(let value):
      hasher.combine(1 as UInt8)
      hasher.combine(value)
    case .number(let value):
      hasher.combine(2 as UInt8)
      if value.isNaN { hasher.combine(Double.nan.bitPattern) } else { hasher.combine(value) }
    case .string(let value):
      hasher.combine(3 as UInt8)
      JSONValue.hashUTF8(value, into: &hasher)
    case .array(let elements):
      hasher.combine(4 as UInt8)
      hasher.combine(elements.count)
      for element in elements { hasher.combine(element) }
    case .object(let members):
      hasher.combine(5 as UInt8)
      hasher.combine(members.count)
      // Order-independent: combine the members' own hashes commutatively.
      var sum = 0
      for (key, value) in members {
        var memberHasher = Hasher()
        JSONValue.hashUTF8(key, into: &memberHasher)
        memberHasher.combine(value)
        sum = sum &+ memberHasher.finalize()
      }
      hasher.combine(sum)
    }
  }

  private static func hashUTF8(_ string: String, into hasher: inout Hasher) {
    var count = 0
    for byte in string.utf8 {
      hasher.combine(byte)
      count += 1
    }
    hasher.combine(count)
  }
}

// MARK: - Literals

extension JSONValue: ExpressibleByNilLiteral {
  /// Creates `null`.
  public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  /// Creates a Boolean value.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  /// Creates a number from an integer literal.
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
  /// Creates a number from a floating-point literal.
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
  /// Creates a string value.
  public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
  /// Creates an array value.
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// Creates an object value; if a key is repeated, the last value wins.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}

// MARK: - Description

extension JSONValue: CustomStringConvertible {
  /// The compact canonical JSON text of the value.
  public var description: String { CanonicalJSON.compact(self) }
}
