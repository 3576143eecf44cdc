import Foundation
import Testing

@testable import InspectionSupport

@Suite("Output files and bounded input files")
struct OutputFileTests {
  func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "output-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("A temporary name planted as a link by someone else is never written through")
  func plantedTemporaryLink() throws {
    let base = try directory()
    defer { try? FileManager.default.removeItem(at: base) }
    let victim = base.appendingPathComponent("victim").path
    try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    let output = base.appendingPathComponent("report.txt").path
    // The name AtomicFile tries first, planted in advance as a link to the victim.
    let planted = base.appendingPathComponent(".report.txt.inspect-\(getpid()).tmp").path
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
    try AtomicFile.write("report", to: output)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "report")
    // The planted link is left alone, and no other temporary file is left behind.
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == victim)
    let left = try FileManager.default.contentsOfDirectory(atPath: base.path).sorted()
    #expect(left == [planted, output, victim].map { ($0 as NSString).lastPathComponent }.sorted())
  }

  @Test("A new file gets 0666 less the umask; a replaced one keeps its mode")
  func modes() throws {
    let base = try directory()
    defer { try? FileManager.default.removeItem(at: base) }
    let path = base.appendingPathComponent("new.txt").path
    let mask = umask(0o022)
    defer { umask(mask) }
    try AtomicFile.write("a", to: path)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o644)
    #expect(chmod(path, 0o600) == 0)
    try AtomicFile.write("b", to: path)
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
  }

  @Test("The same file is recognised through a link; different files are not the same")
  func sameFile() throws {
    let base = try directory()
    defer { try? FileManager.default.removeItem(at: base) }
    let a = base.appendingPathComponent("a").path
    let b = base.appendingPathComponent("b").path
    try Data("a".utf8).write(to: URL(fileURLWithPath: a))
    try Data("a".utf8).write(to: URL(fileURLWithPath: b))
    let link = base.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: a)
    #expect(OutputFile.isSameFile(link, as: a))
    #expect(OutputFile.isSameFile(a, as: a))
    #expect(!OutputFile.isSameFile(a, as: b))
    #expect(!OutputFile.isSameFile(base.appendingPathComponent("none").path, as: a))
  }

  @Test("A whole-file read stops at its limit, also on a stream that never ends")
  func boundedReads() throws {
    let base = try directory()
    defer { try? FileManager.default.removeItem(at: base) }
    let path = base.appendingPathComponent("f").path
    try Data(repeating: 0x61, count: 100).write(to: URL(fileURLWithPath: path))
    #expect(try InputFile.read(path, limit: 100).count == 100)
    #expect(throws: FileError.self) { try InputFile.read(path, limit: 99) }
    do {
      _ = try InputFile.read("/dev/zero", limit: 200_000, what: "test file")
      Issue.record("an endless input was read")
    } catch {
      #expect(error.kind == .tooLarge)
      #expect(error.message.contains("limit of 200000 bytes for a test file"))
    }
    do {
      _ = try InputFile.read(base.path, limit: 10)
      Issue.record("a directory was read")
    } catch {
      #expect(error.kind == .isDirectory)
    }
  }
}
