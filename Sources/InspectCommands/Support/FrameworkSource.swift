import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Finds the framework a command names: a catalog id (`OMI2`, `OMI@2006`) or a JSON file.
///
/// A bare id picks the newest version in the catalog; `id@version` picks one. Anything that
/// ends in `.json` or contains a `/` is read as a framework document and validated.
public enum FrameworkSource {
  /// A framework ready to use: its document, fingerprint and any warnings.
  public struct Resolved {
    /// The validated document.
    public let document: FrameworkDocument
    /// Its fingerprint, `sha256:…`.
    public let fingerprint: String
    /// Warnings from compiling or loading it.
    public let warnings: [Diagnostic]
  }

  /// Whether `name` looks like a path rather than a catalog id.
  public static func isPath(_ name: String) -> Bool {
    name.hasJSONExtension || name.contains("/")
  }

  /// Resolves `name`, reporting problems through `context`.
  ///
  /// With `warn` (the default), warnings about a document read from a file (a recorded
  /// fingerprint that does not match its content, unused weights…) are printed on standard
  /// error, whatever the command; commands whose report carries the warnings (`score`,
  /// `merge`, `validate`) pass `false` and show them there.
  public static func resolve(
    _ name: String, in context: CommandContext, warn: Bool = true
  ) throws(CommandFailure) -> Resolved {
    if isPath(name) {
      let loaded = FrameworkLoader.load(path: name, concepts: context.catalog.conceptDocuments)
      guard let document = loaded.document, let fingerprint = loaded.fingerprint else {
        context.report(loaded.diagnostics)
        throw .failed
      }
      if warn { context.report(loaded.diagnostics) }
      return Resolved(document: document, fingerprint: fingerprint, warnings: loaded.diagnostics)
    }
    guard let framework = context.catalog.framework(named: name) else {
      let ids = Array(Set(context.catalog.all.map(\.id))).sorted() + context.catalog.keys
      throw .usage(
        context.usageError(
          "Unknown framework '\(name)'." + Suggestion.didYouMean(name, among: ids),
          hint: "'inspect list' shows the frameworks; a path ending in .json loads a document."))
    }
    let compilation = FrameworkCompiler.compile(framework)
    guard compilation.succeeded else {
      context.report(compilation.diagnostics)
      throw .failed
    }
    do {
      return Resolved(
        document: compilation.document, fingerprint: try compilation.document.fingerprint(),
        warnings: compilation.diagnostics)
    } catch {
      context.err("error: cannot serialise \(framework.id)@\(framework.version): \(error)")
      throw .failed
    }
  }

  /// The scoring plan for `resolved`; fails (exit 1) when the document cannot be planned.
  static func plan(_ resolved: Resolved, in context: CommandContext)
    throws(CommandFailure) -> ScoringPlan
  {
    do {
      return try ScoringPlan(resolved.document, fingerprint: resolved.fingerprint)
    } catch {
      context.err("error: \(error.message)")
      throw .failed
    }
  }
}

extension String {
  /// Whether the path ends in `.json`, in any case (`.JSON` too).
  var hasJSONExtension: Bool {
    utf8.count >= 5 && lowercased().hasSuffix(".json")
  }

  /// Compares version strings numerically where they are numbers: `2009` < `2013`, `1.10` > `1.9`.
  func versionPrecedes(_ other: String) -> Bool {
    let lhs = split(separator: ".").map { Int($0) ?? -1 }
    let rhs = other.split(separator: ".").map { Int($0) ?? -1 }
    return lhs.lexicographicallyPrecedes(rhs)
  }
}
