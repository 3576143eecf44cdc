import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// `inspect template <framework> [--output FILE]`: the CSV header a sample needs.
enum TemplateCommand {
  static let spec = CommandSpec(
    "template", abstract: "Write the CSV header a sample for a framework needs.",
    discussion: """
      The header has a 'case' column, one column per case attribute and one per question, in \
      framework order. Add an 'excluded' column to leave cases out with a reason.
      """,
    examples: ["inspect template OMI2 --output sample.csv"],
    arguments: [ArgumentSpec("framework", help: "A catalog id or a .json framework document.")],
    options: [OptionSpec("output", short: "o", valueName: "FILE", help: "Write to FILE.")])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    let document = resolved.document
    let header = ["case"] + document.attributes.map(\.id) + document.allQuestions.map(\.id)
    let text = CSVWriter.line(header)
    try context.emit(text)
  }
}
