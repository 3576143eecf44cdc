import FrameworkCatalog
import InspectionCompiler
import InspectionReports
import InspectionSchema

/// `inspect list`: the frameworks InspectionKit ships.
enum ListCommand {
  static let spec = CommandSpec(
    "list", abstract: "List the shipped frameworks with their versions.",
    examples: ["inspect list"])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    var table = TextTable(columns: [
      .left("ID"), .left("VERSION"), .left("PERIOD"), .right("SECTIONS"), .right("CRITERIA"),
      .right("QUESTIONS"), .left("TITLE"),
    ])
    for framework in context.catalog.all {
      let document = FrameworkCompiler.compile(framework).document
      table.add([
        document.id, document.version, document.period?.description ?? "",
        String(document.sections.count), String(document.allCriteria.count),
        String(document.allQuestions.count), document.title,
      ])
    }
    context.out(table.render() + "\n")
  }
}
