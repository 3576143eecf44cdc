import Foundation
import Testing

/// The module map of `docs/architecture.md`, checked against the sources: every module's
/// imports stay within what the map allows, and the map names every module.
@Suite struct ArchitectureTests {
  /// What each module may import (besides the platform's own modules), as the map says.
  static let allowed: [String: Set<String>] = [
    "InspectionSupport": ["CSHA256", "CSVLineScan"],
    "InspectionStatistics": [],
    "InspectionSchema": ["InspectionSupport"],
    "InspectionDSL": ["InspectionSchema", "InspectionSupport"],
    "InspectionCompiler": ["InspectionDSL", "InspectionSchema", "InspectionSupport"],
    "InspectionEvaluator": ["InspectionSchema", "InspectionStatistics", "InspectionSupport"],
    "InspectionComparison": [
      "InspectionEvaluator", "InspectionSchema", "InspectionStatistics", "InspectionSupport",
    ],
    "InspectionReports": [
      "InspectionComparison", "InspectionEvaluator", "InspectionSchema", "InspectionStatistics",
      "InspectionSupport",
    ],
    "InspectCommands": [
      "FrameworkCatalog", "InspectionComparison", "InspectionCompiler", "InspectionDSL",
      "InspectionEvaluator", "InspectionReports", "InspectionSchema", "InspectionStatistics",
      "InspectionSupport",
    ],
    "inspect": ["InspectCommands"],
  ]

  /// Modules of the platform, which any module may import.
  static let platform: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Musl"]

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// An import declaration at the start of a line: attributes and an access level, then
  /// `import`, an optional kind (`struct`, `func`, …) and the module.
  static var importLine: Regex<(Substring, Substring)> {
    #/^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?(\w+)/#
  }

  /// The modules each Swift file under `directory` imports.
  static func imports(under directory: URL) throws -> [(file: String, module: String)] {
    var found: [(String, String)] = []
    let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      for line in text.split(separator: "\n") {
        if let match = line.prefixMatch(of: importLine) {
          found.append((url.lastPathComponent, String(match.output.1)))
        }
      }
    }
    return found
  }

  @Test(
    "every module imports only what docs/architecture.md allows", arguments: allowed.keys.sorted())
  func importsFollowTheMap(module: String) throws {
    let allowed = Self.allowed[module, default: []].union(Self.platform)
    let directory = Self.root.appendingPathComponent("Sources").appendingPathComponent(module)
    let found = try Self.imports(under: directory)
    #expect(!found.isEmpty || module == "InspectionStatistics", "no imports read for \(module)")
    for (file, imported) in found where !allowed.contains(imported) {
      Issue.record("\(module)/\(file) imports \(imported), which the map does not allow")
    }
  }

  @Test("the map names every module of Sources/ and the frameworks' module")
  func mapNamesEveryModule() throws {
    let map = try String(
      contentsOf: Self.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
    let modules = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("Sources").path)
    for module in modules + ["FrameworkCatalog"] {
      #expect(map.contains("`\(module)`"), "docs/architecture.md does not name \(module)")
    }
    for module in Self.allowed.keys {
      #expect(
        modules.contains(module), "the test's table names \(module), which is not in Sources/")
    }
  }

  @Test("the frameworks' module imports the DSL alone")
  func catalogImportsTheDSL() throws {
    let found = try Self.imports(under: Self.root.appendingPathComponent("Frameworks"))
    #expect(!found.isEmpty)
    for (file, imported) in found where imported != "InspectionDSL" {
      Issue.record(
        "Frameworks/\(file) imports \(imported); frameworks are declared in the DSL alone")
    }
  }
}
