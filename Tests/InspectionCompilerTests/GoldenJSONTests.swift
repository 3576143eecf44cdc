import Foundation
import FrameworkCatalog
import InspectionCompiler
import InspectionSchema
import InspectionSupport
import InspectionTestSupport
import Testing

@Suite("Golden JSON")
struct GoldenJSONTests {
  static let demonstration = FrameworkCompiler.compile(FrameworkCatalog.demonstration)

  @Test("The demonstration compiles cleanly")
  func demonstrationCompiles() {
    #expect(Self.demonstration.diagnostics.map(\.rendered) == [])
  }

  @Test("The demonstration's canonical JSON matches Snapshots/DEMO-1.json byte for byte")
  func demonstrationMatchesSnapshot() throws {
    let text = try Self.demonstration.document.canonicalJSON()
    try goldens.verify(text, matches: "DEMO-1.json")
  }

  @Test("Compiling twice gives byte-identical JSON")
  func compilingIsDeterministic() throws {
    let again = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
    #expect(try again.document.canonicalJSON() == Self.demonstration.document.canonicalJSON())
  }

  @Test("The fingerprint is sha256: + SHA-256 of the compact canonical JSON without it")
  func fingerprintIsTheHashOfTheCompactForm() throws {
    let document = Self.demonstration.document
    let file = try JSONParser.parse(try document.canonicalJSON())
    guard case .object(var members) = file.root else {
      Issue.record("the file is not a JSON object")
      return
    }
    let recorded = try #require(members.removeValue(forKey: "fingerprint")?.stringValue)
    let compact = CanonicalJSON.compact(.object(members))
    #expect(compact == CanonicalJSON.compact(try document.jsonValue()))
    #expect(compact.hasPrefix(#"{"assumptions":["#) && !compact.contains("\n"))
    #expect(recorded == "sha256:" + SHA256.hash(Array(compact.utf8)).hexString)
    #expect(recorded == (try document.fingerprint()))
    #expect(recorded.count == "sha256:".count + 64)
  }

  @Test(
    "sha256sum agrees with the recorded fingerprint",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum"),
      "needs /usr/bin/sha256sum"))
  func sha256sumAgrees() throws {
    let document = Self.demonstration.document
    let compact = CanonicalJSON.compactBytes(try document.jsonValue())
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("inspectionkit-demo-\(UUID().uuidString).json")
    try Data(compact).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let hex = try #require(output.split(separator: " ").first.map(String.init))
    #expect(hex.count == 64)
    #expect("sha256:" + hex == (try document.fingerprint()))
  }

  @Test("The snapshot on disk carries a fingerprint that matches its own content")
  func snapshotFingerprintMatchesItsContent() throws {
    let url = goldens.directory.appendingPathComponent("DEMO-1.json")
    let bytes = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
    let loaded = FrameworkLoader.load(bytes: Array(bytes), file: "DEMO-1.json")
    #expect(loaded.diagnostics.map(\.rendered) == [])
    #expect(loaded.document == Self.demonstration.document)
    let recorded = try JSONParser.parse(Array(bytes)).root["fingerprint"]?.stringValue
    #expect(loaded.fingerprint == recorded)
  }
}

@Suite("Snapshot helper")
struct SnapshotHelperTests {
  @Test("A missing snapshot fails with a message saying how to record it")
  func missingSnapshotFails() throws {
    guard !Snapshot.recording else { return }
    try withKnownIssue {
      try goldens.verify("{}\n", matches: "does-not-exist.json")
    } matching: { issue in
      issue.description.contains("missing snapshot")
        && issue.description.contains("RECORD_SNAPSHOTS=1")
    }
  }

  @Test("A different snapshot fails and names the first differing line")
  func differentSnapshotFails() throws {
    guard !Snapshot.recording else { return }
    let recorded = try #require(
      FileManager.default.contents(
        atPath: goldens.directory.appendingPathComponent("DEMO-1.json").path))
    var text = String(decoding: recorded, as: UTF8.self)
    text = text.replacingOccurrences(of: "\"DEMO\"", with: "\"DEMO2\"")
    try withKnownIssue {
      try goldens.verify(text, matches: "DEMO-1.json")
    } matching: { issue in
      issue.description.contains("snapshot DEMO-1.json differs")
        && issue.description.contains("\"DEMO2\"")
    }
  }

  @Test func firstDifference() {
    #expect(Snapshot.firstDifference("a\nb\n", "a\nc\n") == "at line 2: expected b, found c")
    #expect(
      Snapshot.firstDifference("a\n", "a\nb") == "at line 2: expected , found b")
    #expect(
      Snapshot.firstDifference("a\nb", "a") == "at line 2: expected b, found <end of output>")
  }
}
