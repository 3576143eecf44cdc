import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect show <framework>`: the framework's structure in plain words.
enum ShowCommand {
  static let spec = CommandSpec(
    "show", abstract: "Show a framework's sections, criteria, questions and rules.",
    examples: ["inspect show OMI2", "inspect show OMI@2006", "inspect show build/OMI2-2009.json"],
    arguments: [ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json file.")]
  )

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    // A document read from a file can hold any text: shown inert (no control character, no
    // tag), its lines kept.
    context.out(
      VisibleText.inert(
        FrameworkOutline.render(resolved.document, fingerprint: resolved.fingerprint),
        keepingLayout: true))
  }
}
