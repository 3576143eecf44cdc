import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// `inspect merge PARTIAL...`: combine partial results exactly.
enum MergeCommand {
  static let spec = CommandSpec(
    "merge", abstract: "Merge partial results into the scores of the combined sample.",
    discussion: """
      Each PARTIAL is the output of 'inspect score … --partial'. Counts are added and every \
      score recomputed, so the result equals scoring the concatenated samples. The framework \
      is found in the catalog by the id and version the partials record, or given with \
      --framework for a document outside the catalog.
      """,
    examples: ["inspect merge part1.json part2.json --format json"],
    arguments: [ArgumentSpec("partials", help: "Partial results to merge.", isVariadic: true)],
    options: [
      ScoreOutput.formatOption,
      OptionSpec("output", short: "o", valueName: "FILE", help: "Write the report to FILE."),
      OptionSpec(
        "framework", valueName: "FILE", help: "The framework document, if not in the catalog."),
      OptionSpec("judgements", valueName: "FILE", help: "Judgements recorded by inspectors."),
      OptionSpec("explain", valueName: "ID", help: "Show how one score was derived."),
    ],
    flags: [FlagSpec("partial", help: "Write the merged counts as a partial result instead.")])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    var partials: [PartialResult] = []
    for path in context.arguments.positionals("partials") {
      do {
        let bytes = try AtomicFile.read(path)
        let document = try JSONParser.parse(bytes)
        let partial = try JSONValueDecoder().decode(PartialResult.self, from: document)
        try partial.checkCounts()
        partials.append(partial)
      } catch let error as EvaluationError {
        context.err("\(path):1:1: error: not a partial result: \(error.message)")
        throw .failed
      } catch let error as FileError {
        context.err("error: \(error.message)")
        throw .failed
      } catch let error as JSONParseError {
        context.err(
          "\(path):\(error.position.line):\(error.position.column): error: not a partial result: \(error.message)"
        )
        throw .failed
      } catch let error as JSONDecodingError {
        let position = error.position.map { "\($0.line):\($0.column)" } ?? "1:1"
        context.err(
          "\(path):\(position): error: not a partial result: \(error.message) (at \(error.path))")
        throw .failed
      } catch {
        context.err("error: cannot read '\(path)': \(error)")
        throw .failed
      }
    }
    let merged: PartialResult
    do { merged = try PartialResult.merge(partials) } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
    let name =
      context.arguments.option("framework") ?? "\(merged.framework.id)@\(merged.framework.version)"
    let resolved = try FrameworkSource.resolve(name, in: context)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let summary: TallySummary
    do { summary = try merged.summary(plan: plan) } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
    let (judgements, diagnostics) = try ScoreOutput.judgements(
      context.arguments.option("judgements"), document: resolved.document, in: context)
    let evaluation = Evaluator.finish(
      plan: plan, summary: summary, judgements: judgements, judgementDiagnostics: diagnostics)
    try ScoreOutput.emit(evaluation, plan: plan, warnings: resolved.warnings, in: context)
  }
}
