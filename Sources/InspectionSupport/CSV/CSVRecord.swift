/// One record (row) of a CSV file, with the place where each field starts.
///
/// Field values are exactly the text between the separators: they are not trimmed, quotes
/// around a quoted field are removed and a doubled quote `""` inside it becomes one `"`.
/// Line breaks inside quoted fields are kept as they appear in the file (CRLF stays CRLF).
///
/// ```swift
/// // For the input `id,name\n7,"Smith, J."\n` the second record is:
/// // fields == ["7", "Smith, J."], line == 2, number == 2,
/// // fieldPositions == [line 2 column 1, line 2 column 3]
/// ```
public struct CSVRecord: Sendable, Hashable {
  /// The field values, in file order.
  public var fields: [String]
  /// The 1-based physical line on which the record starts.
  public var line: Int
  /// The 1-based ordinal of the record in the file; the header row, if any, is record 1.
  ///
  /// Skipped blank lines are not records and are not counted here (they are counted in
  /// ``line``).
  public var number: Int
  /// Where each field starts (the opening quote for a quoted field), parallel to ``fields``.
  public var fieldPositions: [CSVPosition]

  /// Creates a record; mostly useful in tests.
  ///
  /// When `fieldPositions` is omitted, fields are assumed to be unquoted on one line.
  public init(
    fields: [String], line: Int, number: Int, fieldPositions: [CSVPosition]? = nil
  ) {
    self.fields = fields
    self.line = line
    self.number = number
    if let fieldPositions {
      self.fieldPositions = fieldPositions
    } else {
      var column = 1
      var positions: [CSVPosition] = []
      positions.reserveCapacity(fields.count)
      for field in fields {
        positions.append(CSVPosition(line: line, column: column))
        column += field.unicodeScalars.count + 1
      }
      self.fieldPositions = positions
    }
  }

  /// The number of fields.
  public var count: Int { fields.count }

  /// The value of the field at a 0-based index, or `nil` when the record is shorter.
  public func field(at index: Int) -> String? {
    fields.indices.contains(index) ? fields[index] : nil
  }

  /// Where the field at a 0-based index starts, or `nil` when the record is shorter.
  ///
  /// Use it to point users at a value: `"\(record.position(ofField: 3)!)"` gives
  /// `line 12, column 9`.
  public func position(ofField index: Int) -> CSVPosition? {
    fieldPositions.indices.contains(index) ? fieldPositions[index] : nil
  }
}
