import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect provenance <framework> [--format text|json|markdown] [--output FILE]`: where each
/// part of a framework comes from, counted per basis.
enum ProvenanceCommand {
  static let spec = CommandSpec(
    "provenance", abstract: "Count a framework's parts per basis in their published sources.",
    discussion: """
      Lists the framework's sources, how many questions (and parts of every kind: sections, \
      criteria, rules, scales, headlines and their memberships) rest on each basis — printed \
      figure, printed in words, from report prose, stated rule, inferred rule, placeholder — \
      and every placeholder, inferred rule and uncited part with where it comes from. The \
      question counts add up to the number of questions. docs/provenance.md explains the bases. \
      Exit 0 when the framework loads, 1 when it does not (with located errors), 64 for usage.
      """,
    examples: [
      "inspect provenance OMI2",
      "inspect provenance OMI@2008 --format markdown",
      "inspect provenance build/OMI2-2009.json --format json --output omi2-provenance.json",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document.")
    ],
    options: [
      OptionSpec(
        "format", short: "f", help: "The report format.",
        allowedValues: ["text", "json", "markdown"], defaultValue: "text"),
      OptionSpec(
        "output", short: "o", valueName: "FILE", help: "Write the report to FILE (atomically)."),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    let document = resolved.document
    let fingerprint = resolved.fingerprint
    let text =
      switch context.arguments.option("format") {
      case "json": ProvenanceReport.json(document, fingerprint: fingerprint)
      case "markdown": ProvenanceReport.markdown(document, fingerprint: fingerprint)
      // A document read from a file can hold any text: shown inert, its lines kept.
      default:
        VisibleText.inert(
          ProvenanceReport.text(document, fingerprint: fingerprint), keepingLayout: true)
      }
    try context.emit(text)
  }
}
