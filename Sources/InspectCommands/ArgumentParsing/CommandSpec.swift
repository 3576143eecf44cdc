/// The declaration of a command: its name, help text, arguments and subcommands.
///
/// A command line interface is a tree of `CommandSpec`s whose root is the tool
/// itself. `ArgumentParser` reads the command line against it and
/// `HelpGenerator` renders help from it, so the tree is the single source of
/// truth for both.
///
/// ```swift
/// let score = CommandSpec(
///   "score",
///   abstract: "Score a sample against a framework.",
///   arguments: [
///     ArgumentSpec("framework", help: "The framework identifier."),
///     ArgumentSpec("sample", help: "The sample file, or '-' for standard input."),
///   ],
///   options: [
///     OptionSpec(
///       "format", short: "f", help: "The report format.",
///       allowedValues: ["text", "json"], defaultValue: "text")
///   ],
///   flags: [FlagSpec("allow-incomplete", help: "Score incomplete samples.")])
/// let root = CommandSpec(
///   "inspect", abstract: "Inspection frameworks.", version: "1.0.0",
///   subcommands: [score])
/// ```
public struct CommandSpec: Sendable, Equatable {
  /// The name typed on the command line, for example `score`.
  public var name: String
  /// One line describing the command, shown in OVERVIEW and in its parent's SUBCOMMANDS.
  public var abstract: String
  /// Longer text shown under the abstract in the command's own help.
  public var discussion: String
  /// Complete example invocations, shown in an EXAMPLES section of help.
  public var examples: [String]
  /// The positional arguments, in the order they are filled.
  public var arguments: [ArgumentSpec]
  /// The options that take a value.
  public var options: [OptionSpec]
  /// The options that take no value.
  public var flags: [FlagSpec]
  /// The commands nested under this one.
  public var subcommands: [CommandSpec]
  /// The version printed for `--version`; only meaningful on the root command.
  public var version: String?

  /// Creates a command.
  ///
  /// - Parameters:
  ///   - name: The name typed on the command line.
  ///   - abstract: One line describing the command.
  ///   - discussion: Longer text for the command's own help.
  ///   - examples: Complete example invocations.
  ///   - version: The version for `--version`, on the root command only.
  ///   - arguments: The positional arguments, in order.
  ///   - options: The options that take a value.
  ///   - flags: The options that take no value.
  ///   - subcommands: The nested commands.
  public init(
    _ name: String, abstract: String = "", discussion: String = "", examples: [String] = [],
    version: String? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
    flags: [FlagSpec] = [], subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.examples = examples
    self.version = version
    self.arguments = arguments
    self.options = options
    self.flags = flags
    self.subcommands = subcommands
  }

  /// The subcommand called `name`, if any.
  public func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }

  /// Mistakes in this declaration and the ones below it, as readable sentences.
  ///
  /// The parser never crashes on a faulty declaration, but it may behave
  /// surprisingly; a test should assert that the real command tree has no
  /// problems.
  ///
  /// ```swift
  /// #expect(root.validationProblems().isEmpty)
  /// ```
  public func validationProblems() -> [String] {
    var problems: [String] = []
    var longNames: Set<String> = ["help"]
    var shortNames: Set<Character> = ["h"]
    if version != nil { longNames.insert("version") }
    func claim(_ long: String, _ short: Character?) {
      if !longNames.insert(long).inserted {
        problems.append("\(name): '--\(long)' is declared twice or is reserved")
      }
      if let short, !shortNames.insert(short).inserted {
        problems.append("\(name): '-\(short)' is declared twice or is reserved")
      }
    }
    for option in options {
      claim(option.name, option.short)
      if let value = option.defaultValue, !option.allowedValues.isEmpty,
        !option.allowedValues.contains(value)
      {
        problems.append("\(name): default '\(value)' of '--\(option.name)' is not allowed")
      }
    }
    for flag in flags { claim(flag.name, flag.short) }
    for argument in arguments.dropLast() where argument.isVariadic {
      problems.append("\(name): variadic argument <\(argument.name)> is not last")
    }
    var argumentNames: Set<String> = []
    for argument in arguments where !argumentNames.insert(argument.name).inserted {
      problems.append("\(name): argument <\(argument.name)> is declared twice")
    }
    var commandNames: Set<String> = []
    for command in subcommands {
      if !commandNames.insert(command.name).inserted {
        problems.append("\(name): subcommand '\(command.name)' is declared twice")
      }
      problems += command.validationProblems()
    }
    return problems
  }
}
