import InspectionReports
import InspectionSchema

/// `inspect doc <framework> [--format markdown|html] [--output FILE]`: the framework as a
/// booklet for readers.
enum DocCommand {
  static let spec = CommandSpec(
    "doc", abstract: "Write a framework as a booklet (Markdown or HTML) to read or print.",
    discussion: """
      The booklet lists the sections, criteria with their standards, questions with their \
      answer scales and applicability in plain words, themes, headlines, how scores are \
      calculated and banded, and the sources and assumptions recorded in the declaration. The \
      HTML is one self-contained page (no scripts, no network) that prints on A4.
      """,
    examples: [
      "inspect doc OMI2",
      "inspect doc OMI2 --format html --output OMI2.html",
      "inspect doc build/OMI2-2009.json --format markdown",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document.")
    ],
    options: [
      OptionSpec(
        "format", short: "f", help: "The booklet format.", allowedValues: ["markdown", "html"],
        defaultValue: "markdown"),
      OptionSpec(
        "output", short: "o", valueName: "FILE", help: "Write the booklet to FILE (atomically)."),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    let provenance = ReportProvenance(inspectionKitVersion: Inspect.version)
    let text =
      context.arguments.option("format") == "html"
      ? FrameworkBooklet.html(
        resolved.document, fingerprint: resolved.fingerprint, provenance: provenance)
      : FrameworkBooklet.markdown(
        resolved.document, fingerprint: resolved.fingerprint, provenance: provenance)
    try context.emit(text)
  }
}
