import InspectionCompiler
import InspectionSchema
import InspectionSupport

/// `inspect validate <file.json>`: load and check a framework document.
enum ValidateCommand {
  static let spec = CommandSpec(
    "validate", abstract: "Check a framework document (JSON) as the compiler would.",
    discussion: "Reports every problem with its line and column, and exits 1 if any is an error.",
    examples: ["inspect validate build/frameworks/OMI2-2009.json"],
    arguments: [ArgumentSpec("file", help: "The framework document to check.")],
    options: [DiagnosticsFormat.option])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let path = context.arguments.positional("file") ?? ""
    let loaded = FrameworkLoader.load(path: path)
    DiagnosticsFormat.print(loaded.diagnostics, in: context)
    guard let document = loaded.document, let fingerprint = loaded.fingerprint else {
      throw .failed
    }
    context.out("\(path): \(document.label) is valid (\(fingerprint))\n")
  }
}
