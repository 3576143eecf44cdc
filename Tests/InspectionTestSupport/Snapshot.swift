import Foundation
import Testing

/// Golden files: text compared byte for byte with a file in a snapshots directory.
///
/// Run the tests with `RECORD_SNAPSHOTS=1` to rewrite the files from the current output (then
/// review the diff); a missing file fails with a message saying how to create it. Every test
/// target that keeps golden files uses this one helper, each with its own directory.
///
/// ```swift
/// let goldens = Snapshot(directory: PackageRoot.url.appendingPathComponent("Tests/…/Snapshots"))
/// try goldens.verify(report, matches: "demo-report.html")
/// ```
public struct Snapshot: Sendable {
  /// Where the golden files are.
  public let directory: URL

  /// A helper for the golden files in `directory`.
  public init(directory: URL) {
    self.directory = directory
  }

  /// Whether the run rewrites snapshots instead of comparing with them.
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  }

  /// Compares `text` with the snapshot `name`, or rewrites it when recording.
  public func verify(
    _ text: String, matches name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if Self.recording {
      try Data(text.utf8).write(to: url, options: .atomic)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing snapshot \(url.path); run the tests with RECORD_SNAPSHOTS=1 to create it",
        sourceLocation: sourceLocation)
      return
    }
    let recorded = String(decoding: data, as: UTF8.self)
    guard recorded != text else { return }
    let message =
      "snapshot \(name) differs from the output \(Self.firstDifference(recorded, text)); "
      + "if the change is intended, run the tests with RECORD_SNAPSHOTS=1 and review the diff"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }

  /// Where two texts first differ, as `at line N: expected …, found …`.
  public static func firstDifference(_ expected: String, _ actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let left = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      let right = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
      if left != right { return "at line \(index + 1): expected \(left), found \(right)" }
    }
    return "(in line endings)"
  }
}

/// The package's root directory, found by walking up from this file to `Package.swift`.
public enum PackageRoot {
  /// The directory holding `Package.swift`.
  public static let url: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()
}
