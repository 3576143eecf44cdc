import Foundation
import Testing

/// Golden files for rendered output: compares text with `Tests/Snapshots/InspectCommandsTests/<name>`, or writes it
/// there when `RECORD_SNAPSHOTS=1`.
enum Snapshot {
  static let directory = InspectProcess.packageRoot
    .appendingPathComponent("Tests/Snapshots/InspectCommandsTests")

  static func assert(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(text.utf8).write(to: url)
      return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    #expect(text == golden, "\(name) differs from its snapshot", sourceLocation: sourceLocation)
  }
}
