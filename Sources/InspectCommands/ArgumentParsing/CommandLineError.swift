import InspectionSchema

/// A mistake in the command line, worded like swift-argument-parser.
///
/// `message` is the sentence alone; `description` is the full text to print
/// on standard error, with the usage of the command and a pointer to its help:
///
/// ```
/// Error: Missing expected argument '<sample>'
/// Help:  <sample>  The sample file, or '-' for standard input.
/// Usage: inspect score <framework> <sample> [--format <format>]
///   See 'inspect score --help' for more information.
/// ```
///
/// The process should then exit with `exitCode`, which is always `.usage` (64).
public struct CommandLineError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// An option the command being parsed does not declare, with a close match if any.
    case unknownOption(String, suggestion: String?)
    /// A subcommand name that does not exist, with a close match if any.
    case unknownCommand(String, suggestion: String?)
    /// A required positional argument was left out; carries its label, `<sample>`.
    case missingArgument(String)
    /// An option was given last, or followed by another option; carries `--output <FILE>`.
    case missingValue(option: String)
    /// A value outside an option's allowed values.
    case invalidValue(String, option: String, allowed: [String])
    /// Positional values left over once every argument is filled.
    case unexpectedArguments([String])
    /// A non-repeatable option given more than once; carries `--output`.
    case duplicateOption(String)
    /// A flag given a value, as in `--partial=yes`.
    case unexpectedValue(String, flag: String)
    /// Any other mistake, described by a command; carries the whole sentence.
    case other(String)
  }

  /// What went wrong.
  public var kind: Kind
  /// The names of the commands from the root to the one being parsed.
  public var path: [String]
  /// The pieces of that command's usage line, kept whole when wrapping.
  public var usageComponents: [String]
  /// The label and help line of the argument concerned, when it helps.
  public var hint: String?

  /// Creates an error about `command`, the last of `path`.
  ///
  /// Commands can use this to report their own usage mistakes in the same layout:
  ///
  /// ```swift
  /// let known = ["OMI2", "SEC"]
  /// let guess = Suggestion.closest(to: id, among: known).map { ". Did you mean '\($0)'?" }
  /// throw CommandLineError(
  ///   kind: .other("Unknown framework '\(id)'" + (guess ?? "")),
  ///   command: score, path: parsed.path)
  /// ```
  public init(kind: Kind, command: CommandSpec, path: [String], hint: String? = nil) {
    self.kind = kind
    self.path = path
    self.usageComponents = HelpGenerator.usageComponents(command: command, path: path)
    self.hint = hint
  }

  /// The usage line of the command, on one line, without the `Usage: ` prefix.
  public var usage: String {
    usageComponents.joined(separator: " ")
  }

  /// The process exit status for any command-line mistake: `EX_USAGE`.
  public var exitCode: ExitCode { .usage }

  /// The one-sentence explanation, without the `Error: ` prefix.
  public var message: String {
    switch kind {
    case .unknownOption(let name, let suggestion):
      return "Unknown option '\(name)'" + Self.didYouMean(suggestion)
    case .unknownCommand(let name, let suggestion):
      return "Unknown command '\(name)'" + Self.didYouMean(suggestion)
    case .missingArgument(let label):
      return "Missing expected argument '\(label)'"
    case .missingValue(let option):
      return "Missing value for '\(option)'"
    case .invalidValue(let value, let option, let allowed):
      let base = "The value '\(value)' is invalid for '\(option)'"
      return allowed.isEmpty ? base : base + ". Please provide one of \(Self.list(allowed))."
    case .unexpectedArguments(let values):
      if values.count == 1, let value = values.first {
        return "Unexpected argument '\(value)'"
      }
      let quoted = values.map { "'\($0)'" }.joined(separator: ", ")
      return "\(values.count) unexpected arguments: \(quoted)"
    case .duplicateOption(let name):
      return "'\(name)' may only be given once"
    case .unexpectedValue(let value, let flag):
      return "The option '\(flag)' does not take any value, but '\(value)' was specified."
    case .other(let message):
      return message
    }
  }

  /// The full text to print: error, hint, usage and where to find help.
  public var description: String {
    var lines = ["Error: \(message)"]
    if let hint { lines.append("Help:  \(hint)") }
    lines += TextLayout.wrap(usageComponents, prefix: "Usage: ", indent: 7)
    let command = path.joined(separator: " ")
    lines.append("  See '\(command) --help' for more information.")
    return lines.joined(separator: "\n")
  }

  /// ". Did you mean '--format'?" or nothing.
  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { ". Did you mean '\($0)'?" } ?? ""
  }

  /// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
  private static func list(_ values: [String]) -> String {
    let quoted = values.map { "'\($0)'" }
    guard let last = quoted.last, quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}
