import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// What `score` and `merge` share: loading judgements and writing results.
enum ScoreOutput {
  static let formatOption = OptionSpec(
    "format", short: "f", help: "The report format.",
    allowedValues: ["text", "json", "csv", "markdown", "html", "xlsx"], defaultValue: "text")

  /// `--min-group-size N`: groups of a breakdown with fewer scored cases are suppressed.
  static let minimumGroupSizeOption = OptionSpec(
    "min-group-size", valueName: "N",
    help: "Suppress (show no number for) a group of a breakdown with fewer than N scored cases "
      + "(default \(BreakdownScore.defaultMinimumGroupSize)).")

  /// The `--min-group-size` given, or the default; refuses (exit 64) anything but a whole
  /// number from 1 to 1,000,000.
  static func minimumGroupSize(_ context: CommandContext) throws(CommandFailure) -> Int {
    guard let text = context.arguments.option("min-group-size") else {
      return BreakdownScore.defaultMinimumGroupSize
    }
    guard let number = Int(text), (1...1_000_000).contains(number) else {
      throw .usage(
        context.usageError("--min-group-size must be a whole number from 1 to 1000000"))
    }
    return number
  }

  /// Refuses (exit 64) `--explain` with another format than text, or with `--partial`: the
  /// explanation is text, and would otherwise be printed in place of the report asked for.
  static func checkExplain(_ context: CommandContext) throws(CommandFailure) {
    guard context.arguments.option("explain") != nil else { return }
    let format = context.arguments.option("format") ?? "text"
    if format != "text" {
      throw .usage(
        context.usageError(
          "--explain prints a text explanation; it cannot be given with --format \(format). "
            + "Drop one of them."))
    }
    if context.arguments.flag("partial") {
      throw .usage(context.usageError("--explain cannot be given with --partial; drop one."))
    }
  }

  static func judgements(
    _ path: String?, document: FrameworkDocument, in context: CommandContext
  ) throws(CommandFailure) -> ([String: RecordedJudgement], [Diagnostic]) {
    guard let path else { return ([:], []) }
    let bytes: [UInt8]
    do {
      bytes = try InputFile.read(
        path, limit: JudgementsReader.maximumFileBytes, what: "judgements file")
    } catch {
      context.err("error: \(error.message) [\(DiagnosticCode.unreadableJudgements.code)]")
      throw .failed
    }
    let read = JudgementsReader.read(bytes: bytes, file: path, document: document)
    return (read.judgements, read.diagnostics)
  }

  static func emit(
    _ evaluation: Evaluation, plan: ScoringPlan, warnings: [Diagnostic],
    in context: CommandContext
  ) throws(CommandFailure) {
    let arguments = context.arguments
    if evaluation.failed {
      context.report(evaluation.errors)
      let invalid = evaluation.summary.invalidCases
      context.err(
        "error: the sample was not scored: \(evaluation.errorCount) error(s)"
          + (invalid > 0
            ? " in \(invalid) of \(evaluation.summary.cases) cases. Fix them, or use "
              + "--exclude-invalid to leave invalid cases out with their reasons."
            : ". Fix them and score again."))
      throw .failed
    }
    var result = evaluation.result
    result.warnings = warnings + result.warnings
    if arguments.option("format") == "xlsx", arguments.option("explain") == nil,
      !arguments.flag("partial")
    {
      guard let output = arguments.option("output") else {
        throw .usage(
          context.usageError(
            "--format xlsx needs --output FILE: a workbook is not text for the terminal"))
      }
      do {
        try AtomicFile.write(ScoreWorkbook.render(result), to: output)
      } catch {
        context.err("error: \(error.message)")
        throw .failed
      }
      context.report(result.warnings.filter { $0.severity == .warning })
      return
    }
    let text: String
    if let id = arguments.option("explain") {
      guard let explanation = ScoreExplanation.render(id, in: result) else {
        let ids = result.items.map(\.id) + result.questions.map(\.id)
        throw .usage(
          context.usageError(
            "'\(id)' is not a question, criterion, section, headline or overall rating of "
              + "\(plan.document.label)." + Suggestion.didYouMean(id, among: ids)))
      }
      let framework = arguments.positional("framework")
      let sample = arguments.positional("sample")
      text =
        explanation
        + (framework != nil && sample != nil
          ? "\nThe cases behind it, and how each counted: inspect cases \(framework ?? "") "
            + "\(sample ?? "") --item \(id)\n" : "")
    } else if arguments.flag("partial") {
      text = CanonicalJSON.pretty(PartialResult(summary: evaluation.summary, plan: plan).document())
    } else {
      switch arguments.option("format") {
      case "json": text = ScoreJSONReport.render(result)
      case "csv": text = ScoreCSVReport.render(result)
      case "markdown":
        text = ScoreMarkdownReport.render(
          result, document: plan.document, inspectionKitVersion: Inspect.version)
      case "html":
        text = ScoreHTMLReport.render(
          result, document: plan.document,
          provenance: ReportProvenance(inspectionKitVersion: Inspect.version))
      default: text = ScoreTextReport.render(result)
      }
    }
    try context.emit(text)
    // The report holds the warnings; written to a file, they are also said on standard error.
    if arguments.option("output") != nil {
      context.report(result.warnings.filter { $0.severity == .warning })
    }
  }
}
