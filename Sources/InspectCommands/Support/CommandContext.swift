import InspectionSchema
import InspectionSupport

/// What a command reads and writes: its arguments, standard output and standard error.
///
/// Commands never print directly, so tests can run them in-process and capture everything.
public struct CommandContext {
  /// The parsed command line.
  public let arguments: ParsedArguments
  /// The command's spec, for usage errors.
  public let command: CommandSpec
  /// The frameworks names resolve to.
  public let catalog: InspectCatalog
  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void

  /// Creates a context writing through the given functions.
  public init(
    arguments: ParsedArguments, command: CommandSpec, catalog: InspectCatalog = .shipped,
    out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) {
    self.arguments = arguments
    self.command = command
    self.catalog = catalog
    self.writeOut = out
    self.writeErr = err
  }

  /// Writes text to standard output.
  public func out(_ text: String) { writeOut(text) }

  /// Writes a line to standard error.
  public func err(_ text: String) { writeErr(text.hasSuffix("\n") ? text : text + "\n") }

  /// Writes a command's result: atomically to the `--output` file when one was given,
  /// otherwise to standard output.
  public func emit(_ text: String) throws(CommandFailure) {
    guard let output = arguments.option("output") else {
      out(text)
      return
    }
    do {
      try AtomicFile.write(text, to: output)
    } catch {
      err("error: \(error.message)")
      throw .failed
    }
  }

  /// Writes diagnostics to standard error, one per line, notes included.
  public func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { err(diagnostic.rendered) }
  }

  /// A usage error for this command (exit 64), e.g. an unknown framework id.
  public func usageError(_ message: String, hint: String? = nil) -> CommandLineError {
    CommandLineError(kind: .other(message), command: command, path: arguments.path, hint: hint)
  }
}
