import Foundation
import Testing

@testable import InspectionSupport

/// ``TemporaryFile``: nameless from the start, readable back, and a failure is `nil`.
@Suite struct TemporaryFileTests {
  @Test func theFileIsUnlinkedAtCreationAndReadsBack() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("tmpfile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try #require(TemporaryFile(directory: directory.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    let bytes: [UInt8] = Array(0..<200)
    #expect(bytes.withUnsafeBytes { file.write($0, at: 10) })
    var back = [UInt8](repeating: 0, count: 300)
    let count = back.withUnsafeMutableBytes { file.read(into: $0, at: 10) }
    #expect(count == 200)
    #expect(Array(back.prefix(200)) == bytes)
  }

  @Test func aMissingDirectoryGivesNil() {
    #expect(TemporaryFile(directory: "/nonexistent-\(UUID().uuidString)") == nil)
  }
}
