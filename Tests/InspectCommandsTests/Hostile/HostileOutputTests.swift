import Foundation
import Testing

/// Outputs that must not be lost or destroyed: `--output` naming an input, a FIFO, a link, a
/// read-only file; standard output that is full, closed or a pipe whose reader left. Run on
/// the built executable, since the file descriptors are the subject.
@Suite("Hostile outputs", .serialized)
struct HostileOutputTests {
  let sample = "Examples/Demonstration/sample.csv"

  /// A fresh directory with a copy of the Demonstration sample in it.
  func workspace() throws -> (URL, String) {
    let directory = try InspectProcess.temporaryDirectory()
    let copy = directory.appendingPathComponent("sample.csv").path
    try FileManager.default.copyItem(
      atPath: InspectProcess.packageRoot.appendingPathComponent(sample).path, toPath: copy)
    return (directory, copy)
  }

  /// Runs a shell command line with `$INSPECT` set to the executable; returns its status and
  /// standard error.
  func shell(_ command: String) throws -> (status: Int32, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.environment = ["INSPECT": InspectProcess.executable.path, "PATH": "/usr/bin:/bin"]
    process.currentDirectoryURL = InspectProcess.packageRoot
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test("--output naming the command's own input exits 64 and leaves it byte-identical")
  func outputIsTheInput() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let link = directory.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: copy)
    for output in [copy, link] {
      let result = try InspectProcess.run(["score", "DEMO", copy, "--output", output])
      #expect(result.status == 64, "\(result.stderr)")
      #expect(result.stderr.contains("is the same file as the input"), "\(result.stderr)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }
    // The judgements, a partial to merge, a published file: every input is protected.
    let judgements = directory.appendingPathComponent("judgements.csv").path
    try Data("item,label,rationale\n3.2,well-met,Fine.\n".utf8).write(
      to: URL(fileURLWithPath: judgements))
    let result = try InspectProcess.run([
      "score", "DEMO", copy, "--judgements", judgements, "--output", judgements,
    ])
    #expect(result.status == 64)
    #expect(
      try String(contentsOfFile: judgements, encoding: .utf8)
        == "item,label,rationale\n3.2,well-met,Fine.\n")
  }

  @Test("A full standard output is an error, exit 1")
  func fullStandardOutput() throws {
    let result = try shell("\"$INSPECT\" codes > /dev/full")
    #expect(result.status == 1)
    #expect(result.err.contains("cannot write to standard output: No space left on device"))
  }

  @Test("A closed standard output is an error, exit 1")
  func closedStandardOutput() throws {
    let result = try shell("\"$INSPECT\" codes >&-")
    #expect(result.status == 1)
    #expect(result.err.contains("cannot write to standard output"), "\(result.err)")
  }

  @Test("A pipe whose reader went away ends the run quietly, exit 1")
  func brokenPipe() throws {
    let result = try shell(
      "\"$INSPECT\" compile OMI2 | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}")
    #expect(result.status == 1)
    #expect(result.err.isEmpty, "\(result.err)")
  }

  @Test("--output onto a FIFO writes through it")
  func fifo() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("report.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = try shell(
      "cat \"\(fifo)\" > \"\(fifo).out\" & \"$INSPECT\" score DEMO \"\(copy)\" --format json "
        + "--output \"\(fifo)\"; status=$?; wait; exit $status")
    #expect(result.status == 0, "\(result.err)")
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    let written = try String(contentsOfFile: fifo + ".out", encoding: .utf8)
    #expect(written.contains("\"framework\""))
  }

  @Test("--output /dev/stdout writes through standard output, to a pipe or appending to a file")
  func standardOutputByName() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let log = directory.appendingPathComponent("log.txt").path
    let result = try shell(
      "echo first > \"\(log)\"; \"$INSPECT\" score DEMO \"\(copy)\" --output /dev/stdout "
        + ">> \"\(log)\" && \"$INSPECT\" score DEMO \"\(copy)\" --output /dev/stdout | grep -q "
        + "'Summary of scores'")
    #expect(result.status == 0, "\(result.err)")
    let text = try String(contentsOfFile: log, encoding: .utf8)
    #expect(text.hasPrefix("first\n") && text.contains("Summary of scores"))
  }

  @Test("--output through a symbolic link replaces the file it names and keeps the link")
  func symbolicLink() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("report.json").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    let link = directory.appendingPathComponent("latest.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "report.json")
    let result = try InspectProcess.run([
      "score", "DEMO", copy, "--format", "json", "--output", link,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "report.json")
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"framework\""))
  }

  @Test("A link to nothing, a directory and a read-only file are refused, exit 1")
  func refusedTargets() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let dangling = directory.appendingPathComponent("dangling.json").path
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/x")
    let readOnly = directory.appendingPathComponent("read-only.json").path
    try Data("keep".utf8).write(to: URL(fileURLWithPath: readOnly))
    #expect(chmod(readOnly, 0o444) == 0)
    for (output, says) in [
      (dangling, "symbolic link to nothing"), (directory.path, "is a directory"),
      (readOnly, "read-only"),
    ] {
      let result = try InspectProcess.run(["score", "DEMO", copy, "--output", output])
      #expect(result.status == 1, "\(output): \(result.stderr)")
      #expect(result.stderr.contains(says), "\(result.stderr)")
    }
    #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "keep")
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("nowhere").path))
  }

  @Test("A rewritten file keeps its permissions")
  func permissionsKept() throws {
    let (directory, copy) = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("report.txt").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: report))
    #expect(chmod(report, 0o640) == 0)
    let result = try InspectProcess.run(["score", "DEMO", copy, "--output", report])
    #expect(result.status == 0, "\(result.stderr)")
    var info = stat()
    #expect(stat(report, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o640)
    #expect(try String(contentsOfFile: report, encoding: .utf8).contains("Summary of scores"))
  }
}
