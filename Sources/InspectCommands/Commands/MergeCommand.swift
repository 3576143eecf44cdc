import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// `inspect merge PARTIAL...`: combine partial results exactly.
enum MergeCommand {
  static let spec = CommandSpec(
    "merge", abstract: "Merge partial results into the scores of the combined sample.",
    discussion: """
      Each PARTIAL is the output of 'inspect score … --partial' (or of 'inspect merge … \
      --partial'). Each is verified (format, integrity digest, counts that hold together), \
      they must come from one framework version, and no case may be counted twice: a merged \
      partial merged again with one of its inputs is refused. Counts are added and every \
      score recomputed, so the result equals scoring the concatenated samples. The framework \
      is found in the catalog by the id and version the partials record, or given with \
      --framework for a document outside the catalog. docs/partial-results.md describes the \
      format.
      """,
    examples: [
      "inspect merge part1.json part2.json --format json",
      "inspect merge north.json south.json --partial --output national.json",
    ],
    arguments: [ArgumentSpec("partials", help: "Partial results to merge.", isVariadic: true)],
    options: [
      ScoreOutput.formatOption,
      OptionSpec("output", short: "o", valueName: "FILE", help: "Write the report to FILE."),
      OptionSpec(
        "framework", valueName: "FILE", help: "The framework document, if not in the catalog."),
      OptionSpec("judgements", valueName: "FILE", help: "Judgements recorded by inspectors."),
      OptionSpec("explain", valueName: "ID", help: "Show how one score was derived."),
      ScoreOutput.minimumGroupSizeOption,
    ],
    flags: [FlagSpec("partial", help: "Write the merged counts as a partial result instead.")])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    try ScoreOutput.checkExplain(context)
    let minimumGroupSize = try ScoreOutput.minimumGroupSize(context)
    var files: [PartialResultFile] = []
    for path in context.arguments.positionals("partials") {
      let bytes: [UInt8]
      do {
        bytes = try InputFile.read(
          path, limit: PartialResult.maximumFileBytes, what: "partial result")
      } catch {
        context.err("error: \(error.message) [\(DiagnosticCode.unreadablePartial.code)]")
        throw .failed
      }
      do {
        files.append(try PartialResult.read(bytes: bytes, file: path))
      } catch {
        context.report([error.diagnostic])
        throw .failed
      }
    }
    let merged: PartialResult
    do { merged = try PartialResult.merge(files) } catch {
      context.report([error.diagnostic])
      throw .failed
    }
    let name =
      context.arguments.option("framework") ?? "\(merged.framework.id)@\(merged.framework.version)"
    let resolved = try FrameworkSource.resolve(name, in: context, warn: false)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let summary: TallySummary
    do { summary = try merged.summary(plan: plan) } catch {
      context.err(
        "error: \(error.message) [\(DiagnosticCode.partialFrameworkMismatch.code)]")
      throw .failed
    }
    let (judgements, diagnostics) = try ScoreOutput.judgements(
      context.arguments.option("judgements"), document: resolved.document, in: context)
    let evaluation = Evaluator.finish(
      plan: plan, summary: summary, judgements: judgements, judgementDiagnostics: diagnostics,
      minimumGroupSize: minimumGroupSize)
    try ScoreOutput.emit(evaluation, plan: plan, warnings: resolved.warnings, in: context)
  }
}
