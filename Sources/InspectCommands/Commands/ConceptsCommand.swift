import InspectionCompiler
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect concepts [CATALOG|FILE.json]`: a concept catalog, and which frameworks measure
/// each concept.
enum ConceptsCommand {
  static let spec = CommandSpec(
    "concepts",
    abstract: "Show a concept catalog and the items of each framework that measure its concepts.",
    discussion: """
      A concept catalog says, once, what inspection questions check; frameworks tag their \\
      questions, criteria and headlines with the concepts they measure, and crosswalks are \\
      derived from the concepts two frameworks share (docs/comparing.md). Without an \\
      argument the shipped catalog is shown; a catalog id (id or id@version) picks one; a \\
      path ending in .json is read as a catalog document and checked (located errors). Text \\
      and Markdown list every concept with the items that measure it and how; JSON is the \\
      catalog document itself (docs/schema/concepts.schema.json), canonical and fingerprinted.

      Exit status: 0 on success, 1 for an invalid catalog file, 64 for a usage error.
      """,
    examples: [
      "inspect concepts", "inspect concepts --format json --output concepts.json",
      "inspect concepts concepts.json",
    ],
    arguments: [
      ArgumentSpec(
        "catalog", help: "A catalog id, id@version, or a .json catalog document.",
        isOptional: true)
    ],
    options: [ComparisonSupport.formatOption, ComparisonSupport.outputOption])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let name = context.arguments.positional("catalog")
    let document: ConceptCatalogDocument
    if let name, FrameworkSource.isPath(name) {
      let loaded = ConceptCatalogLoader.load(path: name)
      context.report(loaded.diagnostics)
      guard loaded.succeeded else { throw .failed }
      document = loaded.document
    } else {
      let catalogs = context.catalog.conceptCatalogs
      let parts = (name ?? "").split(separator: "@", maxSplits: 1).map(String.init)
      let found =
        name == nil
        ? catalogs.first
        : catalogs.last {
          $0.id == parts.first && (parts.count == 1 || $0.version == parts[1])
        }
      guard let catalog = found else {
        throw .usage(
          context.usageError(
            "Unknown concept catalog '\(name ?? "")'."
              + Suggestion.didYouMean(name ?? "", among: catalogs.map(\.id))))
      }
      let compilation = ConceptCatalogCompiler.compile(catalog)
      context.report(compilation.diagnostics)
      guard compilation.succeeded else { throw .failed }
      document = compilation.document
    }
    let format = ComparisonSupport.format(context)
    if format == .json {
      do { try context.emit(try document.canonicalJSON()) } catch let error as CommandFailure {
        throw error
      } catch {
        context.err("error: cannot serialise the catalog: \(error)")
        throw .failed
      }
      return
    }
    var measured: [String: [String]] = [:]
    for framework in context.catalog.all {
      let compiled = FrameworkCompiler.compile(framework).document
      guard compiled.conceptCatalog?.id == document.id,
        compiled.conceptCatalog?.version == document.version
      else { continue }
      for (kind, id, links) in compiled.conceptLinks {
        for link in links {
          measured[link.concept, default: []].append(
            "\(compiled.label) \(kind) \(id) (\(link.relation))")
        }
      }
    }
    try context.emit(ConceptCatalogReport.render(document, measuredBy: measured, as: format))
  }
}

extension FrameworkDocument {
  /// Every tagged item as (kind, id, links), in document order.
  var conceptLinks: [(kind: String, id: String, links: [ConceptLink])] {
    var items: [(kind: String, id: String, links: [ConceptLink])] = []
    for section in sections {
      if let links = section.measures { items.append(("section", section.id, links)) }
      for criterion in section.criteria {
        if let links = criterion.measures { items.append(("criterion", criterion.id, links)) }
        for question in criterion.questions {
          if let links = question.measures { items.append(("question", question.id, links)) }
        }
      }
    }
    for headline in headlines {
      if let links = headline.measures { items.append(("headline", headline.id, links)) }
    }
    return items
  }
}
