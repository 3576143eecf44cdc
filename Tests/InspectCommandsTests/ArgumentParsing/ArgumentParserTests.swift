import InspectCommands
import InspectionTestSupport
import Testing

/// One command line and the values it should parse to.
struct ParseCase: Sendable, CustomTestStringConvertible {
  var arguments: [String]
  var path: [String]
  var positionals: [String: [String]] = [:]
  var options: [String: [String]] = [:]
  var flags: Set<String> = []

  var testDescription: String { "inspect " + arguments.joined(separator: " ") }
}

/// One command line and the outcome other than a command that it should give.
struct OutcomeCase: Sendable, CustomTestStringConvertible {
  enum Expected: Sendable {
    case help([String])
    case version(String)
  }
  var arguments: [String]
  var expected: Expected

  var testDescription: String { "inspect " + arguments.joined(separator: " ") }
}

@Suite("ArgumentParser")
struct ArgumentParserTests {
  static let parseCases: [ParseCase] = [
    ParseCase(arguments: ["list"], path: ["inspect", "list"]),
    ParseCase(
      arguments: ["show", "OMI2"], path: ["inspect", "show"],
      positionals: ["framework": ["OMI2"]]),
    ParseCase(
      arguments: ["show", ""], path: ["inspect", "show"], positionals: ["framework": [""]]),
    ParseCase(
      arguments: ["compile", "all"], path: ["inspect", "compile"],
      positionals: ["framework": ["all"]]),
    ParseCase(
      arguments: ["compile", "all", "--output", "build"], path: ["inspect", "compile"],
      positionals: ["framework": ["all"]], options: ["output": ["build"]]),
    ParseCase(
      arguments: ["compile", "--output=build", "all", "--diagnostics-format", "json"],
      path: ["inspect", "compile"], positionals: ["framework": ["all"]],
      options: ["output": ["build"], "diagnostics-format": ["json"]]),
    ParseCase(
      arguments: ["compile", "-o", "out", "OMI2"], path: ["inspect", "compile"],
      positionals: ["framework": ["OMI2"]], options: ["output": ["out"]]),
    ParseCase(
      arguments: ["validate", "-"], path: ["inspect", "validate"],
      positionals: ["file": ["-"]]),
    ParseCase(
      arguments: ["score", "OMI2", "sample.json"], path: ["inspect", "score"],
      positionals: ["framework": ["OMI2"], "sample": ["sample.json"]]),
    ParseCase(
      arguments: ["score", "--format", "json", "OMI2", "sample.json"],
      path: ["inspect", "score"],
      positionals: ["framework": ["OMI2"], "sample": ["sample.json"]],
      options: ["format": ["json"]]),
    ParseCase(
      arguments: ["score", "OMI2", "--format=csv", "sample.json"], path: ["inspect", "score"],
      positionals: ["framework": ["OMI2"], "sample": ["sample.json"]],
      options: ["format": ["csv"]]),
    ParseCase(
      arguments: ["score", "OMI2", "s.json", "-f", "markdown", "-o", "report.md"],
      path: ["inspect", "score"],
      positionals: ["framework": ["OMI2"], "sample": ["s.json"]],
      options: ["format": ["markdown"], "output": ["report.md"]]),
    ParseCase(
      arguments: ["score", "OMI2", "-", "--allow-incomplete", "--partial"],
      path: ["inspect", "score"], positionals: ["framework": ["OMI2"], "sample": ["-"]],
      flags: ["allow-incomplete", "partial"]),
    ParseCase(
      arguments: ["score", "OMI2", "s.json", "--explain", "Q1", "--explain=Q2"],
      path: ["inspect", "score"], positionals: ["framework": ["OMI2"], "sample": ["s.json"]],
      options: ["explain": ["Q1", "Q2"]]),
    ParseCase(
      arguments: ["score", "OMI2", "s.json", "--judgements", "j.json", "--output", "-"],
      path: ["inspect", "score"], positionals: ["framework": ["OMI2"], "sample": ["s.json"]],
      options: ["judgements": ["j.json"], "output": ["-"]]),
    ParseCase(
      arguments: ["score", "OMI2", "s.json", "--output=--odd"], path: ["inspect", "score"],
      positionals: ["framework": ["OMI2"], "sample": ["s.json"]],
      options: ["output": ["--odd"]]),
    ParseCase(
      arguments: ["score", "--partial", "--", "-", "-x.json"], path: ["inspect", "score"],
      positionals: ["framework": ["-"], "sample": ["-x.json"]], flags: ["partial"]),
    ParseCase(
      arguments: ["score", "--", "--help", "s.json"], path: ["inspect", "score"],
      positionals: ["framework": ["--help"], "sample": ["s.json"]]),
    ParseCase(
      arguments: ["merge", "a.json"], path: ["inspect", "merge"],
      positionals: ["partials": ["a.json"]]),
    ParseCase(
      arguments: ["merge", "a.json", "b.json", "--output", "all.json", "c.json"],
      path: ["inspect", "merge"], positionals: ["partials": ["a.json", "b.json", "c.json"]],
      options: ["output": ["all.json"]]),
    ParseCase(
      arguments: ["template", "OMI2", "--output="], path: ["inspect", "template"],
      positionals: ["framework": ["OMI2"]], options: ["output": [""]]),
    ParseCase(arguments: ["compare"], path: ["inspect", "compare"]),
    ParseCase(
      arguments: ["compare", "--framework", "OMI2", "--framework", "SEC", "s.json"],
      path: ["inspect", "compare"], positionals: ["sample": ["s.json"]],
      options: ["framework": ["OMI2", "SEC"]]),
    ParseCase(
      arguments: ["compare", "help"], path: ["inspect", "compare"],
      positionals: ["sample": ["help"]]),
  ]

