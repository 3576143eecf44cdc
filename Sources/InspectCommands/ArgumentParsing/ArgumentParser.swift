/// Reads a command line against a tree of `CommandSpec`s.
///
/// The parser understands:
/// - subcommands by name, right after their parent or its options
///   (`inspect score …`);
/// - long options with a separate or attached value (`--output out`,
///   `--output=out`) and short ones with a separate value (`-o out`);
/// - flags (`--partial`), options before, between and after positionals,
///   repeated options where declared;
/// - `--` ending options: everything after it is positional;
/// - `-` as an ordinary positional value, by convention standard input;
/// - `--help` or `-h` anywhere before `--`, `help <command>` in place of a
///   subcommand, and `--version` on the root command.
///
/// A value that starts with `-` can be given attached (`--explain=-1`) or
/// after `--`. The parser never traps, whatever the input.
///
/// ```swift
/// do {
///   switch try ArgumentParser.parse(Array(CommandLine.arguments.dropFirst()), root: root) {
///   case .command(let parsed): try run(parsed)
///   case .help(let request): print(HelpGenerator.render(request))
///   case .version(let version): print(version)
///   }
/// } catch {
///   FileHandle.standardError.write(Data((error.description + "\n").utf8))
///   exit(error.exitCode.rawValue)
/// }
/// ```
public enum ArgumentParser {
  /// Parses `arguments` (without the program name) against `root`.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments after the program name.
  ///   - root: The tool's root command.
  /// - Returns: The command to run with its values, or a help or version request.
  /// - Throws: `CommandLineError` describing the first mistake found.
  public static func parse(
    _ arguments: [String], root: CommandSpec
  ) throws(CommandLineError) -> ParseOutcome {
    if requestsHelp(arguments) {
      return .help(helpTarget(for: arguments, root: root))
    }
    var state = ParseState(root: root)
    var remaining = arguments[...]
    while let token = remaining.popFirst() {
      if state.isTerminated {
        state.positionals.append(token)
      } else if token == "--" {
        state.isTerminated = true
      } else if isOptionLike(token) {
        if let version = try state.readOption(token, remaining: &remaining) {
          return .version(version)
        }
      } else if state.positionals.isEmpty, !state.command.subcommands.isEmpty {
        if let subcommand = state.command.subcommand(named: token) {
          state.enter(subcommand)
        } else if token == "help" {
          return .help(try explicitHelpTarget(Array(remaining), state: state))
        } else if state.command.arguments.isEmpty {
          throw state.unknownCommand(token)
        } else {
          state.positionals.append(token)
        }
      } else {
        state.positionals.append(token)
      }
    }
    let command = state.command
    if !command.subcommands.isEmpty, command.arguments.isEmpty {
      // A command that only groups others has nothing to run: show its help.
      return .help(HelpRequest(path: state.path, command: command))
    }
    return .command(try state.finish())
  }

  /// Whether `token` is an option or flag rather than a value: `-x`, `--name`.
  ///
  /// `-` alone is a value (standard input) and `--` is handled separately.
  static func isOptionLike(_ token: String) -> Bool {
    token.hasPrefix("-") && token.count > 1
  }

  /// Whether `token` is a negative number (`-5`, `-0.5`): the value of an option, never an
  /// option (no option's name starts with a digit).
  static func isNegativeNumber(_ token: String) -> Bool {
    let rest = token.utf8.dropFirst()
    return token.hasPrefix("-") && rest.first.map { (0x30...0x39).contains($0) } == true
      && rest.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
  }

  /// Whether `--help` or `-h` appears before any `--`.
  private static func requestsHelp(_ arguments: [String]) -> Bool {
    for token in arguments {
      if token == "--" { return false }
      if token == "--help" || token == "-h" { return true }
    }
    return false
  }

  /// The deepest command named by the leading words of `arguments`, for `--help`.
  ///
  /// Lenient on purpose: options are skipped, along with the value that may
  /// follow them, and the first word that is not a subcommand ends the walk.
  private static func helpTarget(for arguments: [String], root: CommandSpec) -> HelpRequest {
    var command = root
    var path = [root.name]
    var skipValue = false
    for token in arguments {
      if token == "--" { break }
      if skipValue {
        skipValue = false
        continue
      }
      if isOptionLike(token) {
        let name = String(token.drop(while: { $0 == "-" }))
        skipValue = command.options.contains {
          $0.name == name || $0.short.map(String.init) == name
        }
        continue
      }
      guard let subcommand = command.subcommand(named: token) else { break }
      command = subcommand
      path.append(subcommand.name)
    }
    return HelpRequest(path: path, command: command)
  }

  /// The command named after `help`, as in `inspect help score`.
  ///
  /// Every word must name a subcommand of the one before; options are ignored.
  private static func explicitHelpTarget(
    _ words: [String], state: ParseState
  ) throws(CommandLineError) -> HelpRequest {
    var helpState = state
    for word in words where !isOptionLike(word) && word != "--" {
      guard let subcommand = helpState.command.subcommand(named: word) else {
        throw helpState.unknownCommand(word)
      }
      helpState.enter(subcommand)
    }
    return HelpRequest(path: helpState.path, command: helpState.command)
  }
}
