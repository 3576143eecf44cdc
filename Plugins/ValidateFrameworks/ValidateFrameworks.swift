import Foundation
import PackagePlugin

/// `swift package validate-frameworks [--product NAME]`
///
/// Compiles every framework of the package without writing anything, and exits non-zero when
/// any has an error: the check for CI. Each problem is printed once, on standard output, as
/// `path:line:column: error: … [IKxxxx]`; the failure itself is one summary line on standard
/// error. Builds and runs the package's `inspect-frameworks` executable (`inspect compile
/// all`).
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
