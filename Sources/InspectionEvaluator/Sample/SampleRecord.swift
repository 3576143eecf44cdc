import InspectionSupport

/// One thing read from a sample.
public enum SampleRecord: Sendable {
  /// A case to check and score.
  case `case`(SampleCase)
  /// A problem with no case to attach it to (header, syntax).
  case problem(Diagnostic)
  /// A row that could not be read as a case: counted, and listed or reported with the problem.
  case rejected(id: String, row: Int, problem: Diagnostic)
}
