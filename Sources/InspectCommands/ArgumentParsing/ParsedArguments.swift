/// The values read from a command line for one command.
///
/// Values are looked up by the names used in the declaration: an argument's
/// name, or an option's or flag's long name (leading dashes are ignored).
/// A name that was never declared simply reads as absent, so check spellings
/// in tests.
///
/// ```swift
/// if case .command(let parsed) = try ArgumentParser.parse(["score", "OMI2", "-"], root: root) {
///   parsed.path                         // ["inspect", "score"]
///   parsed.positional("sample")         // "-", meaning standard input
///   parsed.option("format")             // "text", the default
///   parsed.flag("allow-incomplete")     // false
/// }
/// ```
public struct ParsedArguments: Sendable, Equatable {
  /// The names of the commands from the root to the one parsed, for example
  /// `["inspect", "score"]`.
  public var path: [String]
  /// The values of the positional arguments that were given, by argument name.
  public var positionalValues: [String: [String]]
  /// The values of the options that were given, by long name, in command-line order.
  public var optionValues: [String: [String]]
  /// The long names of the flags that were given.
  public var flagNames: Set<String>
  /// The default values of the options declared along the path, by long name.
  public var defaultValues: [String: String]

  /// Creates parsed values; normally done by `ArgumentParser`.
  public init(
    path: [String], positionalValues: [String: [String]] = [:],
    optionValues: [String: [String]] = [:], flagNames: Set<String> = [],
    defaultValues: [String: String] = [:]
  ) {
    self.path = path
    self.positionalValues = positionalValues
    self.optionValues = optionValues
    self.flagNames = flagNames
    self.defaultValues = defaultValues
  }

  /// The value of a single positional argument, or `nil` when it was left out.
  ///
  /// For a variadic argument this is its first value.
  public func positional(_ name: String) -> String? {
    positionalValues[name]?.first
  }

  /// All values of a (usually variadic) positional argument, possibly none.
  public func positionals(_ name: String) -> [String] {
    positionalValues[name] ?? []
  }

  /// The value of an option: the last one given, else its default, else `nil`.
  public func option(_ name: String) -> String? {
    let key = Self.key(name)
    return optionValues[key]?.last ?? defaultValues[key]
  }

  /// Every value given for a repeatable option, in order; the default alone
  /// when none was given; otherwise empty.
  public func options(_ name: String) -> [String] {
    let key = Self.key(name)
    if let values = optionValues[key], !values.isEmpty { return values }
    return defaultValues[key].map { [$0] } ?? []
  }

  /// Whether the option was given on the command line, as opposed to defaulted.
  public func isSpecified(_ name: String) -> Bool {
    optionValues[Self.key(name)] != nil || flagNames.contains(Self.key(name))
  }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool {
    flagNames.contains(Self.key(name))
  }

  /// A long name without its leading dashes.
  private static func key(_ name: String) -> String {
    String(name.drop(while: { $0 == "-" }))
  }
}
