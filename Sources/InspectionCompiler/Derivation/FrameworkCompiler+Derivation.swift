import InspectionDSL
import InspectionSchema
import InspectionSupport

extension FrameworkCompiler {
  /// Compiles a derived framework: its base, then the changes and additions, then every
  /// validator over the result.
  ///
  /// A base that does not compile stops here with ``DiagnosticCode/baseDoesNotCompile``
  /// (IK0190) and the base's own diagnostics. Otherwise the document records the base's id,
  /// version and fingerprint and the changes in words (``FrameworkDocument/base``).
  static func compile(_ framework: Framework, derivedFrom derivation: Derivation) -> Compilation {
    let base = compile(derivation.base)
    let label = "\(derivation.base.id)@\(derivation.base.version)"
    guard base.succeeded, let fingerprint = try? base.document.fingerprint() else {
      let error = Diagnostic(
        .baseDoesNotCompile,
        "\(Quoted(framework.id)) is based on \(label), which does not compile; fix the base first",
        location: framework.location)
      return Compilation(
        document: FrameworkDocument(
          id: framework.id, version: framework.version, title: framework.title),
        diagnostics: [error] + base.diagnostics.sortedForDisplay(), locations: [:])
    }
    var lowering = DerivationLowering(base: base.document, locations: base.locations)
    for case .change(let change) in derivation.elements { lowering.apply(change) }
    lowering.add(framework.elements, root: framework.location)
    lowering.checkReferences()
    let (document, locations) = lowering.finish(
      framework,
      base: FrameworkDocument.BaseReference(
        id: base.document.id, version: base.document.version, fingerprint: fingerprint))
    var pathKeys: [String: String] = [:]
    for (path, key) in ElementKeys.walk(document) { pathKeys[path] = key }
    let validation = DocumentValidation.validate(
      document, concepts: conceptCatalogs(of: framework)
    ) { locations[$0] }
    .filter { !lowering.repeats($0, pathKeys: pathKeys) }
    return Compilation(
      document: document, diagnostics: (lowering.diagnostics + validation).sortedForDisplay(),
      locations: locations)
  }
}
