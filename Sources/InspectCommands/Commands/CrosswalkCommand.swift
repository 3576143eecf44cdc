import InspectionComparison
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect crosswalk show A B`: how the questions of B correspond to A's, and why.
enum CrosswalkCommand {
  static let showSpec = CommandSpec(
    "show",
    abstract: "Show every question of B with the question of A it corresponds to, or why none.",
    discussion: """
      The crosswalk is derived from the concepts both frameworks measure (a question measuring \\
      a concept exactly, asked of the same cases as one of A's, is the same question), with \\
      the shipped crosswalk's entries applied: mappings added or refined, vetoes, reasons for \\
      unmapped questions, criteria and headlines set on one row. Every question of B is \\
      listed once, in B's order, with its relation (read from A's side: equal, narrower, \\
      broader, overlapping) or none, a reason, and where the two reports say so. A coverage \\
      summary gives, per criterion, section and headline of B, its questions, how many a \\
      mapping reaches and how many receive answers (--carry relations, default equal).

      Exit status: 0 on success, 1 when no crosswalk joins the frameworks (IK0731) or one does \\
      not compile (located errors), 64 for a usage error.
      """,
    examples: [
      "inspect crosswalk show OMI@2008 OMI2",
      "inspect crosswalk show OMI@2008 OMI2 --format json",
      "inspect crosswalk show ESI OMI@2006 --format markdown --output esi-omi.md",
    ],
    arguments: [
      ArgumentSpec("from", help: "The source framework (id, id@version or .json)."),
      ArgumentSpec("to", help: "The target framework, whose every question is listed."),
    ],
    options: [
      ComparisonSupport.formatOption, ComparisonSupport.outputOption,
      OptionSpec(
        "carry", valueName: "RELATIONS",
        help: "Relations counted as carrying answers: equal, narrower, broader, overlapping.",
        defaultValue: "equal"),
    ])

  static let spec = CommandSpec(
    "crosswalk", abstract: "Show how two frameworks' questions correspond (crosswalk show A B).",
    examples: ["inspect crosswalk show OMI@2008 OMI2"], subcommands: [showSpec])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    throw .usage(context.usageError("Name a subcommand: inspect crosswalk show A B."))
  }

  static func show(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    let relations = try ComparisonSupport.carriedRelations(in: context)
    let from = try FrameworkSource.resolve(arguments.positional("from") ?? "", in: context)
    let to = try FrameworkSource.resolve(arguments.positional("to") ?? "", in: context)
    guard let compilation = try ComparisonSupport.compiledCrosswalk(from: from, to: to, in: context)
    else {
      throw ComparisonSupport.notJoined(from.document, to.document, in: context)
    }
    context.report(compilation.diagnostics)
    try context.emit(
      CrosswalkReport.render(
        compilation.document, from: from.document, to: to.document, carried: relations,
        concepts: context.catalog.conceptDocument(for: from.document),
        as: ComparisonSupport.format(context)))
  }
}