  @Test("Valid command lines parse to their values", arguments: parseCases)
  func parses(_ testCase: ParseCase) throws {
    let outcome = try ArgumentParser.parse(testCase.arguments, root: ExampleCLI.root)
    guard case .command(let parsed) = outcome else {
      Issue.record("Expected a command, got \(outcome)")
      return
    }
    #expect(parsed.path == testCase.path)
    #expect(parsed.positionalValues == testCase.positionals)
    #expect(parsed.optionValues == testCase.options)
    #expect(parsed.flagNames == testCase.flags)
  }

  static let outcomeCases: [OutcomeCase] = [
    OutcomeCase(arguments: [], expected: .help(["inspect"])),
    OutcomeCase(arguments: ["--help"], expected: .help(["inspect"])),
    OutcomeCase(arguments: ["-h"], expected: .help(["inspect"])),
    OutcomeCase(arguments: ["help"], expected: .help(["inspect"])),
    OutcomeCase(arguments: ["help", "score"], expected: .help(["inspect", "score"])),
    OutcomeCase(arguments: ["score", "--help"], expected: .help(["inspect", "score"])),
    OutcomeCase(arguments: ["score", "OMI2", "-h"], expected: .help(["inspect", "score"])),
    OutcomeCase(arguments: ["--help", "merge"], expected: .help(["inspect", "merge"])),
    OutcomeCase(
      arguments: ["score", "--format", "xml", "--help"], expected: .help(["inspect", "score"])),
    OutcomeCase(
      arguments: ["compile", "-o", "list", "--help"], expected: .help(["inspect", "compile"])),
    OutcomeCase(arguments: ["--version"], expected: .version("0.1.0")),
  ]

  @Test("Help and version requests are recognised", arguments: outcomeCases)
  func recognisesRequests(_ testCase: OutcomeCase) throws {
    let outcome = try ArgumentParser.parse(testCase.arguments, root: ExampleCLI.root)
    switch (outcome, testCase.expected) {
    case (.help(let request), .help(let path)):
      #expect(request.path == path)
      #expect(request.command.name == path.last)
    case (.version(let version), .version(let expected)):
      #expect(version == expected)
    default:
      Issue.record("Unexpected outcome \(outcome)")
    }
  }

  @Test func accessorsReadValuesAndDefaults() throws {
    let outcome = try ArgumentParser.parse(
      ["score", "OMI2", "s.json", "--explain", "Q1", "--explain", "Q2", "--partial"],
      root: ExampleCLI.root)
    guard case .command(let parsed) = outcome else {
      Issue.record("Expected a command, got \(outcome)")
      return
    }
    #expect(parsed.positional("framework") == "OMI2")
    #expect(parsed.positionals("sample") == ["s.json"])
    #expect(parsed.positional("missing") == nil)
    #expect(parsed.option("format") == "text")
    #expect(parsed.option("--format") == "text")
    #expect(!parsed.isSpecified("format"))
    #expect(parsed.option("output") == nil)
    #expect(parsed.option("explain") == "Q2")
    #expect(parsed.options("explain") == ["Q1", "Q2"])
    #expect(parsed.options("format") == ["text"])
    #expect(parsed.options("judgements").isEmpty)
    #expect(parsed.flag("partial"))
    #expect(parsed.flag("--partial"))
    #expect(!parsed.flag("allow-incomplete"))
  }

  @Test func exampleTreeIsWellDeclared() {
    #expect(ExampleCLI.root.validationProblems().isEmpty)
  }

  @Test func validationFindsMistakes() {
    let faulty = CommandSpec(
      "tool", version: "1",
      arguments: [ArgumentSpec("many", isVariadic: true), ArgumentSpec("one")],
      options: [
        OptionSpec("version"), OptionSpec("mode", allowedValues: ["a"], defaultValue: "b"),
        OptionSpec("out", short: "h"),
      ],
      flags: [FlagSpec("mode")],
      subcommands: [CommandSpec("run"), CommandSpec("run")])
    #expect(
      faulty.validationProblems() == [
        "tool: '--version' is declared twice or is reserved",
        "tool: default 'b' of '--mode' is not allowed",
        "tool: '-h' is declared twice or is reserved",
        "tool: '--mode' is declared twice or is reserved",
        "tool: variadic argument <many> is not last",
        "tool: subcommand 'run' is declared twice",
      ])
  }

  @Test func variadicArgumentLeavesValuesForLaterArguments() throws {
    let copy = CommandSpec(
      "copy",
      arguments: [ArgumentSpec("sources", isVariadic: true), ArgumentSpec("destination")])
    let outcome = try ArgumentParser.parse(["a", "b", "c"], root: copy)
    guard case .command(let parsed) = outcome else {
      Issue.record("Expected a command, got \(outcome)")
      return
    }
    #expect(parsed.path == ["copy"])
    #expect(parsed.positionals("sources") == ["a", "b"])
    #expect(parsed.positional("destination") == "c")
  }

  /// Odd pieces of command lines, combined at random, must never trap.
  @Test func neverTrapsOnOddInput() {
    let pieces = [
      "", "-", "--", "---", "-h", "--=", "=", "--format", "--format=", "-f", "-o=x", "-fo",
      "--output", "--explain", "help", "score", "merge", "compare", "OMI2", "é", "🇫🇷",
      "--allow-incomplete=", "--version", "--version=", "list", "-\u{0}", "--\u{301}",
    ]
    var generator = SplitMix64(seed: 0x1A5C)
    for _ in 0..<3_000 {
      let count = Int(generator.next() % 7)
      let arguments = (0..<count).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      do {
        _ = try ArgumentParser.parse(arguments, root: ExampleCLI.root)
      } catch {
        #expect(!error.description.isEmpty)
      }
    }
  }
}
