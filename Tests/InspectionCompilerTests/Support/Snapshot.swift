import Foundation
import InspectionTestSupport

/// The compiler's golden files: `Tests/InspectionCompilerTests/Snapshots/`.
let goldens = Snapshot(
  directory: URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots"))
