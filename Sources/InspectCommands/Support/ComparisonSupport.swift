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
    targets: [(plan: ScoringPlan, chain: [CrosswalkCarrier])], in context: CommandContext
  ) throws(CommandFailure) -> [FrameworkComparison.Column] {
    let box = ComparisonBox(FrameworkComparison(source: source, targets: targets))
    let evidence = try evidence(
      sample, plan: source, caseLimit: 0, in: context, onCase: { box.value.add($0) })
    return box.value.finish(sample: evidence)
  }

  /// The compiled crosswalk from `source` to `target`: a shipped one, or a shipped one read
  /// backwards; `nil` when none joins them.
  static func crosswalk(
    from source: FrameworkSource.Resolved, to target: FrameworkSource.Resolved,
    in context: CommandContext
  ) throws(CommandFailure) -> CrosswalkDocument? {
    for declaration in FrameworkCatalog.crosswalks {
      let forward =
        CrosswalkCompiler.names(declaration.from, source.document)
        && CrosswalkCompiler.names(declaration.to, target.document)
      let backward =
        CrosswalkCompiler.names(declaration.from, target.document)
        && CrosswalkCompiler.names(declaration.to, source.document)
      guard forward || backward else { continue }
      let (a, b) = forward ? (source, target) : (target, source)
      let compilation = CrosswalkCompiler.compile(
        declaration, from: (a.document, a.fingerprint), to: (b.document, b.fingerprint))
      guard compilation.succeeded else {
        context.report(compilation.diagnostics)
        throw .failed
      }
      return forward ? compilation.document : compilation.document.inverted
    }
    return nil
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
          ? .init(from: question.id, to: question.id, relation: .equal) : nil
      })
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

  /// The compare command's format option: the shared formats plus `html`.
  static let htmlFormatOption = OptionSpec(
    "format", short: "f", help: "The report format.",
    allowedValues: ["text", "json", "markdown", "html"], defaultValue: "text")

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
