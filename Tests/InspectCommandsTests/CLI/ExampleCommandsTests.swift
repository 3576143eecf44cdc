import Foundation
import Testing

/// The commands the examples' READMEs give run as written, from the repository root like
/// every other command in the documentation.
@Suite("The examples' documented commands")
struct ExampleCommandsTests {
  /// Every `swift run inspect …` line in a shell block of `Examples/*/README.md`.
  static let commands: [String] = {
    let examples = InspectProcess.packageRoot.appendingPathComponent("Examples")
    let folders =
      (try? FileManager.default.contentsOfDirectory(atPath: examples.path))?.sorted() ?? []
    var commands: [String] = []
    for folder in folders {
      let readme = examples.appendingPathComponent(folder).appendingPathComponent("README.md")
      guard let text = try? String(contentsOf: readme, encoding: .utf8) else { continue }
      var inShell = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("```") {
          inShell = line == "```sh"
          continue
        }
        if inShell, line.hasPrefix("swift run inspect ") { commands.append(String(line)) }
      }
    }
    return commands
  }()

  @Test("There are some, and each runs from the repository root")
  func runs() throws {
    for command in Self.commands {
      let arguments = command.dropFirst("swift run inspect ".count).split(separator: " ").map(
        String.init)
      let result = try InspectProcess.run(arguments)
      #expect(result.status == 0, "\(command): \(result.stderr.prefix(300))")
    }
  }

  @Test func everyExampleDocumentsACommand() {
    #expect(Self.commands.count >= 11)
    #expect(Self.commands.contains { $0.contains("compare ESI --baseline Examples/ESI/") })
  }
}
