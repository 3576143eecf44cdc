import InspectionSchema
import InspectionSupport

/// A source of sample cases, read one at a time so that memory does not grow with the sample.
///
/// Readers yield cases and the problems they find between cases (a malformed header, a row
/// with the wrong number of fields). A problem they cannot read past ends the sample.
///
/// A reader passes ids and exclusion reasons on as it read them: the ``SampleTally`` every
/// reader feeds applies ``SampleCaseRules`` to each case (ids trimmed and in NFC for duplicate
/// detection, control characters refused, a blank exclusion reason not an exclusion), so every
/// reader, including one added later, obeys the same rules.
public protocol SampleReader {
  /// The next case or problem, or `nil` at the end of the sample.
  mutating func next() -> SampleRecord?

  /// Reads every remaining case and problem into `tally`.
  ///
  /// The default calls ``next()`` until the end; a reader may score cases more directly, as
  /// long as the tally ends up exactly as it would have.
  mutating func read(into tally: inout SampleTally)

  /// Whether ``restart()`` can go back to the start of the sample: `true` for a sample read
  /// from a regular file or from bytes in memory, `false` for standard input or a pipe.
  ///
  /// ``Evaluator`` bounds the memory of duplicate-id detection only for a sample it can read
  /// twice (a duplicate whose first occurrence was written out to a temporary file is located
  /// by reading the sample again); for any other, that memory grows with the sample.
  var canRestart: Bool { get }

  /// Goes back to the start of the sample, as if just opened, and returns `true`; `false`,
  /// changing nothing, when the sample cannot be read again. The default cannot.
  ///
  /// A restarted reader reads in order: a second pass over a sample is made only to locate
  /// duplicate case ids, which only reading in order can report with their rows.
  ///
  /// ```swift
  /// var reader = try CSVSampleReader(path: "sample.csv", plan: plan)
  /// while let record = reader.next() { … }
  /// if reader.restart() { /* next() starts from the header again */ }
  /// ```
  mutating func restart() -> Bool
}

extension SampleReader {
  public mutating func read(into tally: inout SampleTally) {
    while let record = next() { tally.add(record) }
  }

  public var canRestart: Bool { false }

  public mutating func restart() -> Bool { false }
}
