import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// What the comparison commands share: reading samples as evidence, finding crosswalks, and
/// the `--format` option.
enum ComparisonSupport {
  static let formatOption = OptionSpec(
    "format", short: "f", help: "The report format.", allowedValues: ["text", "json", "markdown"],
    defaultValue: "text")

  static func format(_ context: CommandContext) -> ReportDocument.Format {
    ReportDocument.Format(rawValue: context.arguments.option("format") ?? "text") ?? .text
  }

  /// Reads `path` (CSV, JSON or an .xlsx workbook's first sheet) under `plan`; fails (exit 1)
  /// with located errors.
  static func evidence(
    _ path: String, plan: ScoringPlan, caseLimit: Int = SampleEvidence.defaultCaseLimit,
    in context: CommandContext, onCase: ((_ effects: [AnswerEffect?]) -> Void)? = nil
  ) throws(CommandFailure) -> SampleEvidence {
    var reader = try SampleInput.open(
      path, plan: plan, options: SampleReadOptions(), in: context)
    let evidence = SampleEvidence.gather(
      plan: plan, reader: &reader, caseLimit: caseLimit, onCase: onCase)
    if evidence.evaluation.failed {
      context.report(evidence.evaluation.errors)
      context.err(
        "error: '\(path)' was not scored under \(plan.document.label): "
          + "\(evidence.evaluation.errorCount) error(s). A sample of another framework or "
          + "version is compared only across a crosswalk.")
      throw .failed
    }
    return evidence
  }

