/// A strict RFC 8259 JSON parser that records the source position of every value.
///
/// The parser accepts exactly the JSON grammar: no comments, no trailing commas, no
/// single quotes, no `NaN`/`Infinity`, no leading zeros, no unescaped control
/// characters in strings, and only well-formed UTF-8. A UTF-8 byte order mark at the
/// very start is skipped. In addition:
///
/// - Duplicate keys in an object are an error, reported at the second key. Keys are
///   Swift `String`s, so keys that are canonically equivalent (such as a precomposed and
///   a decomposed `é`) count as duplicates.
/// - Escapes are decoded; surrogate pairs must be complete (`\uD83D\uDE00`), lone
///   surrogates are errors.
/// - Numbers must be finite as 64-bit doubles (`1e400` is an error); they are rounded to
///   the nearest double.
/// - Arrays and objects may be nested at most `maximumDepth` levels (512 by default).
///   The parser is iterative, so even much deeper input fails cleanly instead of
///   overflowing the stack.
///
/// It never traps on any input: every problem is a ``JSONParseError`` whose message
/// says what was expected and what was found.
///
/// ```swift
/// let document = try JSONParser.parse(#"{"name": "ISO 9001", "weight": 0.5}"#)
/// document.root["weight"]  // .number(0.5)
/// ```
public struct JSONParser: Sendable {
  /// The default limit on nested arrays and objects.
  public static let defaultMaximumDepth = 512

  /// Parses UTF-8 encoded JSON.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text as UTF-8 (for example `[UInt8]` or Foundation's `Data`).
  ///   - maximumDepth: The maximum number of nested arrays and objects.
  /// - Throws: ``JSONParseError`` describing the first problem found.
  public static func parse(
    _ bytes: some Collection<UInt8>, maximumDepth: Int = defaultMaximumDepth
  ) throws(JSONParseError) -> JSONDocument {
    let contiguous: Result<JSONDocument, JSONParseError>? =
      bytes.withContiguousStorageIfAvailable { buffer in
        parse(buffer: buffer, maximumDepth: maximumDepth)
      }
    if let contiguous { return try contiguous.get() }
    let copy = Array(bytes)
    return try copy.withUnsafeBufferPointer { buffer in
      parse(buffer: buffer, maximumDepth: maximumDepth)
    }.get()
  }

  /// Parses JSON text held in a `String`.
  ///
  /// - Throws: ``JSONParseError`` describing the first problem found.
  public static func parse(
    _ text: String, maximumDepth: Int = defaultMaximumDepth
  ) throws(JSONParseError) -> JSONDocument {
    try parse(Array(text.utf8), maximumDepth: maximumDepth)
  }

  private static func parse(
    buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int
  ) -> Result<JSONDocument, JSONParseError> {
    var parser = JSONByteParser(bytes: buffer, maximumDepth: maximumDepth)
    do throws(JSONParseError) {
      return .success(try parser.parseDocument())
    } catch {
      return .failure(error)
    }
  }
}
