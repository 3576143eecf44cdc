/// A positional argument of a command, such as `<framework>` or `<partials> ...`.
///
/// Positional arguments are filled in declaration order. A variadic argument
/// takes every remaining value except those needed by the required arguments
/// declared after it, so it is best declared last.
///
/// ```swift
/// ArgumentSpec("framework", help: "The framework to score against.")
/// ArgumentSpec("partials", help: "Partial results to merge.", isVariadic: true)
/// ```
public struct ArgumentSpec: Sendable, Equatable {
  /// The name shown as `<name>` and used to read the value back.
  public var name: String
  /// One line shown next to the argument in help.
  public var help: String
  /// Whether the argument may be left out.
  public var isOptional: Bool
  /// Whether the argument takes any number of values (at least one unless optional).
  public var isVariadic: Bool

  /// Creates a positional argument.
  ///
  /// - Parameters:
  ///   - name: The value name, without angle brackets, for example `framework`.
  ///   - help: One line for the ARGUMENTS section of help.
  ///   - isOptional: Whether the argument may be left out.
  ///   - isVariadic: Whether the argument takes several values.
  public init(
    _ name: String, help: String = "", isOptional: Bool = false, isVariadic: Bool = false
  ) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.isVariadic = isVariadic
  }

  /// The label for help and error messages: `<name>`, or `<name> ...` when variadic.
  public var label: String {
    isVariadic ? "<\(name)> ..." : "<\(name)>"
  }

  /// The label for the ARGUMENTS section of help: `<name>`, even when variadic.
  var helpLabel: String {
    "<\(name)>"
  }

  /// The synopsis in a usage line: the label, in brackets when optional.
  var synopsis: String {
    isOptional ? "[\(label)]" : label
  }
}