  /// Reads `sample` under `source`, carrying each case along every target's chain of
  /// carriers as it is read; the columns, source first.
  static func columns(
    _ sample: String, source: ScoringPlan,
    targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])],
    threshold: Int = Coverage.defaultThreshold, in context: CommandContext
  ) throws(CommandFailure) -> [FrameworkComparison.Column] {
    let box = ComparisonBox(
      FrameworkComparison(source: source, targets: targets, threshold: threshold))
    let evidence = try evidence(
      sample, plan: source, caseLimit: 0, in: context, onCase: { box.value.add($0) })
    return box.value.finish(sample: evidence)
  }

  /// The compiled crosswalk from `source` to `target`: derived from the concepts both
  /// frameworks measure, with a shipped declaration's entries applied (read backwards when it
  /// is declared the other way); `nil` when no declaration joins them and they share no
  /// concept catalog. Fails (exit 1) with located errors when the crosswalk does not compile.
  static func crosswalk(
    from source: FrameworkSource.Resolved, to target: FrameworkSource.Resolved,
    in context: CommandContext
  ) throws(CommandFailure) -> CrosswalkDocument? {
    try compiledCrosswalk(from: source, to: target, in: context)?.document
  }

  /// As ``crosswalk(from:to:in:)``, with the compilation's warnings.
  static func compiledCrosswalk(
    from source: FrameworkSource.Resolved, to target: FrameworkSource.Resolved,
    in context: CommandContext
  ) throws(CommandFailure) -> CrosswalkCompilation? {
    var declaration: (crosswalk: Crosswalk, reversed: Bool)?
    for candidate in FrameworkCatalog.crosswalks {
      if CrosswalkCompiler.names(candidate.from, source.document)
        && CrosswalkCompiler.names(candidate.to, target.document)
      {
        declaration = (candidate, false)
        break
      }
      if declaration == nil, CrosswalkCompiler.names(candidate.from, target.document),
        CrosswalkCompiler.names(candidate.to, source.document)
      {
        declaration = (candidate, true)
      }
    }
    let a = source.document.conceptCatalog
    let b = target.document.conceptCatalog
    let shared = a != nil && a?.id == b?.id && a?.version == b?.version
    guard declaration != nil || shared else { return nil }
    let compilation = CrosswalkCompiler.compile(
      declaration?.crosswalk, reversed: declaration?.reversed ?? false,
      from: (source.document, source.fingerprint), to: (target.document, target.fingerprint),
      concepts: context.catalog.conceptDocument(for: source.document))
    guard compilation.succeeded else {
      context.report(compilation.diagnostics)
      throw .failed
    }
    return compilation
  }

  /// A crosswalk that carries questions of the same id and the same text between two
  /// versions of one framework, for `diff --sample` when no crosswalk is declared.
  static func identity(
    from source: FrameworkSource.Resolved, to target: FrameworkSource.Resolved
  ) -> CrosswalkDocument {
    let texts = Dictionary(
      target.document.allQuestions.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    return CrosswalkDocument(
      from: .init(
        id: source.document.id, version: source.document.version,
        fingerprint: source.fingerprint),
      to: .init(
        id: target.document.id, version: target.document.version,
        fingerprint: target.fingerprint),
      title: "same id and same text",
      mappings: source.document.allQuestions.compactMap { question in
        texts[question.id] == question.text
          ? .init(
            from: question.id, to: question.id, relation: .equal,
            reason: "The same id and the same text in both versions.") : nil
      })
  }

  /// The `--carry` relations (usage error, with a suggestion, for an unknown one).
  static func carriedRelations(in context: CommandContext) throws(CommandFailure)
    -> Set<CrosswalkRelation>
  {
    var relations: Set<CrosswalkRelation> = []
    for word in (context.arguments.option("carry") ?? "equal").split(separator: ",") {
      let name = String(word).trimmingSpaces
      guard let relation = CrosswalkRelation(rawValue: name), relation != .none else {
        let allowed = CrosswalkRelation.allCases.filter { $0 != .none }.map(\.rawValue)
        throw .usage(
          context.usageError(
            "'\(name)' is not a relation that can carry answers (\(allowed.joined(separator: ", ")))."
              + Suggestion.didYouMean(name, among: allowed)))
      }
      relations.insert(relation)
    }
    return relations
  }

  /// The `--min-coverage` percentage: a whole number from 0 to 100 (usage error otherwise).
  static func threshold(in context: CommandContext) throws(CommandFailure) -> Int {
    let text = context.arguments.option("min-coverage") ?? String(Coverage.defaultThreshold)
    let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
    guard let value = Int(digits), (0...100).contains(value) else {
      throw .usage(
        context.usageError(
          "--min-coverage must be a whole percentage from 0 to 100 (e.g. 50); found '\(text)'."))
    }
    return value
  }

  /// Warns (IK0733) for every two inputs with the same sample fingerprint: the same cases
  /// twice, whatever their file names, order or format.
  static func warnIfSameSample(
    _ samples: [(name: String, fingerprint: String)], in context: CommandContext
  ) {
    var first: [String: String] = [:]
    for sample in samples {
      if let earlier = first[sample.fingerprint] {
        context.err(
          "warning: '\(sample.name)' has the same sample fingerprint as '\(earlier)' "
            + "(\(sample.fingerprint)): the same cases are counted twice; check the inputs "
            + "[\(DiagnosticCode.sameSample.code)]")
      } else {
        first[sample.fingerprint] = sample.name
      }
    }
  }

  static func notJoined(_ a: FrameworkDocument, _ b: FrameworkDocument, in context: CommandContext)
    -> CommandFailure
  {
    context.err(
      "error: no crosswalk joins \(a.label) and \(b.label); declare one in "
        + "Frameworks/Crosswalks/ or compare under one framework "
        + "[\(DiagnosticCode.frameworksNotJoined.code)]")
    return .failed
  }

  /// The compare command's format option: the shared formats plus `html` and `xlsx`.
  static let htmlFormatOption = OptionSpec(
    "format", short: "f", help: "The report format (xlsx needs --output).",
    allowedValues: ["text", "json", "markdown", "html", "xlsx"], defaultValue: "text")

  /// The aggregate command's format option: the shared formats plus `xlsx`.
  static let workbookFormatOption = OptionSpec(
    "format", short: "f", help: "The report format (xlsx needs --output).",
    allowedValues: ["text", "json", "markdown", "xlsx"], defaultValue: "text")

  /// Writes `document()` as a workbook (``ReportWorkbook``) to `--output` and returns `true`
  /// when the command asked for `--format xlsx`; `false`, doing nothing, otherwise. A workbook
  /// without `--output` is refused (exit 64).
  static func emitWorkbook(
    _ document: () -> ReportDocument, in context: CommandContext
  ) throws(CommandFailure) -> Bool {
    guard context.arguments.option("format") == "xlsx" else { return false }
    guard let output = context.arguments.option("output") else {
      throw .usage(
        context.usageError(
          "--format xlsx needs --output FILE: a workbook is not text for the terminal"))
    }
    do {
      try AtomicFile.write(ReportWorkbook.render(document()), to: output)
    } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
    return true
  }

  /// Whether the command asked for HTML.
  static func wantsHTML(_ context: CommandContext) -> Bool {
    context.arguments.option("format") == "html"
  }

  static let outputOption = OptionSpec(
    "output", short: "o", valueName: "FILE", help: "Write the report to FILE (atomically).")
}

/// Lets the streaming callback accumulate into a value read afterwards.
private final class ComparisonBox {
  var value: FrameworkComparison
  init(_ value: FrameworkComparison) { self.value = value }
}
