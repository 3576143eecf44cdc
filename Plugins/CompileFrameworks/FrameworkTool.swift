import Foundation
import PackagePlugin

/// Builds and runs a package's `inspect-frameworks` executable for a command plugin.
///
/// Plugins cannot import InspectionKit's libraries, so all the work happens in the package's
/// own executable, whose `main.swift` calls `InspectMain.run(frameworks:)`. This type finds
/// that executable product (`inspect-frameworks`, or `inspect` in InspectionKit itself, or
/// the one named with `--product`), builds it, runs it, and prints each
/// `file:line:column: error: … [IKxxxx]` line it reports once, on standard output, with the
/// `#fileID` turned into the source file's full path.
///
/// Why standard output, and only there: SwiftPM joins a plugin's standard error to its
/// standard output, and prints plugin diagnostics (`Diagnostics.error`) on its own standard
/// error without their file, line or column. Emitting both printed every problem twice, once
/// without its place; the located line alone is what terminals, CI logs and editors that read
/// compiler output need. The plugin then fails with one summary line (SwiftPM prints it on
/// standard error).
///
/// This file is shared by both plugins (ValidateFrameworks links to it).
struct FrameworkTool {
  /// The executable products tried, in order, when `--product` is not given.
  static let conventionalProducts = ["inspect-frameworks", "inspect"]

  private let context: PluginContext
  private let executable: URL

  /// Builds the product `requested`, or the first conventional one the package has.
  init(context: PluginContext, packageManager: PackageManager, product requested: String?) throws {
    self.context = context
    let names = context.package.products.compactMap { $0 as? ExecutableProduct }.map(\.name)
    let candidates = requested.map { [$0] } ?? Self.conventionalProducts
    guard let product = candidates.first(where: names.contains) else {
      throw FrameworkToolError.noProduct(
        package: context.package.displayName, tried: candidates, available: names)
    }
    let result = try packageManager.build(
      .product(product), parameters: .init(configuration: .debug, logging: .concise))
    guard result.succeeded else {
      Self.report(result.logText, resolvingIn: context)
      throw FrameworkToolError.buildFailed(product: product)
    }
    guard let artifact = result.builtArtifacts.first(where: { $0.kind == .executable }) else {
      throw FrameworkToolError.buildFailed(product: product)
    }
    self.executable = artifact.url
  }

  /// Runs the executable with `arguments`; its output passes through, its diagnostics are
  /// printed once each, located at the source file. Returns whether it succeeded.
  func run(_ arguments: [String]) throws -> Bool {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = context.package.directoryURL
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    Self.report(text, resolvingIn: context)
    return process.terminationStatus == 0
  }

  /// Prints every line of `text` once on standard output: a compiler-style line with its
  /// file's full path, any other line as it is.
  static func report(_ text: String, resolvingIn context: PluginContext) {
    var output = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      guard let parsed = LocatedMessage(String(line)) else {
        output += line + "\n"
        continue
      }
      let file = sourcePath(of: parsed.file, in: context)
      output += "\(file):\(parsed.line):\(parsed.column): \(parsed.severity): \(parsed.message)\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// The full path of `file`: a path already, or a `#fileID` (`Module/File.swift`) found
  /// among the source files of the package and its dependencies.
  static func sourcePath(of file: String, in context: PluginContext) -> String {
    if file.hasPrefix("/") { return file }
    let parts = file.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return file }
    var packages = [context.package]
    var seen = Set<String>()
    while let package = packages.popLast() {
      guard seen.insert(package.id).inserted else { continue }
      packages += package.dependencies.map(\.package)
      for case let target as SourceModuleTarget in package.targets
      where target.moduleName == parts[0] {
        for source in target.sourceFiles(withSuffix: ".swift")
        where source.url.lastPathComponent == parts[1] {
          return source.url.path
        }
      }
    }
    return file
  }
}

/// One `file:line:column: severity: message` line.
struct LocatedMessage {
  let file: String
  let line: Int
  let column: Int
  let severity: String
  let message: String

  /// Parses `text`, or returns `nil` if it is not a located diagnostic.
  init?(_ text: String) {
    for severity in ["error", "warning", "note"] {
      guard let range = text.range(of: ": \(severity): ") else { continue }
      let place = text[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
      guard place.count >= 3, let line = Int(place[place.count - 2]),
        let column = Int(place[place.count - 1])
      else { continue }
      self.file = place.dropLast(2).joined(separator: ":")
      self.line = line
      self.column = column
      self.severity = severity
      self.message = String(text[range.upperBound...])
      return
    }
    return nil
  }
}

/// Why a framework plugin stopped.
enum FrameworkToolError: Error, CustomStringConvertible {
  case noProduct(package: String, tried: [String], available: [String])
  case buildFailed(product: String)
  case unexpectedArguments([String])
  case failed(command: String)

  var description: String {
    switch self {
    case .noProduct(let package, let tried, let available):
      "package '\(package)' has no executable product "
        + tried.map { "'\($0)'" }.joined(separator: " or ")
        + (available.isEmpty
          ? "" : " (it has " + available.map { "'\($0)'" }.joined(separator: ", ") + ")")
        + "; add one whose main.swift is 'InspectMain.run(frameworks: …)', or name one with "
        + "--product (see InspectionKit's docs/criteria-packs.md)"
    case .buildFailed(let product):
      "building '\(product)' failed; the compiler's errors are above"
    case .unexpectedArguments(let arguments):
      "unexpected arguments: " + arguments.map { "'\($0)'" }.joined(separator: " ")
    case .failed(let command):
      "\(command) found errors in the package's frameworks; they are listed above"
    }
  }
}
