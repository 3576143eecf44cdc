import InspectionComparison
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionStatistics
import InspectionSupport

/// `inspect compare`: one sample under several frameworks, or a baseline and a follow-up.
enum CompareCommand {
  static let spec = CommandSpec(
    "compare",
    abstract: "Compare one sample under several frameworks, or a baseline with a follow-up.",
    discussion: """
      With --sample and --frameworks A,B,…: the sample is read under A and its evidence \
      carried across the crosswalks A→B→… (derived from the concepts the frameworks share, \
      with the shipped crosswalks' entries); each framework scores what reached it. Items \
      share a row only when a mapping says they measure the same thing, and every cell \
      carries its coverage: questions with evidence of the item's questions, and the cases \
      behind them. Below --min-coverage percent a cell reads "not comparable (n of m)" with \
      no score or band. Only --carry relations carry answers (default: equal).

      With <framework> --baseline S1 --followup S2: the change of every question (Fisher's \
      exact test, with Holm and Benjamini–Hochberg adjusted p-values; the marker follows \
      --adjust), criterion, section, headline and overall rating (case bootstrap with a \
      fixed seed, so intervals are the same on every run), and the adjusted baseline \
      re-scored on the questions present in both samples. With --followup-framework B, the \
      follow-up is read under B and the baseline carried into B through the same mappings; \
      items below --min-coverage are not comparable. Samples above --bootstrap-limit scored \
      cases are not resampled (memory stays bounded); their questions are still tested.

      Exit status: 0 on success, 1 for invalid input (located errors on standard error), 64 \
      for a usage error.
      """,
    examples: [
      "inspect compare --sample Examples/OMI-2008/sample.csv --frameworks OMI@2008,OMI2,IAOW",
      "inspect compare ESI --baseline Examples/ESI/baseline-2004.csv --followup Examples/ESI/sample.csv",
      "inspect compare ESI --baseline Examples/ESI/baseline-2004.csv --followup Examples/ESI/sample.csv --adjust bh --format markdown",
      "inspect compare ESI --baseline Examples/ESI/sample.csv --followup Examples/OMI-2006/sample.csv --followup-framework OMI@2006",
    ],
    arguments: [
      ArgumentSpec(
        "framework", help: "The framework of --baseline and --followup.", isOptional: true)
    ],
    options: [
      ComparisonSupport.htmlFormatOption, ComparisonSupport.outputOption,
      OptionSpec("sample", valueName: "FILE", help: "A sample to score under several frameworks."),
      OptionSpec(
        "frameworks", valueName: "A,B,…", help: "The frameworks, the sample's own first."),
      OptionSpec(
        "carry", valueName: "RELATIONS",
        help: "Relations that carry answers: equal, narrower, broader, overlapping.",
        defaultValue: "equal"),
      OptionSpec("baseline", valueName: "FILE", help: "The earlier sample."),
      OptionSpec("followup", valueName: "FILE", help: "The later sample."),
      OptionSpec("replicates", valueName: "N", help: "Bootstrap replicates.", defaultValue: "1000"),
      OptionSpec("seed", valueName: "S", help: "Bootstrap seed.", defaultValue: "2005"),
      OptionSpec(
        "bootstrap-limit", valueName: "N", help: "Most scored cases per sample to resample.",
        defaultValue: String(SampleEvidence.defaultCaseLimit)),
      OptionSpec(
        "followup-framework", valueName: "FRAMEWORK",
        help: "The follow-up's framework, when not <framework>; the baseline is carried into it."),
      OptionSpec(
        "adjust", valueName: "METHOD",
        help: "The p-value questions are marked by: holm, bh (Benjamini–Hochberg) or none (raw).",
        allowedValues: ["holm", "bh", "none"], defaultValue: "holm"),
      OptionSpec(
        "min-coverage", valueName: "PERCENT",
        help: "Least share of an item's questions with evidence for its score to be compared.",
        defaultValue: String(Coverage.defaultThreshold)),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    if arguments.option("sample") != nil || arguments.option("frameworks") != nil {
      try frameworks(context)
    } else if arguments.option("baseline") != nil || arguments.option("followup") != nil {
      try baseline(context)
    } else {
      throw .usage(
        context.usageError(
          "Give --sample S --frameworks A,B,… or <framework> --baseline S1 --followup S2."))
    }
  }

  // MARK: Baseline and follow-up

  private static func baseline(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    guard let name = arguments.positional("framework") else {
      throw .usage(
        context.usageError("Name the framework: inspect compare <framework> --baseline …"))
    }
    guard let before = arguments.option("baseline"), let after = arguments.option("followup")
    else {
      throw .usage(context.usageError("Give both --baseline and --followup."))
    }
    let replicates = try number(
      "replicates", upTo: BaselineComparison.maximumReplicates, in: context)
    let limit = try number(
      "bootstrap-limit", upTo: SampleEvidence.maximumCaseLimit, in: context)
    guard let seed = UInt64(arguments.option("seed") ?? "") else {
      throw .usage(context.usageError("--seed must be a whole number from 0 to 2^64 − 1."))
    }
    let threshold = try ComparisonSupport.threshold(in: context)
    let adjustment: MultipleTesting.Method? =
      switch arguments.option("adjust") {
      case "bh": .benjaminiHochberg
      case "none": nil
      default: .holm
      }
    let baselineFramework = try FrameworkSource.resolve(name, in: context)
    let baselinePlan = try FrameworkSource.plan(baselineFramework, in: context)
    var resolved = baselineFramework
    var plan = baselinePlan
    var carriedNote: String?
    let b: SampleEvidence
    if let other = arguments.option("followup-framework") {
      resolved = try FrameworkSource.resolve(other, in: context)
      plan = try FrameworkSource.plan(resolved, in: context)
    }
    if plan.fingerprint != baselinePlan.fingerprint {
      guard
        let crosswalk = try ComparisonSupport.crosswalk(
          from: baselineFramework, to: resolved, in: context)
      else {
        throw ComparisonSupport.notJoined(
          baselineFramework.document, resolved.document, in: context)
      }
      let carrier: CrosswalkCarrier
      do { carrier = try CrosswalkCarrier(crosswalk, from: baselinePlan, to: plan) } catch {
        context.err("error: \(error.message)")
        throw .failed
      }
      let box = CarriedBox(CarriedEvidence(carrier: carrier, target: plan, caseLimit: limit))
      let own = try ComparisonSupport.evidence(
        before, plan: baselinePlan, caseLimit: 0, in: context, onCase: { box.value.add($0) })
      b = box.value.finish(source: own)
      let carried = carrier.sourceOf.compactMap { $0 }.count
      carriedNote =
        "The baseline was read under \(baselinePlan.document.label) and carried into "
        + "\(plan.document.label) through the equal mappings of the crosswalk "
        + "\(crosswalk.from.label) → \(crosswalk.to.label): \(carried) of "
        + "\(plan.questions.count) questions of \(plan.document.label) receive its evidence."
    } else {
      b = try ComparisonSupport.evidence(before, plan: plan, caseLimit: limit, in: context)
    }
    let f = try ComparisonSupport.evidence(after, plan: plan, caseLimit: limit, in: context)
    ComparisonSupport.warnIfSameSample(
      [
        (before, b.evaluation.result.sample.fingerprint),
        (after, f.evaluation.result.sample.fingerprint),
      ],
      in: context)
    let comparison: BaselineComparison
    do {
      comparison = try BaselineComparison(
        baseline: b, followUp: f, replicates: replicates, seed: seed, adjustment: adjustment,
        threshold: threshold)
    } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
    if let skipped = comparison.bootstrap.skipped, b.cases == nil || f.cases == nil {
      context.err("warning: \(skipped) [\(DiagnosticCode.bootstrapSkipped.code)]")
    }
    if try ComparisonSupport.emitWorkbook(
      {
        BaselineComparisonReport.document(comparison, names: (before, after), carried: carriedNote)
      },
      in: context)
    {
      return
    }
    if ComparisonSupport.wantsHTML(context) {
      try context.emit(
        ComparisonChart.baseline(
          comparison, document: resolved.document, names: (before, after),
          provenance: ReportProvenance(inspectionKitVersion: Inspect.version),
          carried: carriedNote))
      return
    }
    try context.emit(
      BaselineComparisonReport.render(
        comparison, as: ComparisonSupport.format(context), names: (before, after),
        carried: carriedNote))
  }

  private static func number(
    _ option: String, upTo maximum: Int, in context: CommandContext
  ) throws(CommandFailure) -> Int {
    guard let value = Int(context.arguments.option(option) ?? ""), (0...maximum).contains(value)
    else {
      throw .usage(
        context.usageError("--\(option) must be a whole number from 0 to \(maximum)."))
    }
    return value
  }

  // MARK: Several frameworks

  private static func frameworks(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    guard let sample = arguments.option("sample"), let list = arguments.option("frameworks") else {
      throw .usage(context.usageError("Give both --sample and --frameworks A,B,…"))
    }
    let names = list.split(separator: ",").map { String($0).trimmingSpaces }
    guard names.count >= 2 else {
      throw .usage(
        context.usageError("--frameworks needs at least two frameworks, e.g. OMI@2008,OMI2."))
    }
    let relations = try ComparisonSupport.carriedRelations(in: context)
    var resolved: [FrameworkSource.Resolved] = []
    for name in names { resolved.append(try FrameworkSource.resolve(name, in: context)) }
    var plans: [ScoringPlan] = []
    for framework in resolved { plans.append(try FrameworkSource.plan(framework, in: context)) }
    var links: [CrosswalkCarrier] = []
    for index in 1..<resolved.count {
      guard
        let crosswalk = try ComparisonSupport.crosswalk(
          from: resolved[index - 1], to: resolved[index], in: context)
      else {
        throw ComparisonSupport.notJoined(
          resolved[index - 1].document, resolved[index].document, in: context)
      }
      do {
        links.append(
          try CrosswalkCarrier(
            crosswalk, from: plans[index - 1], to: plans[index], relations: relations))
      } catch {
        context.err("error: \(error.message)")
        throw .failed
      }
    }
    let targets = (1..<plans.count).map { (plan: plans[$0], chain: Array(links[0..<$0])) }
    let columns = try ComparisonSupport.columns(
      sample, source: plans[0], targets: targets,
      threshold: try ComparisonSupport.threshold(in: context), in: context)
    if try ComparisonSupport.emitWorkbook(
      { FrameworkComparisonReport.document(columns, relations: relations, sample: sample) },
      in: context)
    {
      return
    }
    if ComparisonSupport.wantsHTML(context) {
      try context.emit(
        ComparisonChart.frameworks(
          columns, sample: sample,
          provenance: ReportProvenance(inspectionKitVersion: Inspect.version)))
      return
    }
    try context.emit(
      FrameworkComparisonReport.render(
        columns, relations: relations, sample: sample, as: ComparisonSupport.format(context)))
  }
}

/// Lets the streaming callback accumulate carried evidence read afterwards.
private final class CarriedBox {
  var value: CarriedEvidence
  init(_ value: CarriedEvidence) { self.value = value }
}

extension String {
  /// The string without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
