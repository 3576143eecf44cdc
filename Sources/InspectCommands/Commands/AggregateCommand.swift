import InspectionComparison
import InspectionEvaluator
import InspectionReports
import InspectionSchema

/// `inspect aggregate <framework> S1 S2 …`: a programme of inspections, mean and pooled.
enum AggregateCommand {
  static let spec = CommandSpec(
    "aggregate", abstract: "Aggregate several inspections: mean of scores and pooled over cases.",
    discussion: """
      Each sample is one inspection, scored under the framework. The programme aggregate is \
      shown both as the mean of the inspections' scores (every inspection weighs the same) \
      and pooled over cases (the counts added and scored as one sample). The two differ \
      whenever inspections differ in size, as the 2013–14 IAOW set aggregates do. Two \
      samples with the same fingerprint (the same cases, in any order or format) are warned \
      about (IK0733): they would be counted twice.
      """,
    examples: ["inspect aggregate IAOW trust1.csv trust2.csv trust3.csv --format markdown"],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document."),
      ArgumentSpec("samples", help: "One sample per inspection (.csv or .json).", isVariadic: true),
    ],
    options: [ComparisonSupport.workbookFormatOption, ComparisonSupport.outputOption])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    let plan = try FrameworkSource.plan(resolved, in: context)
    var inspections: [(name: String, summary: TallySummary)] = []
    var fingerprints: [(name: String, fingerprint: String)] = []
    for path in context.arguments.positionals("samples") {
      let evidence = try ComparisonSupport.evidence(path, plan: plan, caseLimit: 0, in: context)
      inspections.append((path, evidence.evaluation.summary))
      fingerprints.append((path, evidence.evaluation.result.sample.fingerprint))
    }
    ComparisonSupport.warnIfSameSample(fingerprints, in: context)
    let aggregate: ProgrammeAggregate
    do { aggregate = try ProgrammeAggregate(plan: plan, inspections: inspections) } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
    if try ComparisonSupport.emitWorkbook(
      { ProgrammeAggregateReport.document(aggregate) }, in: context)
    {
      return
    }
    try context.emit(
      ProgrammeAggregateReport.render(aggregate, as: ComparisonSupport.format(context)))
  }
}
