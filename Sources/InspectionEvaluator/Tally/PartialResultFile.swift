import InspectionSupport

/// A partial result read from a file and verified, with where its members are, so that a later
/// problem (merging it with another) can name the file and the field.
///
/// ```swift
/// let file = try PartialResult.read(bytes: bytes, file: "north.json")
/// file.result.cases
/// ```
public struct PartialResultFile: Sendable {
  /// The verified partial result.
  public let result: PartialResult
  /// The file it was read from, as named in messages.
  public let file: String
  /// Where each top-level member starts.
  let memberPositions: [String: SourcePosition]

  /// Wraps a partial result that did not come from a file (tests, a merge in memory): its
  /// members are located at the start of `file`.
  public init(result: PartialResult, file: String) {
    self.init(result: result, file: file, memberPositions: [:])
  }

  init(result: PartialResult, file: String, memberPositions: [String: SourcePosition]) {
    self.result = result
    self.file = file
    self.memberPositions = memberPositions
  }

  /// Where the top-level member `name` is in the file (its start if unknown).
  public func location(of name: String) -> SourceLocation {
    let position = memberPositions[name] ?? SourcePosition(line: 1, column: 1)
    return SourceLocation(file: file, line: position.line, column: position.column)
  }
}
