import InspectCommands

/// A command tree shaped like the real `inspect` CLI, for parser and help tests.
enum ExampleCLI {
  static let framework = ArgumentSpec("framework", help: "The framework identifier, such as OMI2.")

  static let list = CommandSpec("list", abstract: "List the frameworks in the catalog.")

  static let show = CommandSpec(
    "show", abstract: "Show the structure of a framework.", arguments: [framework])

  static let compile = CommandSpec(
    "compile",
    abstract: "Compile frameworks to canonical JSON.",
    arguments: [ArgumentSpec("framework", help: "A framework identifier, or 'all'.")],
    options: [
      OptionSpec("output", short: "o", valueName: "DIR", help: "The directory to write to."),
      OptionSpec(
        "diagnostics-format", help: "How to report diagnostics.",
        allowedValues: ["text", "json"], defaultValue: "text"),
    ])

  static let validate = CommandSpec(
    "validate", abstract: "Check a compiled framework file.",
    arguments: [ArgumentSpec("file", help: "The JSON file, or '-' for standard input.")])

  static let score = CommandSpec(
    "score",
    abstract: "Score a sample of inspected cases against a framework.",
    discussion: """
      Reads the sample, applies the framework's rules to every case and writes a report. \
      Judgements that the rules cannot make are read from a judgements file.
      """,
    examples: [
      "inspect score OMI2 sample.json --format markdown",
      "cat sample.json | inspect score OMI2 - --allow-incomplete",
    ],
    arguments: [
      framework,
      ArgumentSpec("sample", help: "The sample file, or '-' for standard input."),
    ],
    options: [
      OptionSpec(
        "format", short: "f", help: "The report format.",
        allowedValues: ["text", "json", "csv", "markdown"], defaultValue: "text"),
      OptionSpec(
        "output", short: "o", valueName: "FILE",
        help: "Where to write the report, instead of standard output."),
      OptionSpec(
        "judgements", valueName: "FILE",
        help: "Human judgements for the questions the rules leave open, as a JSON file."),
      OptionSpec(
        "explain", valueName: "ID", help: "Explain how a question was scored.",
        isRepeatable: true),
    ],
    flags: [
      FlagSpec("allow-incomplete", help: "Score even when judgements are missing."),
      FlagSpec("partial", help: "Write a partial result for 'inspect merge'."),
    ])

  static let merge = CommandSpec(
    "merge", abstract: "Merge partial results into one report.",
    arguments: [ArgumentSpec("partials", help: "The partial results.", isVariadic: true)],
    options: [OptionSpec("output", short: "o", valueName: "FILE", help: "The merged file.")])

  static let template = CommandSpec(
    "template", abstract: "Write an empty judgements file for a framework.",
    arguments: [framework],
    options: [OptionSpec("output", short: "o", valueName: "FILE", help: "The file to write.")])

  static let compare = CommandSpec(
    "compare", abstract: "Compare how frameworks score the same sample.",
    arguments: [ArgumentSpec("sample", help: "The sample file.", isOptional: true)],
    options: [
      OptionSpec(
        "framework", valueName: "id", help: "A framework to compare.", isRepeatable: true)
    ])

  static let root = CommandSpec(
    "inspect",
    abstract: "Declare inspection frameworks, compile them and score samples with them.",
    version: "0.1.0",
    subcommands: [list, show, compile, validate, score, merge, template, compare])
}
