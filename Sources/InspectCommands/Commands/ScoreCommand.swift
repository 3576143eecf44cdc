import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect score <framework> <sample>`: score a sample of cases.
enum ScoreCommand {
  static let spec = CommandSpec(
    "score", abstract: "Score a sample of cases against a framework.",
    discussion: """
      The sample is CSV (a header naming 'case', each attribute and each question; one case \
      per row), an .xlsx workbook (the same columns on its first sheet, or --sheet) or JSON \
      ({"cases": [...]}); '-' reads CSV from standard input. Codes are matched ignoring \
      spaces around them and letter case, and an option's label is read as its code, each \
      kind counted in one warning (--strict-codes turns this off). Every problem is reported \
      with its line and column (or cell) and case id, and any error fails the run (exit 1): \
      nothing is scored silently.
      """,
    examples: [
      "inspect score DEMO Examples/Demonstration/sample.csv",
      "inspect score OMI2 sample.csv --format json --output scores.json",
      "inspect score DEMO sample.csv --explain 1.1",
      "inspect score OMI2 part1.csv --partial --output part1.json",
      "inspect score OMI2 cases.xlsx --sheet Cases --metadata inspector,team",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document."),
      ArgumentSpec(
        "sample", help: "The sample: .csv, .xlsx or .json, or '-' for CSV on standard input."),
    ],
    options: [
      ScoreOutput.formatOption,
      OptionSpec(
        "output", short: "o", valueName: "FILE", help: "Write the report to FILE (atomically)."),
      OptionSpec(
        "judgements", valueName: "FILE", help: "Judgements recorded by inspectors (CSV or JSON)."),
      OptionSpec("explain", valueName: "ID", help: "Show how one score was derived."),
      OptionSpec(
        "threads", valueName: "N",
        help: "Score a large CSV file in up to N parts at once (default: the processors; "
          + "1 reads it in order). The result is the same."),
    ] + SampleInput.options,
    flags: [
      FlagSpec(
        "allow-incomplete", help: "Leave a case out of a question it did not answer, and list it."),
      FlagSpec(
        "exclude-invalid", help: "Exclude cases with errors, with the reason, instead of failing."),
      FlagSpec("partial", help: "Write mergeable counts (JSON) for 'inspect merge'."),
    ] + SampleInput.flags)

  static func run(_ context: CommandContext) throws(CommandFailure) {
    try ScoreOutput.checkExplain(context)
    let arguments = context.arguments
    let resolved = try FrameworkSource.resolve(
      arguments.positional("framework") ?? "", in: context, warn: false)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let (judgements, judgementDiagnostics) = try ScoreOutput.judgements(
      arguments.option("judgements"), document: resolved.document, in: context)

    let samplePath = arguments.positional("sample") ?? ""
    let readOptions = try SampleInput.readOptions(context, plan: plan)
    let options = SampleTally.Options(
      allowIncomplete: arguments.flag("allow-incomplete"),
      excludeInvalid: arguments.flag("exclude-invalid"),
      collectCaseIDs: arguments.flag("partial"), metadata: readOptions.metadata)
    var threads: Int?
    if let text = arguments.option("threads") {
      guard let number = Int(text), (1...64).contains(number) else {
        throw .usage(context.usageError("--threads must be a whole number from 1 to 64"))
      }
      threads = number
    }
    var reader = try SampleInput.open(
      samplePath, plan: plan, options: readOptions, threads: threads, in: context)
    let evaluation = Evaluator.evaluate(
      plan: plan, reader: &reader, options: options, judgements: judgements,
      judgementDiagnostics: judgementDiagnostics)
    try ScoreOutput.emit(evaluation, plan: plan, warnings: resolved.warnings, in: context)
  }
}
