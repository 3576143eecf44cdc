import InspectionTestSupport
import Testing

/// The CLI's golden files, in `Tests/Snapshots/InspectCommandsTests/`.
enum CLISnapshots {
  static let goldens = Snapshot(
    directory: InspectProcess.packageRoot.appendingPathComponent(
      "Tests/Snapshots/InspectCommandsTests"))

  /// Compares `text` with the golden file `name` (`RECORD_SNAPSHOTS=1` rewrites it).
  static func assert(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try goldens.verify(text, matches: name, sourceLocation: sourceLocation)
  }
}
