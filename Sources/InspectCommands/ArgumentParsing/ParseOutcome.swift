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
