import InspectCommands
import Testing

@Suite("HelpGenerator")
struct HelpGeneratorTests {
  @Test func rendersRootHelp() {
    #expect(
      HelpGenerator.render(command: ExampleCLI.root, path: ["inspect"]) == """
        OVERVIEW: Declare inspection frameworks, compile them and score samples with
        them.

        USAGE: inspect <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          list                    List the frameworks in the catalog.
          show                    Show the structure of a framework.
          compile                 Compile frameworks to canonical JSON.
          validate                Check a compiled framework file.
          score                   Score a sample of inspected cases against a framework.
          merge                   Merge partial results into one report.
          template                Write an empty judgements file for a framework.
          compare                 Compare how frameworks score the same sample.

          See 'inspect help <subcommand>' for detailed help.
        """)
  }

  @Test func rendersSubcommandHelp() {
    #expect(
      HelpGenerator.render(command: ExampleCLI.score, path: ["inspect", "score"]) == """
        OVERVIEW: Score a sample of inspected cases against a framework.

        Reads the sample, applies the framework's rules to every case and writes a
        report. Judgements that the rules cannot make are read from a judgements file.

        USAGE: inspect score <framework> <sample> [--format <format>] [--output <FILE>]
               [--judgements <FILE>] [--explain <ID> ...] [--allow-incomplete]
               [--partial]

        ARGUMENTS:
          <framework>             The framework identifier, such as OMI2.
          <sample>                The sample file, or '-' for standard input.

        OPTIONS:
          -f, --format <format>   The report format. (values: text, json, csv, markdown;
                                  default: text)
          -o, --output <FILE>     Where to write the report, instead of standard output.
          --judgements <FILE>     Human judgements for the questions the rules leave
                                  open, as a JSON file.
          --explain <ID>          Explain how a question was scored.
          --allow-incomplete      Score even when judgements are missing.
          --partial               Write a partial result for 'inspect merge'.
          -h, --help              Show help information.

        EXAMPLES:
          inspect score OMI2 sample.json --format markdown
          cat sample.json | inspect score OMI2 - --allow-incomplete
        """)
  }

  @Test func putsLongLabelsOnTheirOwnLine() {
    #expect(
      HelpGenerator.render(command: ExampleCLI.compile, path: ["inspect", "compile"]) == """
        OVERVIEW: Compile frameworks to canonical JSON.

        USAGE: inspect compile <framework> [--output <DIR>]
               [--diagnostics-format <diagnostics-format>]

        ARGUMENTS:
          <framework>             A framework identifier, or 'all'.

        OPTIONS:
          -o, --output <DIR>      The directory to write to.
          --diagnostics-format <diagnostics-format>
                                  How to report diagnostics. (values: text, json;
                                  default: text)
          -h, --help              Show help information.
        """)
  }

  @Test func rendersTheCommandOfAHelpRequest() throws {
    let outcome = try ArgumentParser.parse(["help", "merge"], root: ExampleCLI.root)
    guard case .help(let request) = outcome else {
      Issue.record("Expected help, got \(outcome)")
      return
    }
    #expect(
      HelpGenerator.render(request) == """
        OVERVIEW: Merge partial results into one report.

        USAGE: inspect merge <partials> ... [--output <FILE>]

        ARGUMENTS:
          <partials>              The partial results.

        OPTIONS:
          -o, --output <FILE>     The merged file.
          -h, --help              Show help information.
        """)
  }

  @Test func collapsesManyOptionsInUsage() {
    let busy = CommandSpec(
      "busy", arguments: [ArgumentSpec("input")],
      flags: (1...13).map { FlagSpec("flag\($0)") })
    #expect(
      HelpGenerator.usage(command: busy, path: ["tool", "busy"])
        == "tool busy [<options>] <input>")
  }

  @Test(
    "Help lines fit in 80 columns",
    arguments: [ExampleCLI.root.name] + ExampleCLI.root.subcommands.map(\.name))
  func fitsInEightyColumns(_ name: String) throws {
    // By name: the log prints arguments, and a command's whole spec is kilobytes.
    let command =
      name == ExampleCLI.root.name
      ? ExampleCLI.root : try #require(ExampleCLI.root.subcommands.first { $0.name == name })
    let text = HelpGenerator.render(command: command, path: ["inspect", command.name])
    for line in text.split(separator: "\n") {
      #expect(line.count <= 80, "\(line)")
      #expect(line.last != " ", "\(line)")
    }
  }
}
