/// What a command line asked for: to run a command, to see help, or to see the version.
///
/// ```swift
/// switch try ArgumentParser.parse(arguments, root: root) {
/// case .command(let parsed): run(parsed)
/// case .help(let request): print(HelpGenerator.render(request))
/// case .version(let version): print(version)
/// }
/// ```
public enum ParseOutcome: Sendable, Equatable {
  /// Run the command at `path` with these values.
  case command(ParsedArguments)
  /// Show help for a command (`--help`, `-h`, `help <command>`, or a bare parent command).
  case help(HelpRequest)
  /// Show the root command's version (`--version`).
  case version(String)
}

/// A request for the help of one command.
public struct HelpRequest: Sendable, Equatable {
  /// The names of the commands from the root to the one wanted, for example
  /// `["inspect", "score"]`.
  public var path: [String]
  /// The command whose help is wanted.
  public var command: CommandSpec

  /// Creates a help request.
  public init(path: [String], command: CommandSpec) {
    self.path = path
    self.command = command
  }
}
