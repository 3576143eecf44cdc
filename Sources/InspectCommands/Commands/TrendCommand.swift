import InspectionComparison
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect trend`: headlines, criteria or concepts followed across inspections over time.
enum TrendCommand {
  static let spec = CommandSpec(
    "trend",
    abstract: "Follow a headline, criterion or concept across inspections over time.",
    discussion: """
      Each inspection is a published-figures file (--published FILE, every inspection in it, \\
      or FILE#AREA for one; each carries its date) or a scored sample (--sample \\
      NAME,DATE,FRAMEWORK,PATH, the date as YYYY, YYYY-MM or YYYY-MM-DD). Inspections are put \\
      in date order. Each --construct is followed as one series: headline:ID, criterion:ID, \\
      section:ID or concept:ID (a bare id is a concept if the catalog has it, else a headline, \\
      criterion or section of one of the frameworks). A construct is found in each framework \\
      by the concept its item measures exactly, never by id alone. Each point is on its own \\
      framework's scale, with its band or printed label and its evidence; a printed bound or \\
      approximate figure ("less than half") stays one; framework changes are marked. A \\
      sample's score resting on fewer than --min-coverage percent of its item's questions is \\
      not comparable. Without --construct, every headline of the first inspection's framework \\
      is followed.

      Exit status: 0 on success, 1 for invalid input (located errors), 64 for a usage error.
      """,
    examples: [
      "inspect trend --construct headline:RoH --published Examples/Published/OMI-Cheshire-2006.json --published Examples/Published/OMI-WestMercia-2008.json --published Examples/Published/OMI2-Hertfordshire-2010.json",
      "inspect trend --construct RoH --published Examples/Published/OMI2-Hertfordshire-2010.json --sample 'Synthetic,2011-06,OMI2,Examples/OMI2/sample.csv' --format html --output trend.html",
    ],
    options: [
      ComparisonSupport.htmlFormatOption, ComparisonSupport.outputOption,
      OptionSpec(
        "published", valueName: "FILE[#AREA]",
        help: "A published-figures file: every inspection in it, or the one of AREA.",
        isRepeatable: true),
      OptionSpec(
        "sample", valueName: "NAME,DATE,FRAMEWORK,PATH",
        help: "A sample scored under FRAMEWORK, named NAME, inspected on DATE.",
        isRepeatable: true),
      OptionSpec(
        "construct", valueName: "KIND:ID",
        help: "What to follow: headline:ID, criterion:ID, section:ID or concept:ID.",
        isRepeatable: true),
      OptionSpec(
        "min-coverage", valueName: "PERCENT",
        help: "Least share of an item's questions with evidence for a sample's score to count.",
        defaultValue: String(Coverage.defaultThreshold)),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    let threshold = try ComparisonSupport.threshold(in: context)
    let published = arguments.isSpecified("published") ? arguments.options("published") : []
    let samples = arguments.isSpecified("sample") ? arguments.options("sample") : []
    guard !published.isEmpty || !samples.isEmpty else {
      throw .usage(
        context.usageError(
          "Give the inspections: --published FILE[#AREA] or --sample NAME,DATE,FRAMEWORK,PATH "
            + "(each may be repeated)."))
    }
    var inspections: [TrendInspection] = []
    for entry in published { inspections += try publishedInspections(entry, in: context) }
    for entry in samples { inspections.append(try sampleInspection(entry, threshold, in: context)) }
    let constructs = try constructs(for: inspections, in: context)
    let trend = Trend(inspections: inspections, constructs: constructs, threshold: threshold)
    if ComparisonSupport.wantsHTML(context) {
      try context.emit(
        TrendChart.page(trend, provenance: ReportProvenance(inspectionKitVersion: Inspect.version)))
      return
    }
    try context.emit(TrendReport.render(trend, as: ComparisonSupport.format(context)))
  }

  /// The inspections of a published-figures file, or the one of `#AREA`.
  private static func publishedInspections(_ entry: String, in context: CommandContext)
    throws(CommandFailure) -> [TrendInspection]
  {
    let parts = entry.split(separator: "#", maxSplits: 1).map(String.init)
    let path = parts.first ?? entry
    let figures: PublishedFigures
    do {
      figures = try PublishedFigures.read(
        bytes: try InputFile.read(
          path, limit: PublishedFigures.maximumFileBytes, what: "published-figures file"),
        file: path)
    } catch let error as PublishedFiguresError {
      context.report([error.diagnostic])
      throw .failed
    } catch let error as FileError {
      context.err("error: \(error.message) [\(DiagnosticCode.unreadablePublished.code)]")
      throw .failed
    } catch {
      context.err("error: cannot read '\(path)': \(error)")
      throw .failed
    }
    let framework: FrameworkSource.Resolved
    guard context.catalog.framework(named: figures.framework.label) != nil else {
      context.err(
        "\(path):1:1: error: the figures were published under \(figures.framework.label), which "
          + "this inspect does not know; 'inspect list' shows the frameworks "
          + "[\(DiagnosticCode.publishedFrameworkMismatch.code)]")
      throw .failed
    }
    framework = try FrameworkSource.resolve(figures.framework.label, in: context)
    var chosen = figures.inspections
    if parts.count == 2 {
      chosen = figures.inspections.filter { $0.area == parts[1] || $0.name == parts[1] }
      guard !chosen.isEmpty else {
        throw .usage(
          context.usageError(
            "'\(path)' has no inspection of area '\(parts[1])'."
              + Suggestion.didYouMean(parts[1], among: figures.inspections.map(\.area))))
      }
    }
    var result: [TrendInspection] = []
    for inspection in chosen {
      guard let date = inspection.date, TrendInspection.isDate(date) else {
        context.err(
          "\(path):1:1: error: the inspection of \(inspection.name) has no date as YYYY, YYYY-MM "
            + "or YYYY-MM-DD (found \(inspection.date.map { "'\($0)'" } ?? "none")); a trend "
            + "needs one [\(DiagnosticCode.invalidPublishedShape.code)]")
        throw .failed
      }
      result.append(
        TrendInspection(
          name: inspection.name, date: date, framework: framework.document,
          fingerprint: framework.fingerprint,
          figures: .published(file: path, inspection: inspection)))
    }
    return result
  }

  /// A sample given as `NAME,DATE,FRAMEWORK,PATH`, scored with its coverage.
  private static func sampleInspection(
    _ entry: String, _ threshold: Int, in context: CommandContext
  ) throws(CommandFailure) -> TrendInspection {
    let fields = entry.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
      .map { String($0).trimmingSpaces }
    guard fields.count == 4, fields.allSatisfy({ !$0.isEmpty }) else {
      throw .usage(
        context.usageError(
          "--sample takes NAME,DATE,FRAMEWORK,PATH (four fields); found '\(entry)'."))
    }
    guard TrendInspection.isDate(fields[1]) else {
      throw .usage(
        context.usageError(
          "--sample '\(entry)': the date '\(fields[1])' is not YYYY, YYYY-MM or YYYY-MM-DD."))
    }
    let framework = try FrameworkSource.resolve(fields[2], in: context)
    let plan = try FrameworkSource.plan(framework, in: context)
    let columns = try ComparisonSupport.columns(
      fields[3], source: plan, targets: [], threshold: threshold, in: context)
    guard let column = columns.first else { throw .failed }
    return TrendInspection(
      name: fields[0], date: fields[1], framework: framework.document,
      fingerprint: framework.fingerprint,
      figures: .sample(file: fields[3], result: column.result, coverage: column.coverage))
  }

  /// The constructs asked for; without any, every headline of the first framework.
  private static func constructs(
    for inspections: [TrendInspection], in context: CommandContext
  ) throws(CommandFailure) -> [TrendConstruct] {
    let arguments = context.arguments
    let documents = inspections.map(\.framework)
    guard arguments.isSpecified("construct") else {
      let first = inspections.min { $0.date < $1.date }?.framework
      let headlines = (first?.headlines ?? []).map { TrendConstruct.item(.headline, $0.id) }
      guard !headlines.isEmpty else {
        throw .usage(
          context.usageError(
            "\(first?.label ?? "The framework") has no headline; name what to follow with "
              + "--construct criterion:ID, section:ID or concept:ID."))
      }
      return headlines
    }
    let concepts = context.catalog.conceptDocuments.flatMap { $0.concepts.map(\.id) }
    var result: [TrendConstruct] = []
    for text in arguments.options("construct") {
      if let construct = TrendConstruct(parsing: text) {
        let known: Bool
        switch construct {
        case .concept(let id): known = concepts.contains(id)
        case .item(let kind, let id): known = documents.contains { $0.item(kind, id) != nil }
        }
        guard known else {
          throw .usage(
            context.usageError(
              "No framework of the trend has \(construct.description)."
                + Suggestion.didYouMean(text, among: candidates(documents, concepts))))
        }
        result.append(construct)
      } else if concepts.contains(text) {
        result.append(.concept(text))
      } else if let kind = [ItemKind.headline, .criterion, .section].first(where: { kind in
        documents.contains { $0.item(kind, text) != nil }
      }) {
        result.append(.item(kind, text))
      } else {
        throw .usage(
          context.usageError(
            "'\(text)' is no concept, headline, criterion or section of the trend's frameworks; "
              + "write headline:ID, criterion:ID, section:ID or concept:ID."
              + Suggestion.didYouMean(text, among: candidates(documents, concepts))))
      }
    }
    return result
  }

  private static func candidates(_ documents: [FrameworkDocument], _ concepts: [String])
    -> [String]
  {
    var names = concepts.map { "concept:\($0)" }
    for document in documents {
      names += document.headlines.map { "headline:\($0.id)" }
      names += document.allCriteria.map { "criterion:\($0.id)" }
      names += document.sections.map { "section:\($0.id)" }
    }
    return Array(Set(names)).sorted()
  }
}
