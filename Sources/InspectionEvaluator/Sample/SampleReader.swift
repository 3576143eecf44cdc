import InspectionSchema

/// A source of sample cases, read one at a time so that memory does not grow with the sample.
///
/// Readers yield cases and the problems they find between cases (a malformed header, a row
/// with the wrong number of fields). A problem they cannot read past ends the sample.
public protocol SampleReader {
  /// The next case or problem, or `nil` at the end of the sample.
  mutating func next() -> SampleRecord?

  /// Reads every remaining case and problem into `tally`.
  ///
  /// The default calls ``next()`` until the end; a reader may score cases more directly, as
  /// long as the tally ends up exactly as it would have.
  mutating func read(into tally: inout SampleTally)
}

extension SampleReader {
  public mutating func read(into tally: inout SampleTally) {
    while let record = next() { tally.add(record) }
  }
}

/// One thing read from a sample.
public enum SampleRecord: Sendable {
  /// A case to check and score.
  case `case`(SampleCase)
  /// A problem with no case to attach it to (header, syntax).
  case problem(Diagnostic)
  /// A row that could not be read as a case: counted, and listed or reported with the problem.
  case rejected(id: String, row: Int, problem: Diagnostic)
}
