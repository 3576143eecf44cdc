import InspectionComparison
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// `inspect generate-sample <framework> --cases N --seed S`: a deterministic synthetic sample.
enum GenerateSampleCommand {
  static let spec = CommandSpec(
    "generate-sample", abstract: "Generate a deterministic synthetic sample (CSV).",
    discussion: """
      Cases honour the framework's applicability: questions that are not relevant to a case \
      are left empty. --targets aims the sample at a published-figures file \
      (Examples/Published/*.json, docs/published-files.md): an inspection's case composition \
      and per-question findings, each as what it is: an exact figure at itself, an approximate \
      one at its value, a bound 5 points inside the bound ("less than half" at 45%). The same \
      framework, options and seed always give the same file.
      """,
    examples: [
      "inspect generate-sample DEMO --cases 100 --seed 1",
      "inspect generate-sample OMI2 --cases 127 --seed 2010 --targets Examples/Published/OMI2-Hertfordshire-2010.json --output sample.csv",
    ],
    arguments: [ArgumentSpec("framework", help: "A catalog id or a .json framework document.")],
    options: [
      OptionSpec("cases", short: "n", valueName: "N", help: "How many cases.", defaultValue: "100"),
      OptionSpec("seed", valueName: "S", help: "The random seed.", defaultValue: "1"),
      OptionSpec("targets", valueName: "FILE", help: "Published figures to aim at."),
      OptionSpec(
        "inspection", valueName: "N", help: "Which inspection of the targets file (1 = first).",
        defaultValue: "1"),
      OptionSpec("output", short: "o", valueName: "FILE", help: "Write to FILE (atomically)."),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    guard let cases = Int(arguments.option("cases") ?? ""), cases >= 0, cases <= 100_000_000 else {
      throw .usage(context.usageError("--cases must be a whole number from 0 to 100000000"))
    }
    guard let seed = UInt64(arguments.option("seed") ?? "") else {
      throw .usage(
        context.usageError("--seed must be a whole number from 0 to 18446744073709551615"))
    }
    let resolved = try FrameworkSource.resolve(arguments.positional("framework") ?? "", in: context)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let profile =
      try arguments.option("targets").map { (path) throws(CommandFailure) in
        try self.profile(from: path, plan: plan, in: context)
      } ?? SampleGenerator.Profile()
    var generator = SampleGenerator(plan: plan, profile: profile, seed: seed, cases: cases)
    do {
      if let output = arguments.option("output") {
        let writer = try StreamingFileWriter(path: output)
        try writer.write(generator.header())
        for _ in 0..<cases { try writer.write(generator.nextRow()) }
        try writer.commit()
      } else {
        var chunk = generator.header()
        for _ in 0..<cases {
          chunk += generator.nextRow()
          if chunk.utf8.count > 1 << 16 {
            context.out(chunk)
            chunk = ""
          }
        }
        context.out(chunk)
      }
    } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
  }

  static func profile(
    from path: String, plan: ScoringPlan, in context: CommandContext
  ) throws(CommandFailure) -> SampleGenerator.Profile {
    guard let number = Int(context.arguments.option("inspection") ?? ""), number >= 1 else {
      throw .usage(context.usageError("--inspection must be a whole number from 1"))
    }
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
    guard number <= figures.inspections.count else {
      throw .usage(
        context.usageError(
          "--inspection must be a number from 1 to \(figures.inspections.count): '\(path)' "
            + "holds \(figures.inspections.count) inspection(s)"))
    }
    if figures.framework.id != plan.document.id {
      context.err(
        "warning: '\(path)' holds figures published under \(figures.framework.label); aiming a "
          + "\(plan.document.label) sample at them matches questions by id "
          + "[\(DiagnosticCode.publishedFrameworkMismatch.code)]")
    }
    return SampleGenerator.Profile(
      aimingAt: figures.inspections[number - 1], of: figures, plan: plan)
  }
}
