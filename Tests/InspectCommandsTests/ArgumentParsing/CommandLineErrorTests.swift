import InspectCommands
import Testing

/// One mistaken command line and the message it should produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  var message: String

  var testDescription: String { "inspect " + arguments.joined(separator: " ") }
}

@Suite("CommandLineError")
struct CommandLineErrorTests {
  static let errorCases: [ErrorCase] = [
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--fromat", "json"],
      message: "Unknown option '--fromat'. Did you mean '--format'?"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--allow-incomplet"],
      message: "Unknown option '--allow-incomplet'. Did you mean '--allow-incomplete'?"),
    ErrorCase(arguments: ["score", "--f"], message: "Unknown option '--f'"),
    ErrorCase(arguments: ["show", "-x"], message: "Unknown option '-x'"),
    ErrorCase(arguments: ["show", "OMI2", "--version"], message: "Unknown option '--version'"),
    ErrorCase(
      arguments: ["--verison"], message: "Unknown option '--verison'. Did you mean '--version'?"),
    ErrorCase(arguments: ["scroe"], message: "Unknown command 'scroe'. Did you mean 'score'?"),
    ErrorCase(arguments: ["frobnicate"], message: "Unknown command 'frobnicate'"),
    ErrorCase(
      arguments: ["help", "scroe"], message: "Unknown command 'scroe'. Did you mean 'score'?"),
    ErrorCase(arguments: ["score", "OMI2"], message: "Missing expected argument '<sample>'"),
    ErrorCase(arguments: ["score"], message: "Missing expected argument '<framework>'"),
    ErrorCase(arguments: ["merge"], message: "Missing expected argument '<partials> ...'"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--output"],
      message: "Missing value for '--output <FILE>'"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "-o"], message: "Missing value for '-o <FILE>'"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--output", "--partial"],
      message: "Missing value for '--output <FILE>'"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--format", "xml"],
      message: """
        The value 'xml' is invalid for '--format <format>'. \
        Please provide one of 'text', 'json', 'csv' or 'markdown'.
        """),
    ErrorCase(
      arguments: ["compile", "all", "--diagnostics-format=yaml"],
      message: """
        The value 'yaml' is invalid for '--diagnostics-format <diagnostics-format>'. \
        Please provide one of 'text' or 'json'.
        """),
    ErrorCase(arguments: ["show", "OMI2", "extra"], message: "Unexpected argument 'extra'"),
    ErrorCase(arguments: ["list", "a", "b"], message: "2 unexpected arguments: 'a', 'b'"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--output", "a", "-o", "b"],
      message: "'--output' may only be given once"),
    ErrorCase(
      arguments: ["score", "OMI2", "s.json", "--allow-incomplete=yes"],
      message: """
        The option '--allow-incomplete' does not take any value, but 'yes' was specified.
        """),
    ErrorCase(
      arguments: ["--version=2"],
      message: "The option '--version' does not take any value, but '2' was specified."),
  ]

  @Test("Mistakes are reported in swift-argument-parser's words", arguments: errorCases)
  func reportsMistake(_ testCase: ErrorCase) {
    #expect {
      _ = try ArgumentParser.parse(testCase.arguments, root: ExampleCLI.root)
    } throws: { error in
      guard let error = error as? CommandLineError else { return false }
      #expect(error.message == testCase.message)
      #expect(error.exitCode == .usage)
      return true
    }
  }

  static func failure(_ arguments: [String]) -> CommandLineError? {
    do {
      _ = try ArgumentParser.parse(arguments, root: ExampleCLI.root)
      return nil
    } catch {
      return error
    }
  }

  @Test func rendersMissingArgumentWithHelpAndWrappedUsage() {
    #expect(
      Self.failure(["score", "OMI2"])?.description == """
        Error: Missing expected argument '<sample>'
        Help:  <sample>  The sample file, or '-' for standard input.
        Usage: inspect score <framework> <sample> [--format <format>] [--output <FILE>]
               [--judgements <FILE>] [--explain <ID> ...] [--allow-incomplete]
               [--partial]
          See 'inspect score --help' for more information.
        """)
  }

  @Test func rendersUnknownCommandAtTheRoot() {
    #expect(
      Self.failure(["scroe"])?.description == """
        Error: Unknown command 'scroe'. Did you mean 'score'?
        Usage: inspect <subcommand>
          See 'inspect --help' for more information.
        """)
  }

  @Test func rendersInvalidValue() {
    #expect(
      Self.failure(["compile", "all", "--diagnostics-format", "yaml"])?.description == """
        Error: The value 'yaml' is invalid for '--diagnostics-format <diagnostics-format>'. \
        Please provide one of 'text' or 'json'.
        Help:  --diagnostics-format <diagnostics-format>  How to report diagnostics.
        Usage: inspect compile <framework> [--output <DIR>]
               [--diagnostics-format <diagnostics-format>]
          See 'inspect compile --help' for more information.
        """)
  }

  @Test func rendersUnexpectedArgument() {
    #expect(
      Self.failure(["list", "now"])?.description == """
        Error: Unexpected argument 'now'
        Usage: inspect list
          See 'inspect list --help' for more information.
        """)
  }
}
