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
      "inspect score OMI@2008 sample.csv --by case_type --format json",
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
      OptionSpec(
        "by", valueName: "NAMES",
        help: "Break every score down by the values of these attributes or --metadata columns "
          + "(e.g. case_type,team): one breakdown each, its groups adding up to the whole.",
        isRepeatable: true),
      ScoreOutput.minimumGroupSizeOption,
      OptionSpec(
        "replicates", valueName: "N",
        help: "Bootstrap replicates for --intervals (default "
          + "\(ScoreIntervals.defaultReplicates); 10 to 100000)."),
      OptionSpec(
        "seed", valueName: "S",
        help: "The bootstrap seed for --intervals (default \(ScoreIntervals.defaultSeed)); the "
          + "same seed gives the same intervals."),
    ] + SampleInput.options,
    flags: SampleInput.caseFlags + [
      FlagSpec("partial", help: "Write mergeable counts (JSON) for 'inspect merge'."),
      FlagSpec(
        "intervals",
        help: "Add a 95% case-bootstrap interval to every criterion, section, headline and "
          + "overall score, and mark a band the interval crosses as not secure "
          + "(docs/intervals.md)."),
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
    let minimumGroupSize = try ScoreOutput.minimumGroupSize(context)
    let intervals = try intervalSettings(context, plan: plan)
    var options = SampleTally.Options(
      allowIncomplete: arguments.flag("allow-incomplete"),
      excludeInvalid: arguments.flag("exclude-invalid"),
      collectCaseIDs: arguments.flag("partial"), metadata: readOptions.metadata,
      breakdowns: try breakdowns(context, plan: plan, metadata: readOptions.metadata))
    options.collectCaseEffects = intervals != nil
    var threads: Int?
    if let text = arguments.option("threads") {
      guard let number = Int(text), (1...64).contains(number) else {
        throw .usage(context.usageError("--threads must be a whole number from 1 to 64"))
      }
      threads = number
    }
    var reader = try SampleInput.open(
      samplePath, plan: plan, options: readOptions, threads: threads, in: context)
    var evaluation = Evaluator.evaluate(
      plan: plan, reader: &reader, options: options, judgements: judgements,
      judgementDiagnostics: judgementDiagnostics, minimumGroupSize: minimumGroupSize)
    if let intervals, !evaluation.failed {
      intervals.apply(
        to: &evaluation.result, effects: evaluation.summary.caseEffects, judgements: judgements)
    }
    try ScoreOutput.emit(evaluation, plan: plan, warnings: resolved.warnings, in: context)
  }

  /// The `--by` names, each an attribute of the framework or a declared `--metadata` column;
  /// anything else is refused (exit 64) with the names it could be.
  static func breakdowns(
    _ context: CommandContext, plan: ScoringPlan, metadata: [String]
  ) throws(CommandFailure) -> [String] {
    var names: [String] = []
    for value in context.arguments.options("by") {
      for part in value.split(separator: ",", omittingEmptySubsequences: false) {
        let name = String(part)
        let known = plan.attributes.map(\.id) + metadata
        guard known.contains(name) else {
          throw .usage(
            context.usageError(
              "--by \(Quoted(name)) is neither an attribute of \(plan.document.label) nor a "
                + "--metadata column." + Suggestion.didYouMean(name, among: known),
              hint: "attributes: " + plan.attributes.map(\.id).joined(separator: ", ")))
        }
        guard !names.contains(name) else {
          throw .usage(context.usageError("--by names \(Quoted(name)) twice"))
        }
        names.append(name)
      }
    }
    return names
  }

  /// The bootstrap asked for with `--intervals` (and `--replicates`, `--seed`), or `nil`;
  /// refuses (exit 64) a bad count or seed, either without `--intervals`, and `--intervals`
  /// with `--partial` (a partial result keeps counts, not the cases a bootstrap resamples).
  static func intervalSettings(_ context: CommandContext, plan: ScoringPlan)
    throws(CommandFailure) -> ScoreIntervals?
  {
    let arguments = context.arguments
    guard arguments.flag("intervals") else {
      for name in ["replicates", "seed"] where arguments.option(name) != nil {
        throw .usage(context.usageError("--\(name) applies only with --intervals"))
      }
      return nil
    }
    if arguments.flag("partial") {
      throw .usage(
        context.usageError(
          "--intervals cannot be given with --partial: a partial result keeps counts, not the "
            + "cases a bootstrap resamples. Score the whole sample with --intervals."))
    }
    var replicates = ScoreIntervals.defaultReplicates
    if let text = arguments.option("replicates") {
      guard let number = Int(text), (10...100_000).contains(number) else {
        throw .usage(context.usageError("--replicates must be a whole number from 10 to 100000"))
      }
      replicates = number
    }
    var seed = ScoreIntervals.defaultSeed
    if let text = arguments.option("seed") {
      guard let number = UInt64(text) else {
        throw .usage(
          context.usageError("--seed must be a whole number from 0 to 18446744073709551615"))
      }
      seed = number
    }
    return ScoreIntervals(plan: plan, replicates: replicates, seed: seed)
  }
}
