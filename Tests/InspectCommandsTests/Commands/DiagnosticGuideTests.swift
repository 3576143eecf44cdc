import Foundation
import InspectionSupport
import Testing

@testable import InspectCommands

/// `docs/designing-frameworks.md` explains every diagnostic code the tools can emit — the code
/// tables `inspect codes` prints (compiler, derivations, evaluator, crosswalks, comparisons) —
/// each with an example of the mistake and its fix. A new code without an entry fails here.
@Suite("Designer's guide")
struct DiagnosticGuideTests {
  /// The guide's entries: `#### \`IKxxxx\` title` headings, each with the text up to the next
  /// heading.
  static func entries() throws -> [(code: String, heading: String, body: String)] {
    let text = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent("docs/designing-frameworks.md"),
      encoding: .utf8)
    var entries: [(code: String, heading: String, body: String)] = []
    for chunk in text.components(separatedBy: "\n#### `").dropFirst() {
      let heading = chunk.prefix { $0 != "\n" }
      let parts = heading.split(separator: "`", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let body = chunk.dropFirst(heading.count).components(separatedBy: "\n#")[0]
      entries.append(
        (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces), String(body)))
    }
    return entries
  }

  @Test func everyCodeTheToolsCanEmitIsExplainedWithTheMistakeAndTheFix() throws {
    let codes = CodesCommand.all
    #expect(Set(codes.map(\.code)).count == codes.count, "a code is declared twice")
    let entries = try Self.entries()
    let documented = entries.map(\.code)
    let missing = codes.map(\.code).filter { !documented.contains($0) }
    #expect(
      missing == [],
      "add an entry '#### `IKxxxx` title' with **Mistake** and **Fix** to docs/designing-frameworks.md"
    )
    let stale = documented.filter { code in !codes.contains { $0.code == code } }
    #expect(stale == [], "the guide explains codes no tool emits")
    #expect(Set(documented).count == documented.count, "a code has two entries")
    for entry in entries {
      guard let code = codes.first(where: { $0.code == entry.code }) else { continue }
      #expect(entry.heading.hasPrefix(code.title), "\(entry.code): heading '\(entry.heading)'")
      #expect(entry.body.contains("**Mistake**"), "\(entry.code) has no example of the mistake")
      #expect(entry.body.contains("**Fix**"), "\(entry.code) does not say how to fix it")
    }
  }
}
