import InspectionSchema
import InspectionSupport

/// Reads a sample into a tally with bounded memory for case ids: in one pass, or in two when
/// a duplicate hid behind a spill.
///
/// When the reader can read the sample again (``SampleReader/canRestart``: a file or bytes,
/// not standard input), the tally's case-id table is limited to a ``CaseIDBudget`` and spills
/// to a temporary file when full. After the first pass the spilled runs and the tables are
/// merged: if no hash occurs twice, every duplicate was reported where it was read and the
/// tally stands. Otherwise the sample is read again, in order, by a tally that tracks only
/// the repeated hashes, and so reports every duplicate with its first row in the order read:
/// exactly what a table holding every id would have reported. A reader that cannot restart
/// keeps today's table, growing with the sample.
///
/// ```swift
/// var reader = try CSVSampleReader(path: "big.csv", plan: plan)
/// let (summary, report) = SamplePasses.tally(
///   plan: plan, reader: &reader, options: .init(), budget: .standard)
/// report.passes   // 2 only when a duplicate's first occurrence had been spilled
/// ```
enum SamplePasses {
  /// How the case ids were handled, for tests and measurements.
  struct Report: Sendable, Hashable {
    /// How many times a case-id table spilled in the first pass.
    var spills = 0
    /// How many times the sample was read: 1, or 2 when duplicates had to be located.
    var passes = 1
  }

  /// Reads every record of `reader` and returns the finished summary; with a `budget`, and a
  /// reader that can restart, the case-id table stays within it.
  static func tally(
    plan: ScoringPlan, reader: inout some SampleReader, options: SampleTally.Options,
    budget: CaseIDBudget?
  ) -> (summary: TallySummary, report: Report) {
    var tally = SampleTally(plan: plan, options: options)
    if let budget, reader.canRestart { tally.limitCaseIDs(to: budget) }
    tally.add(from: &reader)
    var report = Report(spills: tally.caseIDSpills)

    let resolution = tally.resolveSpilledCaseIDs()
    if resolution == .exact { return (tally.finish(), report) }
    report.passes = 2
    guard reader.restart() else {
      // The first pass missed some duplicates; rather than a count that is wrong, an error.
      var summary = tally.finish()
      summary.diagnostics.append(
        Diagnostic(
          .unreadableSample,
          "cannot read the sample a second time to report its repeated case ids with their "
            + "rows; check that it was not moved or changed, and score again"))
      return (summary, report)
    }
    // A fresh tally, so that the first pass's lists are not held twice.
    tally = SampleTally(plan: plan, options: options)
    if case .repeated(let hashes, let all) = resolution {
      tally.trackCaseIDs(only: hashes, all: all)
    }  // otherwise (.unreadable) the whole table is kept in memory
    tally.add(from: &reader)
    return (tally.finish(), report)
  }
}
