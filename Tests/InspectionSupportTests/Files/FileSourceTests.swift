import Foundation
import Testing

@testable import InspectionSupport

@Suite struct CSVFileSourceTests {
  private func temporaryFile(_ contents: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("csv-\(UUID().uuidString).csv").path
    try Data(contents).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func readsAFileInChunks() throws {
    var text = "\u{FEFF}id,answer,note\r\n"
    for row in 1...5_000 { text += "\(row),\(row % 3 == 0 ? "yes" : "no"),\"n, \(row)\"\r\n" }
    let path = try temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }

    var reader = try CSVReader(path: path, chunkSize: 1000)
    var count = 0
    while let record = try reader.nextRecord() {
      count += 1
      #expect(record.line == count)
      if count == 1 { #expect(record.fields == ["id", "answer", "note"]) }
      if count == 5_001 { #expect(record.fields == ["5000", "no", "n, 5000"]) }
    }
    #expect(count == 5_001)
  }

  @Test func missingFileIsAnIOError() {
    let path = "/nonexistent-\(UUID().uuidString)/sample.csv"
    do {
      _ = try CSVReader(path: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .io)
      #expect(error.line == 0 && error.position == nil)
      #expect(error.description.contains("cannot open '\(path)'"))
      #expect(error.description.contains("No such file or directory"))
    }
  }

  @Test func aDirectoryIsRefusedWhenOpened() throws {
    let path = FileManager.default.temporaryDirectory.path
    do {
      _ = try CSVReader(path: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .io)
      #expect(error.description.contains("is a directory"))
    }
  }

  @Test func readsFromADescriptor() throws {
    let path = try temporaryFile(Array("a,b\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let handle = try #require(FileHandle(forReadingAtPath: path))
    defer { try? handle.close() }
    let source = FileSource(
      fileDescriptor: handle.fileDescriptor, name: path, closeOnDeinit: false)
    var reader = CSVReader(source: source)
    #expect(try reader.readAll().map(\.fields) == [["a", "b"]])
  }
}
