import InspectionTestSupport
import Testing

/// Compares `text` with the golden file `Snapshots/<name>` beside the tests
/// (`RECORD_SNAPSHOTS=1` rewrites it).
func assertSnapshot(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  do {
    try Snapshot(directory: Fixtures.snapshots).verify(
      text, matches: name, sourceLocation: sourceLocation)
  } catch {
    Issue.record("could not write snapshot \(name): \(error)", sourceLocation: sourceLocation)
  }
}
