/// Decodes `Decodable` types from ``JSONDocument``s strictly, reporting errors with the
/// path, line and column of the offending value.
///
/// A complete `Decoder`: keyed, unkeyed and single-value containers, nested containers
/// and super decoders work as with Foundation's `JSONDecoder`, but nothing is coerced:
///
/// - A value of the wrong kind is an error (`expected a number, found a string "high"`).
/// - Integers must be integral and in range for the requested type (`2.5` is not an
///   `Int`, `300` is not a `UInt8`); `Float`s must be in range.
/// - A missing required key is an error, located at the object that lacks it, with a
///   hint when the object has a similarly spelled key.
/// - With `rejectUnknownKeys` (the default), every object member that the decoding never
///   asked about (through `decode`, `decodeIfPresent`, `decodeNil`, `contains`, a nested
///   container or a super decoder) is reported as an unknown field, with a "did you mean"
///   suggestion among the keys the type asked for. All unknown fields are reported at
///   once, in document order (see ``JSONDecodingError/additionalErrors``). Objects
///   decoded as ``JSONValue`` or as dictionaries are never checked.
/// - Errors thrown by a type's own `init(from:)` become ``JSONDecodingError``s with the
///   path and position from their `DecodingError` context; other errors are located at
///   the value whose `init(from:)` threw them.
/// - A String- or Int-backed `CaseIterable` enum given an unknown raw value reports the
///   allowed values.
///
/// When several errors are possible, the first one met while decoding is reported;
/// unknown fields are checked only after everything else decoded successfully.
///
/// ```swift
/// let document = try JSONParser.parse(text)
/// let framework = try JSONValueDecoder().decode(Framework.self, from: document)
/// ```
public struct JSONValueDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Decodes a `T` from a parsed document, using its positions in errors.
  ///
  /// - Throws: ``JSONDecodingError`` for the first problem (or all unknown fields).
  public func decode<T: Decodable>(
    _ type: T.Type, from document: JSONDocument, rejectUnknownKeys: Bool = true
  ) throws(JSONDecodingError) -> T {
    let state = JSONDecodingState(rejectUnknownKeys: rejectUnknownKeys)
    let decoder = JSONValueDecoderImplementation(
      value: document.root, node: document.positions, codingPath: [], path: .root,
      state: state)
    let result: T
    do {
      result = try decoder.unbox(T.self)
    } catch let error as DecodingError {
      throw Self.convert(error, in: document)
    } catch {
      throw JSONDecodingError(
        path: .root, position: document.positions?.position, message: "\(error)")
    }
    let unknown = state.unknownKeyErrors()
    if var first = unknown.first {
      first.additionalErrors = Array(unknown.dropFirst())
      throw first
    }
    return result
  }

  /// Decodes a `T` from a value that has no source text; errors carry paths but no
  /// positions.
  ///
  /// - Throws: ``JSONDecodingError`` for the first problem (or all unknown fields).
  public func decode<T: Decodable>(
    _ type: T.Type, from value: JSONValue, rejectUnknownKeys: Bool = true
  ) throws(JSONDecodingError) -> T {
    try decode(type, from: JSONDocument(root: value), rejectUnknownKeys: rejectUnknownKeys)
  }

  static func path(of codingPath: [any CodingKey]) -> JSONPath {
    JSONPath(
      codingPath.map { key in
        if let key = key as? JSONCodingKey, let index = key.intValue { return .index(index) }
        return .key(key.stringValue)
      })
  }

  static func convert(_ error: DecodingError, in document: JSONDocument) -> JSONDecodingError {
    let context: DecodingError.Context
    var message: String
    switch error {
    case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext),
      .dataCorrupted(let errorContext):
      context = errorContext
      message = errorContext.debugDescription
    case .keyNotFound(let key, let errorContext):
      context = errorContext
      message = "missing required field '\(key.stringValue)'"
      let path = Self.path(of: errorContext.codingPath)
      if case .object(let members)? = document.value(at: path),
        let similar = Suggestion.closest(to: key.stringValue, among: members.keys.sorted())
      {
        message += " (the object has \(Quoted(similar)): is it misspelt?)"
      }
    @unknown default:
      return JSONDecodingError(
        path: .root, position: document.positions?.position, message: "\(error)")
    }
    let path = Self.path(of: context.codingPath)
    return JSONDecodingError(
      path: path, position: document.nearestPosition(of: path), message: message)
  }
}
