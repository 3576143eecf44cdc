/// The `Decoder` (and single-value container) for one value.
struct JSONValueDecoderImplementation: Decoder, SingleValueDecodingContainer {
  let value: JSONValue
  let node: PositionNode?
  let codingPath: [any CodingKey]
  let path: JSONPath
  let state: JSONDecodingState
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func child(
    _ value: JSONValue, node: PositionNode?, key: any CodingKey, component: JSONPath.Component
  ) -> JSONValueDecoderImplementation {
    JSONValueDecoderImplementation(
      value: value, node: node, codingPath: codingPath + [key], path: path.appending(component),
      state: state)
  }

  // MARK: Decoder

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else {
      throw mismatch(expected: "an object", type: [String: JSONValue].self)
    }
    var memberNodes: [String: PositionNode.Member]?
    if case .object(let nodes)? = node?.children { memberNodes = nodes }
    let usage = state.register(path: path, members: members, memberNodes: memberNodes)
    return KeyedDecodingContainer(
      KeyedContainer<Key>(decoder: self, members: members, memberNodes: memberNodes, usage: usage))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else {
      throw mismatch(expected: "an array", type: [JSONValue].self)
    }
    var nodes: [PositionNode]?
    if case .array(let elementNodes)? = node?.children { nodes = elementNodes }
    return UnkeyedContainer(decoder: self, elements: elements, nodes: nodes)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  // MARK: SingleValueDecodingContainer

  func decodeNil() -> Bool { value.isNull }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let result) = value else { throw mismatch(expected: "a boolean", type: type) }
    return result
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let result) = value else { throw mismatch(expected: "a string", type: type) }
    return result
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard case .number(let result) = value else { throw mismatch(expected: "a number", type: type) }
    return result
  }

  func decode(_ type: Float.Type) throws -> Float {
    let number = try decode(Double.self)
    let result = Float(number)
    guard result.isFinite else {
      throw DecodingError.dataCorrupted(
        context("the number \(CanonicalJSON.format(number)) is out of range for Float"))
    }
    return result
  }

  func decode(_ type: Int.Type) throws -> Int { try integer() }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
  func decode(_ type: UInt.Type) throws -> UInt { try integer() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(type) }

  // MARK: Unboxing

  private func integer<I: FixedWidthInteger>() throws -> I {
    guard case .number(let number) = value else {
      throw mismatch(expected: "an integer", type: I.self)
    }
    guard number.isWholeNumber else {
      throw DecodingError.typeMismatch(
        I.self, context("expected an integer, found \(value.foundDescription)"))
    }
    guard let result: I = number.exactInteger() else {
      throw DecodingError.dataCorrupted(
        context(
          "the number \(CanonicalJSON.format(number)) is out of range for \(I.self)"
            + " (\(I.min)...\(I.max))"))
    }
    return result
  }

  func unbox<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == JSONValue.self, let result = value as? T { return result }
    do {
      return try T(from: self)
    } catch let error as DecodingError {
      throw improved(error, decoding: type)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: codingPath, debugDescription: "\(error)", underlyingError: error))
    }
  }

  /// Replaces the standard library's message for an invalid raw value of a
  /// `CaseIterable` enum with the list of allowed values.
  private func improved<T>(_ error: DecodingError, decoding type: T.Type) -> DecodingError {
    guard case .dataCorrupted(let errorContext) = error,
      errorContext.codingPath.count == codingPath.count,
      let enumType = T.self as? any (CaseIterable & RawRepresentable).Type
    else { return error }
    let allowed = rawValueDescriptions(enumType)
    guard !allowed.isEmpty else { return error }
    var message =
      "expected one of \(allowed.joined(separator: ", ")), found \(value.foundDescription)"
    if case .string(let found) = value,
      let suggestion = Suggestion.closest(
        to: found, among: allowed.compactMap { JSONValueDecoderImplementation.unquote($0) }.sorted()
      )
    {
      message += " — did you mean '\(suggestion)'?"
    }
    return DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: errorContext.codingPath, debugDescription: message,
        underlyingError: errorContext.underlyingError))
  }

  private func rawValueDescriptions<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String]
  {
    E.allCases.map { element in
      let raw = element.rawValue
      if let string = raw as? String { return CanonicalJSON.compact(.string(string)) }
      return "\(raw)"
    }
  }

  private static func unquote(_ description: String) -> String? {
    guard let document = try? JSONParser.parse(description) else { return nil }
    return document.root.stringValue
  }

  func context(_ message: String) -> DecodingError.Context {
    DecodingError.Context(codingPath: codingPath, debugDescription: message)
  }

  func mismatch(expected: String, type: Any.Type) -> DecodingError {
    if value.isNull {
      return .valueNotFound(type, context("expected \(expected), found null"))
    }
    return .typeMismatch(type, context("expected \(expected), found \(value.foundDescription)"))
  }
}

