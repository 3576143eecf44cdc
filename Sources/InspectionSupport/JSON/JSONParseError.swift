/// A syntax error found by ``JSONParser``, with the position where it was detected.
///
/// The message says what was expected and what was found; the description prefixes the
/// position:
///
/// ```text
/// line 12, column 5: expected ',' or '}' after an object member, found end of input
/// (the file may be truncated)
/// ```
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem was detected (see ``SourcePosition`` for how columns count).
  public var position: SourcePosition
  /// What was expected and what was found, without the position.
  public var message: String

  /// Creates an error at `position`.
  public init(position: SourcePosition, message: String) {
    self.position = position
    self.message = message
  }

  /// `line L, column C: message`.
  public var description: String {
    "line \(position.line), column \(position.column): \(message)"
  }
}
