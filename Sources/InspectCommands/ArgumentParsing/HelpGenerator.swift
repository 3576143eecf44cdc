/// Renders help text and usage lines from a `CommandSpec`, in the layout of
/// swift-argument-parser.
///
/// Help has an OVERVIEW (abstract and discussion), a USAGE line, then
/// ARGUMENTS, OPTIONS (with `-h, --help` and, on the root, `--version`),
/// SUBCOMMANDS and EXAMPLES sections as they apply. Labels sit in a column of
/// 26 characters and everything is wrapped to 80 columns.
///
/// ```swift
/// print(HelpGenerator.render(command: score, path: ["inspect", "score"]))
/// ```
public enum HelpGenerator {
  /// The column where the help text of arguments, options and subcommands starts.
  static let labelColumn = 26
  /// Above this many options and flags, usage shows `[<options>]` instead.
  static let maximumOptionsInUsage = 12

  /// The help for a command.
  ///
  /// - Parameters:
  ///   - command: The command to describe.
  ///   - path: The names from the root to `command`, for example
  ///     `["inspect", "score"]`; the root alone for the root command.
  /// - Returns: The text, without a final newline.
  public static func render(command: CommandSpec, path: [String]) -> String {
    var blocks: [[String]] = []
    var overview = command.abstract
    if !command.discussion.isEmpty {
      overview += overview.isEmpty ? command.discussion : "\n\n" + command.discussion
    }
    if !overview.isEmpty {
      blocks.append(TextLayout.wrapParagraphs(overview, prefix: "OVERVIEW: "))
    }
    blocks.append(
      TextLayout.wrap(usageComponents(command: command, path: path), prefix: "USAGE: ", indent: 7))

    let arguments = command.arguments.map { ($0.helpLabel, $0.help) }
    var options = command.options.map { ($0.helpLabel, optionHelp($0)) }
    options += command.flags.map { ($0.helpLabel, $0.help) }
    if path.count <= 1, command.version != nil {
      options.append(("--version", "Show the version."))
    }
    options.append(("-h, --help", "Show help information."))
    let subcommands = command.subcommands.map { ($0.name, $0.abstract) }
    for (title, rows) in [
      ("ARGUMENTS", arguments), ("OPTIONS", options), ("SUBCOMMANDS", subcommands),
    ] where !rows.isEmpty {
      blocks.append(["\(title):"] + rows.flatMap { row(label: $0.0, help: $0.1) })
    }
    if !command.examples.isEmpty {
      blocks.append(["EXAMPLES:"] + command.examples.map { "  " + $0 })
    }
    if !command.subcommands.isEmpty {
      let helpPath = ([path.first ?? command.name, "help"] + path.dropFirst())
        .joined(separator: " ")
      blocks.append(["  See '\(helpPath) <subcommand>' for detailed help."])
    }
    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
  }

  /// The help for the command a `HelpRequest` names.
  public static func render(_ request: HelpRequest) -> String {
    render(command: request.command, path: request.path)
  }

  /// The one-line synopsis of a command, for example
  /// `inspect score <framework> <sample> [--format <format>]`.
  public static func usage(command: CommandSpec, path: [String]) -> String {
    usageComponents(command: command, path: path).joined(separator: " ")
  }

  /// The synopsis as unbreakable pieces: the command path, each argument,
  /// each option, and `<subcommand>`.
  static func usageComponents(command: CommandSpec, path: [String]) -> [String] {
    var components = [path.isEmpty ? command.name : path.joined(separator: " ")]
    let arguments = command.arguments.map(\.synopsis)
    let named = command.options.map(\.synopsis) + command.flags.map(\.synopsis)
    if named.count > maximumOptionsInUsage {
      components += ["[<options>]"] + arguments
    } else {
      components += arguments + named
    }
    if !command.subcommands.isEmpty { components.append("<subcommand>") }
    return components
  }

  /// An option's help followed by its allowed values and default.
  private static func optionHelp(_ option: OptionSpec) -> String {
    var notes: [String] = []
    if !option.allowedValues.isEmpty {
      notes.append("values: " + option.allowedValues.joined(separator: ", "))
    }
    if let value = option.defaultValue { notes.append("default: \(value)") }
    guard !notes.isEmpty else { return option.help }
    let suffix = "(" + notes.joined(separator: "; ") + ")"
    return option.help.isEmpty ? suffix : option.help + " " + suffix
  }

  /// One entry of a section: the label indented by 2, its help from column 26,
  /// or on the next line when the label is too long to leave a gap.
  private static func row(label: String, help: String) -> [String] {
    let indented = "  " + label
    let words = TextLayout.words(help)
    guard !words.isEmpty else { return [indented] }
    if indented.count < labelColumn {
      let padding = String(repeating: " ", count: labelColumn - indented.count)
      return TextLayout.wrap(words, prefix: indented + padding, indent: labelColumn)
    }
    let margin = String(repeating: " ", count: labelColumn)
    return [indented] + TextLayout.wrap(words, prefix: margin, indent: labelColumn)
  }
}
