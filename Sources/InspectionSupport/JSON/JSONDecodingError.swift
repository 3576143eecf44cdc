/// A problem found while decoding a ``JSONDocument`` into a `Decodable` type, located by
/// path and, when the document came from source text, by line and column.
///
/// ```text
/// line 7, column 13 (sections[0].criteria[1].weight): expected a number, found a string "high"
/// line 3, column 3 (sections[0]): unknown field 'critera' — did you mean 'criteria'?
/// ```
///
/// Unknown fields are collected in one pass: the error describes the first one in
/// document order and lists the others in ``additionalErrors``.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path of the value the problem is about. For unknown fields this is the path of
  /// the object that contains the field.
  public var path: JSONPath
  /// The position of the offending value or key, or `nil` if the document has no source
  /// positions (for example when decoding a bare ``JSONValue``).
  public var position: SourcePosition?
  /// What was expected and what was found, without path or position.
  public var message: String
  /// Further errors found in the same pass, in document order (currently other unknown
  /// fields). Empty for most errors.
  public var additionalErrors: [JSONDecodingError]

  /// Creates an error.
  public init(
    path: JSONPath, position: SourcePosition?, message: String,
    additionalErrors: [JSONDecodingError] = []
  ) {
    self.path = path
    self.position = position
    self.message = message
    self.additionalErrors = additionalErrors
  }

  /// This error (without its additional errors) followed by the additional errors.
  public var allErrors: [JSONDecodingError] {
    var first = self
    first.additionalErrors = []
    return [first] + additionalErrors
  }

  /// `line L, column C (path): message`, or `path: message` without a position; one line
  /// per error when there are additional errors.
  public var description: String {
    allErrors.map(\.singleLineDescription).joined(separator: "\n")
  }

  private var singleLineDescription: String {
    guard let position else { return "\(path): \(message)" }
    return "line \(position.line), column \(position.column) (\(path)): \(message)"
  }
}
