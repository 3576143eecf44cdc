import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect form <framework> --format html|xlsx [--output FILE]`: a page or a workbook in
/// which inspectors record cases, giving a sample `inspect score` reads.
enum FormCommand {
  static let spec = CommandSpec(
    "form", abstract: "Write a case entry form: a web page or a spreadsheet workbook.",
    discussion: """
      The HTML page is one self-contained file (no network): it records cases one at a time, \
      shows only the questions that apply to each case (by the framework's own rules), lists \
      the cases with their completeness, keeps the work in the browser, and exports and \
      imports CSV and JSON samples. The .xlsx workbook has a Cases sheet with a drop-down of \
      the allowed codes and the question as each cell's message, a Questions sheet and a Read \
      me. Both give a sample 'inspect score' reads; see docs/case-entry.md.
      """,
    examples: [
      "inspect form OMI2 --output OMI2-cases.html",
      "inspect form OMI2 --format xlsx --output OMI2-cases.xlsx",
      "inspect form OMI2 --metadata inspector,team --output OMI2-cases.html",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document.")
    ],
    options: [
      OptionSpec(
        "format", short: "f", help: "The kind of form.", allowedValues: ["html", "xlsx"],
        defaultValue: "html"),
      OptionSpec(
        "output", short: "o", valueName: "FILE",
        help: "Write the form to FILE (atomically); required for xlsx."),
      OptionSpec(
        "metadata", valueName: "NAMES",
        help: "Case metadata columns to record too (e.g. inspector,team); score the sample "
          + "with the same --metadata.",
        isRepeatable: true),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let metadata = try SampleInput.readOptions(context, plan: plan).metadata
    let model = FormModel(plan: plan, metadata: metadata)
    let generator = "InspectionKit \(Inspect.version)"
    guard context.arguments.option("format") == "xlsx" else {
      try context.emit(FormPage.render(model, generator: generator))
      return
    }
    guard let output = context.arguments.option("output") else {
      throw .usage(
        context.usageError(
          "--format xlsx needs --output FILE: a workbook is not text for the terminal"))
    }
    do {
      try AtomicFile.write(FormWorkbook.render(model, generator: generator), to: output)
    } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
  }
}
