import InspectionSchema

/// `inspect diff <base> <derived>`: how a derived framework differs from its base.
///
/// Limited to derivations: the derived framework records its base's id, version and
/// fingerprint and its changes in words, and this command prints them after checking that
/// the base named is the one recorded.
enum DerivationDiffCommand {
  static let spec = CommandSpec(
    "diff", abstract: "Show how a derived framework changes its base.",
    discussion: """
      Prints the changes a derived framework (Framework(…, basedOn:)) makes to its base, as \
      recorded in its document. Exits 1 if the derived framework is not based on the base \
      named, or if the base has changed since (its fingerprint differs).
      """,
    examples: [
      "inspect diff OMI@2008 OMI-local", "inspect diff OMI@2008 build/OMI-local-2025.json",
    ],
    arguments: [
      ArgumentSpec("base", help: "The base framework: a catalog id or a .json file."),
      ArgumentSpec("derived", help: "The derived framework: a catalog id or a .json file."),
    ])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let base = try FrameworkSource.resolve(context.arguments.positional("base") ?? "", in: context)
    let derived = try FrameworkSource.resolve(
      context.arguments.positional("derived") ?? "", in: context)
    guard let reference = derived.document.base,
      reference.id == base.document.id, reference.version == base.document.version
    else {
      let recorded =
        derived.document.base.map { "is based on \($0.id)@\($0.version)" }
        ?? "is not a derived framework"
      context.err(
        "error: \(derived.document.label) \(recorded), not \(base.document.label); "
          + "'inspect diff' compares a derived framework with its base")
      throw .failed
    }
    var lines = ["\(derived.document.label): \(derived.document.title)"]
    lines += describe(reference)
    context.out(lines.joined(separator: "\n") + "\n")
    guard reference.fingerprint == base.fingerprint else {
      context.err(
        "error: \(base.document.label) has changed since \(derived.document.label) was compiled "
          + "(recorded \(reference.fingerprint), now \(base.fingerprint)); recompile it")
      throw .failed
    }
  }

  /// `Based on …` and the changes, one per line, for `show` and `diff`.
  static func describe(_ base: FrameworkDocument.BaseReference) -> [String] {
    let count = base.changes.count == 1 ? "1 change" : "\(base.changes.count) changes"
    return ["Based on: \(base.id)@\(base.version) (\(base.fingerprint)), with \(count):"]
      + base.changes.map { "  - " + $0 }
  }
}
