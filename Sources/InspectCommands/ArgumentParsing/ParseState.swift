import InspectionSchema
import InspectionSupport

/// The progress of `ArgumentParser` through one command line.
///
/// Holds the commands entered so far and the values read for them, and
/// knows how to read one option and how to assign the positional values.
struct ParseState {
  /// The root first, then each subcommand entered.
  private(set) var stack: [CommandSpec]
  /// Values not yet assigned to positional arguments.
  var positionals: [String] = []
  /// Whether `--` was seen, making everything after it positional.
  var isTerminated = false
  private var optionValues: [String: [String]] = [:]
  private var flagNames: Set<String> = []
  private var defaultValues: [String: String] = [:]

  /// Starts at the root command.
  init(root: CommandSpec) {
    stack = [root]
    collectDefaults(of: root)
  }

  /// The command being parsed: the last one entered.
  var command: CommandSpec {
    stack.last ?? CommandSpec("")
  }

  /// The names of the commands entered, from the root.
  var path: [String] {
    stack.map(\.name)
  }

  /// Moves into a subcommand; values read so far are kept.
  mutating func enter(_ subcommand: CommandSpec) {
    stack.append(subcommand)
    collectDefaults(of: subcommand)
  }

  private mutating func collectDefaults(of command: CommandSpec) {
    for option in command.options {
      if let value = option.defaultValue { defaultValues[option.name] = value }
    }
  }

  /// Reads the option or flag `token`, taking its value from `remaining` if needed.
  ///
  /// - Returns: The root's version when `token` is `--version`, otherwise `nil`.
  mutating func readOption(
    _ token: String, remaining: inout ArraySlice<String>
  ) throws(CommandLineError) -> String? {
    let isLong = token.hasPrefix("--")
    var name = token
    var attached: String?
    if isLong, let equals = token.firstIndex(of: "=") {
      name = String(token[..<equals])
      attached = String(token[token.index(after: equals)...])
    }
    let command = self.command

    if isLong, name == "--version", stack.count == 1, let version = command.version {
      if let attached { throw error(.unexpectedValue(attached, flag: name)) }
      return version
    }
    if let option = command.options.first(where: { matches(name, $0.name, $0.short) }) {
      try read(option, as: name, attached: attached, remaining: &remaining)
      return nil
    }
    if let flag = command.flags.first(where: { matches(name, $0.name, $0.short) }) {
      if let attached { throw error(.unexpectedValue(attached, flag: name)) }
      flagNames.insert(flag.name)
      return nil
    }
    throw unknownOption(name)
  }

  /// Whether `typed` (with its dashes) names the option `long` or `short`.
  private func matches(_ typed: String, _ long: String, _ short: Character?) -> Bool {
    if typed == "--" + long { return true }
    guard let short else { return false }
    return typed == "-" + String(short)
  }

  private mutating func read(
    _ option: OptionSpec, as typed: String, attached: String?,
    remaining: inout ArraySlice<String>
  ) throws(CommandLineError) {
    let shown = "\(typed) <\(option.valueName)>"
    let value: String
    if let attached {
      value = attached
    } else if let next = remaining.first,
      !ArgumentParser.isOptionLike(next) || ArgumentParser.isNegativeNumber(next)
    {
      // `--seed -5` gives -5 to --seed (which says what it accepts), not an unknown option.
      value = next
      remaining = remaining.dropFirst()
    } else {
      throw error(.missingValue(option: shown), hint: hint(option))
    }
    if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
      throw error(
        .invalidValue(value, option: shown, allowed: option.allowedValues), hint: hint(option))
    }
    if !option.isRepeatable, optionValues[option.name] != nil {
      throw error(.duplicateOption("--\(option.name)"))
    }
    optionValues[option.name, default: []].append(value)
  }

  /// Assigns the positional values to the current command's arguments.
  ///
  /// Arguments are filled in order; a variadic one takes every value not
  /// needed by the required arguments declared after it.
  func finish() throws(CommandLineError) -> ParsedArguments {
    let arguments = command.arguments
    var queue = positionals[...]
    var values: [String: [String]] = [:]
    for (offset, argument) in arguments.enumerated() {
      var taken: [String] = []
      if argument.isVariadic {
        let reserved = arguments.dropFirst(offset + 1).filter {
          !$0.isOptional && !$0.isVariadic
        }.count
        let count = max(0, queue.count - reserved)
        taken = Array(queue.prefix(count))
        queue = queue.dropFirst(count)
      } else if let value = queue.popFirst() {
        taken = [value]
      }
      if taken.isEmpty {
        if argument.isOptional { continue }
        throw error(.missingArgument(argument.label), hint: hint(argument))
      }
      values[argument.name] = taken
    }
    if !queue.isEmpty {
      throw error(.unexpectedArguments(Array(queue)))
    }
    return ParsedArguments(
      path: path, positionalValues: values, optionValues: optionValues,
      flagNames: flagNames, defaultValues: defaultValues)
  }

  // MARK: - Errors

  /// An error about the current command.
  func error(_ kind: CommandLineError.Kind, hint: String? = nil) -> CommandLineError {
    CommandLineError(kind: kind, command: command, path: path, hint: hint)
  }

  /// "Unknown command 'scroe'. Did you mean 'score'?"
  func unknownCommand(_ name: String) -> CommandLineError {
    let names = command.subcommands.map(\.name)
    return error(.unknownCommand(name, suggestion: Suggestion.closest(to: name, among: names)))
  }

  /// "Unknown option '--fromat'. Did you mean '--format'?"; short options get no suggestion.
  func unknownOption(_ name: String) -> CommandLineError {
    guard name.hasPrefix("--") else { return error(.unknownOption(name, suggestion: nil)) }
    var names = command.options.map(\.name) + command.flags.map(\.name) + ["help"]
    if stack.count == 1, command.version != nil { names.append("version") }
    let typed = String(name.drop(while: { $0 == "-" }))
    let suggestion = Suggestion.closest(to: typed, among: names).map { "--" + $0 }
    return error(.unknownOption(name, suggestion: suggestion))
  }

  private func hint(_ option: OptionSpec) -> String? {
    option.help.isEmpty ? nil : "\(option.label)  \(option.help)"
  }

  private func hint(_ argument: ArgumentSpec) -> String? {
    argument.help.isEmpty ? nil : "\(argument.helpLabel)  \(argument.help)"
  }
}
