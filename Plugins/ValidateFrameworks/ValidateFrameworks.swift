import Foundation
import PackagePlugin

/// `swift package validate-frameworks [--product NAME]`
///
/// Compiles every framework of the package without writing anything, and exits non-zero with
/// each problem at its `file:line` when any has an error: the check for CI. Builds and runs
/// the package's `inspect-frameworks` executable (`inspect compile all`).
@main
struct ValidateFrameworks: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    var extractor = ArgumentExtractor(arguments)
    let product = extractor.extractOption(named: "product").last
    guard extractor.remainingArguments.isEmpty else {
      throw FrameworkToolError.unexpectedArguments(extractor.remainingArguments)
    }
    let tool = try FrameworkTool(context: context, packageManager: packageManager, product: product)
    guard try tool.run(["compile", "all"]) else {
      throw FrameworkToolError.failed(command: "validate-frameworks")
    }
  }
}
