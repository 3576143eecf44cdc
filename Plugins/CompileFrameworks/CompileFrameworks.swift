import Foundation
import PackagePlugin

/// `swift package compile-frameworks [--output DIR] [--framework ID]… [--product NAME]`
///
/// Writes the canonical JSON of the package's frameworks, `DIR/<id>-<version>.json` each
/// (`CompiledFrameworks/` unless `--output` says otherwise; relative to the package). Builds
/// and runs the package's `inspect-frameworks` executable; exits non-zero with located
/// diagnostics when a framework does not compile.
@main
struct CompileFrameworks: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    var extractor = ArgumentExtractor(arguments)
    let output = extractor.extractOption(named: "output").last ?? "CompiledFrameworks"
    let ids = extractor.extractOption(named: "framework")
    let product = extractor.extractOption(named: "product").last
    guard extractor.remainingArguments.isEmpty else {
      throw FrameworkToolError.unexpectedArguments(extractor.remainingArguments)
    }
    let directory =
      output.hasPrefix("/")
      ? output : context.package.directoryURL.appendingPathComponent(output).path
    let tool = try FrameworkTool(context: context, packageManager: packageManager, product: product)
    var succeeded = true
    for id in ids.isEmpty ? ["all"] : ids {
      succeeded = try tool.run(["compile", id, "--output", directory]) && succeeded
    }
    guard succeeded else { throw FrameworkToolError.failed(command: "compile-frameworks") }
  }
}
