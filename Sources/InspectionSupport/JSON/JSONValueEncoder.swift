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
