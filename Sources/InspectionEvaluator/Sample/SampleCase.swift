import InspectionSchema

/// One inspected case as read from a sample, with where each value came from.
///
/// Values are positional: ``attributes`` follows the plan's attribute order and ``answers``
/// its question order; `nil` is an empty cell (not answered, or no value).
public struct SampleCase: Sendable {
  /// The case id.
  public var id: String
  /// Attribute values by plan position.
  public var attributes: [String?]
  /// Answer codes by plan position.
  public var answers: [String?]
  /// Why the sample itself leaves the case out (e.g. "transferred out"), if it does.
  public var exclusion: String?
  /// Where the case and its values are in the sample file.
  public var origin: CaseOrigin

  /// Creates a case.
  public init(
    id: String, attributes: [String?], answers: [String?], exclusion: String? = nil,
    origin: CaseOrigin
  ) {
    self.id = id
    self.attributes = attributes
    self.answers = answers
    self.exclusion = exclusion
    self.origin = origin
  }
}

/// Where a case and its values are in a sample file.
///
/// CSV cases know the line each record starts on and the column of each field; JSON cases
/// know the position of each value. Locations are only built when a diagnostic needs one.
public struct CaseOrigin: Sendable {
  /// The sample file's name as given.
  public var file: String
  /// The 1-based data row (record) number, header excluded.
  public var row: Int
  /// Where the case starts.
  public var start: SourcePosition
  /// Positions of the attribute values, by plan position (the case start when unknown).
  public var attributePositions: [SourcePosition]
  /// Positions of the answers, by plan position (the case start when unknown).
  public var answerPositions: [SourcePosition]

  /// Creates an origin.
  public init(
    file: String, row: Int, start: SourcePosition, attributePositions: [SourcePosition] = [],
    answerPositions: [SourcePosition] = []
  ) {
    self.file = file
    self.row = row
    self.start = start
    self.attributePositions = attributePositions
    self.answerPositions = answerPositions
  }

  /// The location of the case as a whole.
  public var caseLocation: SourceLocation { location(start) }

  /// The location of attribute `index`.
  public func attributeLocation(_ index: Int) -> SourceLocation {
    location(index < attributePositions.count ? attributePositions[index] : start)
  }

  /// The location of answer `index`.
  public func answerLocation(_ index: Int) -> SourceLocation {
    location(index < answerPositions.count ? answerPositions[index] : start)
  }

  private func location(_ position: SourcePosition) -> SourceLocation {
    SourceLocation(file: file, line: position.line, column: position.column)
  }
}
