import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<name>` beside the tests.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the golden file is rewritten; a missing golden
/// file is recorded and the test fails with "Recorded new baseline", so a new snapshot is
/// always looked at before it is trusted.
func assertSnapshot(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = Fixtures.snapshots.appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
      return
    }
    if !record {
      Issue.record(
        "Recorded new baseline \(name); check it and run again.", sourceLocation: sourceLocation)
    }
    return
  }
  if expected != text {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "(end of file)"
    let actualLine = first < actualLines.count ? String(actualLines[first]) : "(end of file)"
    Issue.record(
      """
      \(name) differs from its snapshot at line \(first + 1) (RECORD_SNAPSHOTS=1 re-records):
        expected: \(expectedLine)
        actual:   \(actualLine)
      """, sourceLocation: sourceLocation)
  }
}
