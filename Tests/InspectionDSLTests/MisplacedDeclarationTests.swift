import Foundation
import Testing

/// Type-checks small Swift files against the built InspectionDSL module, to check that
/// misplaced declarations fail to compile with our own messages.
enum Typechecker {
  /// The package root, three levels above this file (`Tests/InspectionDSLTests/…`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Where `swift build` leaves the modules of the debug build.
  static let modules = packageRoot.appendingPathComponent(".build/debug/Modules")

  /// The C modules InspectionSupport imports (their `module.modulemap`s): loading the DSL
  /// needs them too, since an internal import of a non-resilient module is still loaded.
  static let cModules = ["CSHA256", "CSVLineScan"].map {
    packageRoot.appendingPathComponent("Sources/\($0)/include")
  }

  /// The `swiftc` next to the toolchain on `PATH`, or at the usual install location.
  static let swiftc: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates =
      path.split(separator: ":").map { "\($0)/swiftc" }
      + ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  static var available: Bool {
    swiftc != nil
      && FileManager.default.fileExists(
        atPath: modules.appendingPathComponent("InspectionDSL.swiftmodule").path)
  }

  /// Type-checks `source`; returns the exit status and everything the compiler wrote.
  static func typecheck(_ source: String) throws -> (status: Int32, output: String) {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("inspectionkit-typecheck-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("Misplaced.swift")
    try source.write(to: file, atomically: true, encoding: .utf8)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(swiftc))
    process.arguments =
      [
        "-typecheck", "-swift-version", "6", "-I", modules.path,
      ] + cModules.flatMap { ["-I", $0.path] } + [
        "-module-cache-path",
        directory.appendingPathComponent("cache").path, file.path,
      ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite("Misplaced declarations")
struct MisplacedDeclarationTests {
  @Test(
    "A Question in a Section and a Criterion in a Framework fail with our messages",
    .enabled(
      if: Typechecker.available,
      "needs swiftc and the built modules in .build/debug/Modules (run `swift build` first)"))
  func misplacedDeclarationsFailWithOurMessages() throws {
    let result = try Typechecker.typecheck(
      """
      import InspectionDSL

      let framework = Framework("X", version: "1", title: "Misplaced") {
        Criterion("1.1", "Criterion directly in the framework") {
          Question("1.1.a", "Fine here?")
        }
        Section("2", "Section") {
          Question("2.1.a", "Question directly in the section?")
        }
      }
      """)
    #expect(result.status != 0)
    #expect(result.output.contains("Misplaced.swift:4:3: error:"), "\(result.output)")
    #expect(result.output.contains("a Criterion belongs inside a Section"), "\(result.output)")
    #expect(result.output.contains("Misplaced.swift:8:5: error:"), "\(result.output)")
    #expect(result.output.contains("a Question belongs inside a Criterion"), "\(result.output)")
  }

  @Test(
    "A Question in a Framework and a Criterion in a Criterion fail with our messages",
    .enabled(
      if: Typechecker.available,
      "needs swiftc and the built modules in .build/debug/Modules (run `swift build` first)"))
  func moreMisplacedDeclarations() throws {
    let result = try Typechecker.typecheck(
      """
      import InspectionDSL

      let framework = Framework("X", version: "1", title: "Misplaced") {
        Question("0.a", "Question directly in the framework?")
        Section("1", "Section") {
          Criterion("1.1", "Outer") {
            Criterion("1.1.1", "Nested") { Question("1.1.1.a", "?") }
          }
        }
      }
      """)
    #expect(result.status != 0)
    #expect(
      result.output.contains(
        "a Question belongs inside a Criterion, which belongs inside a Section"),
      "\(result.output)")
    #expect(result.output.contains("Criteria cannot be nested"), "\(result.output)")
  }

  @Test(
    "The same file with the declarations in place type-checks (the check is not vacuous)",
    .enabled(
      if: Typechecker.available,
      "needs swiftc and the built modules in .build/debug/Modules (run `swift build` first)"))
  func wellPlacedDeclarationsTypecheck() throws {
    let result = try Typechecker.typecheck(
      """
      import InspectionDSL

      let framework = Framework("X", version: "1", title: "Well placed") {
        Section("1", "Section") {
          Criterion("1.1", "Criterion") {
            Question("1.1.a", "Question?")
          }
        }
      }
      """)
    #expect(result.status == 0, "\(result.output)")
  }
}
