import InspectionSupport

/// Where a case and its values are in a sample file.
///
/// CSV cases know the line each record starts on and the column of each field; JSON cases
/// know the position of each value; workbook cases know the sheet, and the row and column of
/// each cell. Locations are only built when a diagnostic needs one: a
/// CSV case keeps its record's field positions and the reader's column map, and resolves
/// ``attributePositions`` and ``answerPositions`` from them on demand, so a clean case costs
/// no per-value work.
public struct CaseOrigin: Sendable {
  /// The sample file's name as given.
  public var file: String
  /// The sheet, for a case read from a workbook (positions are then rows and columns).
  public var sheet: String?
  /// The 1-based data row (record) number, header excluded.
  public var row: Int
  /// Where the case starts.
  public var start: SourcePosition
  /// Positions of the attribute values, by plan position (the case start when unknown).
  public var attributePositions: [SourcePosition] {
    get { fields.map { $0.resolve($0.attributeColumns) } ?? explicitAttributePositions }
    set {
      resolveFields()
      explicitAttributePositions = newValue
    }
  }
  /// Positions of the answers, by plan position (the case start when unknown).
  public var answerPositions: [SourcePosition] {
    get { fields.map { $0.resolve($0.answerColumns) } ?? explicitAnswerPositions }
    set {
      resolveFields()
      explicitAnswerPositions = newValue
    }
  }

  private var explicitAttributePositions: [SourcePosition]
  private var explicitAnswerPositions: [SourcePosition]
  /// A CSV record's field positions and the columns of each attribute and answer.
  private var fields: FieldPositions?

  /// Creates an origin.
  public init(
    file: String, row: Int, start: SourcePosition, attributePositions: [SourcePosition] = [],
    answerPositions: [SourcePosition] = []
  ) {
    self.file = file
    self.row = row
    self.start = start
    self.explicitAttributePositions = attributePositions
    self.explicitAnswerPositions = answerPositions
  }

  /// An origin whose value positions are looked up in a CSV record's `fieldPositions` only
  /// when asked for; a column of `-1` (or past the record's end) is at `line`, column 1.
  init(
    file: String, row: Int, start: SourcePosition, line: Int, fieldPositions: [CSVPosition],
    attributeColumns: [Int], answerColumns: [Int]
  ) {
    self.init(file: file, row: row, start: start)
    fields = FieldPositions(
      line: line, positions: fieldPositions, attributeColumns: attributeColumns,
      answerColumns: answerColumns)
  }

  /// The location of the case as a whole.
  public var caseLocation: SourceLocation { location(start) }

  /// The location of attribute `index`.
  public func attributeLocation(_ index: Int) -> SourceLocation {
    if let fields {
      let columns = fields.attributeColumns
      return location(index < columns.count ? fields.position(columns[index]) : start)
    }
    return location(
      index < explicitAttributePositions.count ? explicitAttributePositions[index] : start)
  }

  /// The location of answer `index`.
  public func answerLocation(_ index: Int) -> SourceLocation {
    if let fields {
      let columns = fields.answerColumns
      return location(index < columns.count ? fields.position(columns[index]) : start)
    }
    return location(index < explicitAnswerPositions.count ? explicitAnswerPositions[index] : start)
  }

  private func location(_ position: SourcePosition) -> SourceLocation {
    SourceLocation(file: file, sheet: sheet, line: position.line, column: position.column)
  }

  /// Turns lazily held CSV positions into explicit ones (before one list is replaced).
  private mutating func resolveFields() {
    guard let fields else { return }
    explicitAttributePositions = fields.resolve(fields.attributeColumns)
    explicitAnswerPositions = fields.resolve(fields.answerColumns)
    self.fields = nil
  }

  private struct FieldPositions: Sendable {
    var line: Int
    var positions: [CSVPosition]
    var attributeColumns: [Int]
    var answerColumns: [Int]

    func position(_ column: Int) -> SourcePosition {
      guard column >= 0, column < positions.count else {
        return SourcePosition(line: line, column: 1)
      }
      return SourcePosition(line: positions[column].line, column: positions[column].column)
    }

    func resolve(_ columns: [Int]) -> [SourcePosition] { columns.map(position) }
  }
}
