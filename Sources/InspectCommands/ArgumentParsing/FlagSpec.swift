/// A named switch that takes no value, such as `--allow-incomplete`.
///
/// A flag is off unless given; giving it a value (`--partial=yes`) is an error.
///
/// ```swift
/// FlagSpec("allow-incomplete", help: "Score even when judgements are missing.")
/// ```
public struct FlagSpec: Sendable, Equatable {
  /// The long name without dashes, for example `partial` for `--partial`.
  public var name: String
  /// The single-character name, for example `p` for `-p`.
  public var short: Character?
  /// One line shown next to the flag in help.
  public var help: String

  /// Creates a flag.
  ///
  /// - Parameters:
  ///   - name: The long name; leading dashes are ignored.
  ///   - short: An optional single-character name.
  ///   - help: One line for the OPTIONS section of help.
  public init(_ name: String, short: Character? = nil, help: String = "") {
    self.name = String(name.drop(while: { $0 == "-" }))
    self.short = short
    self.help = help
  }

  /// The long name with its dashes: `--partial`.
  public var label: String {
    "--\(name)"
  }

  /// The label for the OPTIONS section of help: `-p, --partial`.
  var helpLabel: String {
    short.map { "-\($0), \(label)" } ?? label
  }

  /// The synopsis in a usage line: `[--partial]`.
  var synopsis: String {
    "[\(label)]"
  }
}
