import InspectionComparison
import InspectionEvaluator
import InspectionReports
import InspectionSchema

/// `inspect diff A B [--sample S]`: the structural difference between two frameworks.
enum DiffCommand {
  static let spec = CommandSpec(
    "diff", abstract: "Show the structural difference between two frameworks or versions.",
    discussion: """
      Sections, criteria and questions added, removed, moved, renamed or reworded; rules, \
      weights, scales and bands changed; applicability in the plain words of 'inspect show'. \
      When a crosswalk joins the frameworks (derived from shared concepts, or shipped), \
      questions are matched only through its equal mappings, and criteria and headlines \
      through the items it aligns: a question is "reworded" only when a mapping says it is \
      the same question, and an id the newer framework uses for something else is "reused". \
      Without a crosswalk elements are matched by id and a text change is just "text". With \
      --sample (a sample of A), the sample is also scored under B with its evidence carried \
      across the crosswalk (or, for two versions of one framework without one, across \
      questions of the same id and text), and every item's score and band shown under both.
      """,
    examples: [
      "inspect diff OMI@2006 OMI@2008",
      "inspect diff OMI@2008 OMI2 --sample Examples/OMI-2008/sample.csv",
    ],
    arguments: [
      ArgumentSpec("from", help: "The older framework (id, id@version or .json)."),
      ArgumentSpec("to", help: "The newer framework."),
    ],
    options: [
      ComparisonSupport.formatOption, ComparisonSupport.outputOption,
      OptionSpec("sample", valueName: "FILE", help: "A sample of the older framework."),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    let from = try FrameworkSource.resolve(arguments.positional("from") ?? "", in: context)
    let to = try FrameworkSource.resolve(arguments.positional("to") ?? "", in: context)
    let preamble = try derivation(from: from, to: to, in: context)
    let crosswalk = try ComparisonSupport.crosswalk(from: from, to: to, in: context)
    let diff = FrameworkDiff(from: from.document, to: to.document, crosswalk: crosswalk)
    var impact: FrameworkDiffReport.Impact?
    if let sample = arguments.option("sample") {
      let carriedBy: String
      let walk: CrosswalkDocument
      if let crosswalk {
        walk = crosswalk
        carriedBy = "the crosswalk \(crosswalk.from.label) → \(crosswalk.to.label) (equal mappings)"
      } else if from.document.id == to.document.id {
        walk = ComparisonSupport.identity(from: from, to: to)
        carriedBy = "questions with the same id and the same text (\(walk.mappings.count))"
      } else {
        throw ComparisonSupport.notJoined(from.document, to.document, in: context)
      }
      let source = try FrameworkSource.plan(from, in: context)
      let target = try FrameworkSource.plan(to, in: context)
      let carrier: CrosswalkCarrier
      do { carrier = try CrosswalkCarrier(walk, from: source, to: target) } catch {
        context.err("error: \(error.message)")
        throw .failed
      }
      let columns = try ComparisonSupport.columns(
        sample, source: source, targets: [(target, [carrier])], in: context)
      impact = FrameworkDiffReport.Impact(
        sample: sample, carriedBy: carriedBy, before: columns[0].result,
        after: columns[1].result)
    }
    let report = FrameworkDiffReport.render(
      diff, impact: impact, as: ComparisonSupport.format(context))
    try context.emit(ComparisonSupport.format(context) == .json ? report : preamble + report)
  }

  /// For a framework derived from the other (`Framework(…, basedOn:)`), the changes it records,
  /// in words, ahead of the structural difference. Fails (exit 1) if the base has changed
  /// since the derived framework was compiled: its recorded fingerprint no longer matches.
  static func derivation(
    from base: FrameworkSource.Resolved, to derived: FrameworkSource.Resolved,
    in context: CommandContext
  ) throws(CommandFailure) -> String {
    guard let reference = derived.document.base, reference.id == base.document.id,
      reference.version == base.document.version
    else { return "" }
    guard reference.fingerprint == base.fingerprint else {
      context.err(
        "error: \(base.document.label) has changed since \(derived.document.label) was compiled "
          + "(recorded \(reference.fingerprint), now \(base.fingerprint)); recompile it")
      throw .failed
    }
    let lines =
      ["\(derived.document.label): \(derived.document.title)"]
      + FrameworkOutline.derivation(reference)
    return lines.joined(separator: "\n") + "\n\n"
  }
}
