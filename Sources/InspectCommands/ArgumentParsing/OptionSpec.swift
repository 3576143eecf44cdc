/// A named option that takes a value, such as `--output <FILE>` or `-f <format>`.
///
/// The value may follow as the next argument (`--output out.json`, `-o out.json`)
/// or be attached to a long name (`--output=out.json`). Options are always
/// optional; give a `defaultValue` to have one when the option is left out.
///
/// ```swift
/// OptionSpec(
///   "format", short: "f", help: "The report format.",
///   allowedValues: ["text", "json", "csv", "markdown"], defaultValue: "text")
/// OptionSpec("output", short: "o", valueName: "FILE", help: "Where to write the report.")
/// ```
public struct OptionSpec: Sendable, Equatable {
  /// The long name without dashes, for example `output` for `--output`.
  public var name: String
  /// The single-character name, for example `o` for `-o`.
  public var short: Character?
  /// The placeholder shown as `<valueName>`; defaults to the long name.
  public var valueName: String
  /// One line shown next to the option in help.
  public var help: String
  /// The only values accepted, in the order shown; empty accepts any value.
  public var allowedValues: [String]
  /// The value read back when the option is not given.
  public var defaultValue: String?
  /// Whether the option may be given more than once, each value being kept.
  public var isRepeatable: Bool

  /// Creates an option.
  ///
  /// - Parameters:
  ///   - name: The long name; leading dashes are ignored, so `"--output"` and
  ///     `"output"` are the same.
  ///   - short: An optional single-character name.
  ///   - valueName: The placeholder shown in usage and help; `nil` uses `name`.
  ///   - help: One line for the OPTIONS section of help.
  ///   - allowedValues: The only values accepted; empty accepts any value.
  ///   - defaultValue: The value read back when the option is not given.
  ///   - isRepeatable: Whether the option may be given more than once.
  public init(
    _ name: String, short: Character? = nil, valueName: String? = nil, help: String = "",
    allowedValues: [String] = [], defaultValue: String? = nil, isRepeatable: Bool = false
  ) {
    let bare = String(name.drop(while: { $0 == "-" }))
    self.name = bare
    self.short = short
    self.valueName = valueName ?? bare
    self.help = help
    self.allowedValues = allowedValues
    self.defaultValue = defaultValue
    self.isRepeatable = isRepeatable
  }

  /// The name with its value, as errors quote it: `--output <FILE>`.
  public var label: String {
    "--\(name) <\(valueName)>"
  }

  /// The label for the OPTIONS section of help: `-o, --output <FILE>`.
  var helpLabel: String {
    short.map { "-\($0), \(label)" } ?? label
  }

  /// The synopsis in a usage line: `[--output <FILE>]` or `[--framework <id> ...]`.
  var synopsis: String {
    isRepeatable ? "[\(label) ...]" : "[\(label)]"
  }
}
