import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport

/// `inspect compile <framework|all> [--output DIR]`: validated, canonical JSON.
enum CompileCommand {
  static let spec = CommandSpec(
    "compile", abstract: "Compile frameworks to canonical, fingerprinted JSON.",
    discussion: """
      Writes one framework's document to standard output, or each framework's document to \
      DIR/<id>-<version>.json with --output. 'all' compiles every shipped framework; without \
      --output it only checks them. Every problem is reported at once, as file:line:column.
      """,
    examples: ["inspect compile OMI2", "inspect compile all --output build/frameworks"],
    arguments: [ArgumentSpec("framework", help: "A catalog id (id or id@version), or 'all'.")],
    options: [
      OptionSpec("output", short: "o", valueName: "DIR", help: "Write the documents into DIR."),
      DiagnosticsFormat.option,
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let name = context.arguments.positional("framework") ?? ""
    let output = context.arguments.option("output")
    let frameworks: [Framework]
    if name == "all" {
      frameworks = context.catalog.own
    } else if let framework = context.catalog.framework(named: name) {
      frameworks = [framework]
    } else {
      _ = try FrameworkSource.resolve(name, in: context)  // reports the unknown id
      return
    }
    var diagnostics: [Diagnostic] = []
    var documents: [(FrameworkDocument, String)] = []
    for framework in frameworks {
      let compilation = FrameworkCompiler.compile(framework)
      diagnostics += compilation.diagnostics
      guard compilation.succeeded else { continue }
      do {
        documents.append((compilation.document, try compilation.document.canonicalJSON()))
      } catch {
        context.err("error: cannot serialise \(framework.id)@\(framework.version): \(error)")
        throw .failed
      }
    }
    DiagnosticsFormat.print(diagnostics, in: context)
    guard !diagnostics.containsErrors else { throw .failed }
    if let output {
      do {
        try AtomicFile.makeDirectory(output)
        for (document, json) in documents {
          let path = output + "/" + fileName(document)
          try AtomicFile.write(json, to: path)
          context.out("wrote \(path)\n")
        }
      } catch {
        context.err("error: \(error.message)")
        throw .failed
      }
    } else if name == "all" {
      for (document, _) in documents {
        context.out("\(document.label): compiled with no errors\n")
      }
    } else if let (_, json) = documents.first {
      context.out(json)
    }
  }

  /// `<id>-<version>.json`.
  static func fileName(_ document: FrameworkDocument) -> String {
    "\(document.id)-\(document.version).json"
  }
}
