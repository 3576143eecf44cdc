import Foundation
import Testing

/// A killed `inspect` never leaves a partial output file: output goes to a hidden temporary
/// file that is renamed into place only when whole. These tests start a large
/// `generate-sample --output`, wait until the temporary file holds data, and kill the process.
@Suite(.serialized) struct InterruptedWriteTests {
  /// Starts writing a large sample to `target`; returns the process and its temporary file.
  func startWriting(_ target: URL) throws -> (Process, URL) {
    let process = Process()
    process.executableURL = InspectProcess.executable
    process.arguments = [
      "generate-sample", "OMI2", "--cases", "300000", "--seed", "1", "--output", target.path,
    ]
    process.currentDirectoryURL = InspectProcess.packageRoot
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let name = ".\(target.lastPathComponent).inspect-\(process.processIdentifier).tmp"
    let temporary = target.deletingLastPathComponent().appendingPathComponent(name)
    return (process, temporary)
  }

  func size(_ url: URL) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  @Test(arguments: [SIGKILL, SIGTERM, SIGINT, SIGHUP])
  func aKilledWriteLeavesNoPartialFile(signal: Int32) throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("sample.csv")
    let (process, temporary) = try startWriting(target)
    defer {
      // Whatever happened above, do not leave the writer running.
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
      }
      try? FileManager.default.removeItem(at: temporary)
    }
    // Wait (up to a minute) until a first megabyte has been flushed to the temporary file.
    let deadline = Date().addingTimeInterval(60)
    while size(temporary) == 0 && process.isRunning && Date() < deadline {
      usleep(20_000)
    }
    try #require(process.isRunning, "generate-sample ended before it could be killed")
    try #require(size(temporary) > 0, "no data was written within a minute")
    kill(process.processIdentifier, signal)
    process.waitUntilExit()

    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(!FileManager.default.fileExists(atPath: target.path), "a partial output file was left")
    if signal == SIGKILL {
      // Nothing can run after SIGKILL: the hidden temporary file is the only trace.
      #expect(FileManager.default.fileExists(atPath: temporary.path))
    } else {
      #expect(!FileManager.default.fileExists(atPath: temporary.path), "a temporary file was left")
    }
  }

  /// The same command, not killed, leaves the whole file and no temporary file.
  @Test func aFinishedWriteIsWhole() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("sample.csv")
    let result = try InspectProcess.run([
      "generate-sample", "DEMO", "--cases", "500", "--seed", "1", "--output", target.path,
    ])
    #expect(result.status == 0)
    let text = try String(contentsOf: target, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 501)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["sample.csv"])
  }
}