extension JSONValueDecoderImplementation {
  struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONValueDecoderImplementation
    let members: [String: JSONValue]
    let memberNodes: [String: PositionNode.Member]?
    let usage: Int?

    var codingPath: [any CodingKey] { decoder.codingPath }

    /// The keys present, in document order (or UTF-16 order without positions).
    var allKeys: [Key] {
      let keys: [String]
      if let memberNodes {
        keys = members.keys.sorted {
          let left = memberNodes[$0]?.keyPosition ?? SourcePosition(line: 0, column: 0)
          let right = memberNodes[$1]?.keyPosition ?? SourcePosition(line: 0, column: 0)
          return left < right
        }
      } else {
        keys = CanonicalJSON.sortedKeys(members)
      }
      return keys.compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
      decoder.state.ask(key.stringValue, in: usage)
      return members[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> JSONValueDecoderImplementation {
      let name = key.stringValue
      decoder.state.ask(name, in: usage)
      guard let value = members[name] else {
        throw DecodingError.keyNotFound(
          key, decoder.context("missing required field '\(name)'"))
      }
      return decoder.child(
        value, node: memberNodes?[name]?.value, key: key, component: .key(name))
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
      try child(key).decode(type)
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
      try child(key).decode(type)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
      try child(key).decode(type)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
      try child(key).decode(type)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
      try child(key).decode(type)
    }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
      try child(key).decode(type)
    }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
      try child(key).decode(type)
    }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
      try child(key).decode(type)
    }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
      try child(key).decode(type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
      try child(key).decode(type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
      try child(key).decode(type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      try child(key).unbox(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
      decoder.state.ask(key.stringValue, in: usage)
      guard let value = members[key.stringValue], !value.isNull else { return nil }
      return try child(key).unbox(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
      try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
      try superDecoder(named: JSONCodingKey.superKey)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
      try superDecoder(named: key)
    }

    private func superDecoder(named key: any CodingKey) throws -> any Decoder {
      let name = key.stringValue
      decoder.state.ask(name, in: usage)
      return decoder.child(
        members[name] ?? .null, node: memberNodes?[name]?.value, key: key,
        component: .key(name))
    }
  }

  struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: JSONValueDecoderImplementation
    let elements: [JSONValue]
    let nodes: [PositionNode]?
    var currentIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private func current<T>(_ type: T.Type) throws -> JSONValueDecoderImplementation {
      guard elements.indices.contains(currentIndex) else {
        throw DecodingError.valueNotFound(
          type,
          DecodingError.Context(
            codingPath: codingPath + [JSONCodingKey(index: currentIndex)],
            debugDescription: "expected another element, but the array has only"
              + " \(elements.count)"))
      }
      var node: PositionNode?
      if let nodes, nodes.indices.contains(currentIndex) { node = nodes[currentIndex] }
      return decoder.child(
        elements[currentIndex], node: node, key: JSONCodingKey(index: currentIndex),
        component: .index(currentIndex))
    }

    private mutating func next<T>(
      _ type: T.Type, _ body: (JSONValueDecoderImplementation) throws -> T
    ) throws -> T {
      let result = try body(try current(type))
      currentIndex += 1
      return result
    }

    mutating func decodeNil() throws -> Bool {
      guard try current(JSONValue.self).decodeNil() else { return false }
      currentIndex += 1
      return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: String.Type) throws -> String {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
      try next(type) { try $0.decode(type) }
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try next(type) { try $0.unbox(type) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
      try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next((any UnkeyedDecodingContainer).self) { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
      try next((any Decoder).self) { $0 }
    }
  }
}
