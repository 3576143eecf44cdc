/// A CSV input that cannot be read, with where the problem is and what to do about it.
///
/// ``description`` reads like
/// `line 7, column 12: quoted field is not closed before end of file; add the closing '"'`.
/// ``line`` and ``column`` are 1-based (see ``CSVPosition``); both are 0 for errors that have
/// no place in the text, such as a file that cannot be opened.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of problem.
  public enum Kind: Sendable, Hashable {
    /// A quoted field is still open at the end of the input.
    case unterminatedQuotedField
    /// A `"` appears inside a field that does not start with `"`.
    case quoteInUnquotedField
    /// Something other than `,` or a line break follows the closing `"` of a quoted field.
    case characterAfterClosingQuote
    /// A field is not valid UTF-8.
    case invalidUTF8
    /// A record is longer than ``CSVReader/Limits/maxRecordBytes``.
    case recordTooLong
    /// A record has more fields than ``CSVReader/Limits/maxFieldCount``.
    case tooManyFields
    /// The input could not be opened or read.
    case io
  }

  /// The kind of problem.
  public var kind: Kind
  /// The 1-based physical line of the problem, or 0 when it has no place in the text.
  public var line: Int
  /// The 1-based column (in Unicode scalars) of the problem, or 0 when it has no place.
  public var column: Int
  /// The 0-based index of the field concerned, when there is one.
  public var fieldIndex: Int?
  /// What is wrong and what to do, without the position.
  public var message: String

  /// Creates an error.
  public init(
    kind: Kind, line: Int = 0, column: Int = 0, fieldIndex: Int? = nil, message: String
  ) {
    self.kind = kind
    self.line = line
    self.column = column
    self.fieldIndex = fieldIndex
    self.message = message
  }

  /// Creates an error at a position in the text.
  init(_ kind: Kind, at position: CSVPosition, field: Int?, _ message: String) {
    self.init(
      kind: kind, line: position.line, column: position.column, fieldIndex: field,
      message: message)
  }

  /// The position of the problem, or `nil` when it has no place in the text.
  public var position: CSVPosition? {
    line > 0 ? CSVPosition(line: line, column: column) : nil
  }

  /// `line L, column C: message`, or just the message when there is no position.
  public var description: String {
    guard let position else { return message }
    return "\(position): \(message)"
  }
}
