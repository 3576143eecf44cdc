import InspectionSupport

/// The `--diagnostics-format` option: compiler-style text or JSON on standard error.
enum DiagnosticsFormat {
  static let option = OptionSpec(
    "diagnostics-format", valueName: "format", help: "How to print diagnostics.",
    allowedValues: ["text", "json"], defaultValue: "text")

  static func print(_ diagnostics: [Diagnostic], in context: CommandContext) {
    guard !diagnostics.isEmpty else { return }
    if context.arguments.option("diagnostics-format") == "json" {
      let value = (try? JSONValueEncoder().encode(diagnostics)) ?? .array([])
      context.err(CanonicalJSON.pretty(value))
    } else {
      context.report(diagnostics)
    }
  }
}
