import InspectionComparison
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect codes`: every diagnostic code and what it means.
enum CodesCommand {
  static let spec = CommandSpec(
    "codes", abstract: "List every diagnostic code with its meaning.",
    examples: ["inspect codes", "inspect codes --format markdown"],
    options: [
      OptionSpec(
        "format", help: "How to print the table.", allowedValues: ["text", "markdown"],
        defaultValue: "text")
    ])

  /// Every code, in code order.
  static let all =
    (DiagnosticCode.compilerCodes + DiagnosticCode.conceptCodes + DiagnosticCode.derivationCodes
    + DiagnosticCode.evaluatorCodes + DiagnosticCode.partialResultCodes
    + DiagnosticCode.crosswalkCodes + DiagnosticCode.comparisonCodes).sorted { $0.code < $1.code }

  static func run(_ context: CommandContext) throws(CommandFailure) {
    if context.arguments.option("format") == "markdown" {
      var lines = ["| code | problem | meaning |", "|---|---|---|"]
      lines += all.map { "| `\($0.code)` | \($0.title) | \($0.meaning) |" }
      context.out(lines.joined(separator: "\n") + "\n")
    } else {
      var table = TextTable(columns: [.left("CODE"), .left("PROBLEM")])
      for code in all { table.add([code.code, code.title]) }
      context.out(table.render() + "\n")
    }
  }
}
