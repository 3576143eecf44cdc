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
      Reports every printed figure as reproduced, divergent or not checkable (with the \
      reason): each printed label against the band its printed percentage falls in (or the \
      judgement scale's labels); each criterion and headline figure against the framework's \
      rule applied to the printed question findings; each section figure against its rule \
      applied to the printed criterion figures; each programme aggregate against the mean of \
      its inspections. With --sample, also the sample's computed scores against the printed \
      ones. A figure is reproduced when a value the rule gives rounds half away from zero to \
      it; a finding the report gave in words ("less than half", "around one-quarter") is a \
      bound or an approximate value, and the check a bound check. Each divergence has its \
      size and whether the file records it; every question finding is read by a check or \
      says why not. Exit 0 unless the input is unreadable; with --strict, exit 1 when a \
      divergence beyond rounding is new (not in the file's knownDiscrepancies or overrides). \
      The file format and the rule: docs/published-files.md.
      """,
    examples: [
      "inspect reconcile OMI2 Examples/Published/OMI2-Hertfordshire-2010.json",
      "inspect reconcile FJI Examples/Published/FJI-AnnualReport-2013-14.json --strict",
      "inspect reconcile OMI2 Examples/Published/OMI2-Hertfordshire-2010.json --sample Examples/OMI2/sample.csv",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document."),
      ArgumentSpec("published", help: "A published-figures file (docs/published-files.md)."),
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
