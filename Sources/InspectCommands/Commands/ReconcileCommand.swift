import InspectionComparison
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect reconcile <framework> PUBLISHED.json [--sample S]`: check published figures.
enum ReconcileCommand {
  static let spec = CommandSpec(
    "reconcile", abstract: "Check published figures against a framework's bands and rules.",
    discussion: """
      Checks each printed label against the band its printed percentage falls in (or the \
      judgement scale's labels), each printed section figure against the framework's \
      aggregation of the printed criterion figures, and each programme aggregate against the \
      mean of its inspections. With --sample, also the sample's computed scores against the \
      printed ones. Every divergence is listed with its size and whether the file records \
      it. Exit 0 unless the input is unreadable; with --strict, exit 1 when a divergence beyond rounding is \
      new (not recorded in the file's knownDiscrepancies or overrides).
      """,
    examples: [
      "inspect reconcile OMI2 Examples/Published/OMI2-Hertfordshire-2010.json",
      "inspect reconcile FJI Examples/Published/FJI-AnnualReport-2013-14.json --strict",
      "inspect reconcile OMI2 Examples/Published/OMI2-Hertfordshire-2010.json --sample Examples/OMI2/sample.csv",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document."),
      ArgumentSpec("published", help: "A published-figures file (Examples/Published/README.md)."),
    ],
    options: [
      ComparisonSupport.formatOption, ComparisonSupport.outputOption,
      OptionSpec(
        "sample", valueName: "FILE", help: "A sample to compare with the printed figures."),
      OptionSpec(
        "inspection", valueName: "N", help: "Which inspection of the file --sample is (1 = first).",
        defaultValue: "1"),
    ],
    flags: [FlagSpec("strict", help: "Exit 1 when a divergence is not recorded in the file.")])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    let resolved = try FrameworkSource.resolve(arguments.positional("framework") ?? "", in: context)
    let path = arguments.positional("published") ?? ""
    let bytes: [UInt8]
    do {
      bytes = try InputFile.read(
        path, limit: PublishedFigures.maximumFileBytes, what: "published-figures file")
    } catch {
      context.err("error: \(error.message) [\(DiagnosticCode.unreadablePublished.code)]")
      throw .failed
    }
    let figures: PublishedFigures
    do {
      figures = try PublishedFigures.read(bytes: bytes, file: path)
    } catch {
      context.report([error.diagnostic])
      throw .failed
    }
    let document = resolved.document
    if figures.framework.id != document.id {
      context.err(
        "error: '\(path)' holds figures published under \(figures.framework.label), not "
          + "\(document.id); reconcile it with \(figures.framework.label) "
          + "[\(DiagnosticCode.publishedFrameworkMismatch.code)]")
      throw .failed
    }
    if figures.framework.version != document.version {
      context.err(
        "warning: '\(path)' was published under \(figures.framework.label); checking it "
          + "against \(document.label) [\(DiagnosticCode.publishedFrameworkMismatch.code)]")
    }
    guard let number = Int(arguments.option("inspection") ?? "1"), number >= 1,
      number <= max(1, figures.inspections.count)
    else {
      throw .usage(
        context.usageError(
          "--inspection must be a number from 1 to \(figures.inspections.count)."))
    }
    var sample: ScoreResult?
    if let samplePath = arguments.option("sample") {
      let plan = try FrameworkSource.plan(resolved, in: context)
      sample = try ComparisonSupport.evidence(samplePath, plan: plan, in: context).evaluation.result
    }
    let reconciliation = Reconciliation(
      figures: figures, document: document, fingerprint: resolved.fingerprint, sample: sample,
      inspection: number - 1)
    try context.emit(
      ReconciliationReport.render(reconciliation, as: ComparisonSupport.format(context)))
    if arguments.flag("strict") {
      let new = reconciliation.divergences.filter { $0.status == .new && $0.beyondRounding }
      if !new.isEmpty {
        context.err(
          "error: \(new.count) divergence(s) are not recorded in '\(path)': "
            + new.map { "\($0.inspection) \($0.kind.rawValue) \($0.id)" }.joined(separator: "; "))
        throw .failed
      }
    }
  }
}
