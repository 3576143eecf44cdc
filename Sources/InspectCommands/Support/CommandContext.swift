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

  /// Writes text to standard output, with any control character other than line feed and tab
  /// shown as an escape (``VisibleText/escapingControls(_:)``): whatever an input held, no
  /// escape sequence reaches the terminal.
  public func out(_ text: String) { writeOut(VisibleText.escapingControls(text)) }

  /// Writes a line to standard error, with control, bidirectional and invisible characters
  /// shown as escapes (``VisibleText``), line breaks kept.
  public func err(_ text: String) {
    let line = VisibleText.escaped(text, keepingLayout: true)
    writeErr(line.hasSuffix("\n") ? line : line + "\n")
  }

  /// Writes a command's result: atomically to the `--output` file when one was given,
  /// otherwise to standard output.
  public func emit(_ text: String) throws(CommandFailure) {
    guard let output = arguments.option("output") else {
      out(text)
      return
    }
    do {
      try AtomicFile.write(VisibleText.escapingControls(text), to: output)
    } catch {
      err("error: \(error.message)")
      throw .failed
    }
  }

  /// Refuses (exit 64) an `--output` that is the same file as one of the command's inputs
  /// (any argument or option value naming an existing file, links followed): writing the
  /// report would replace the input. Checked before the command does anything.
  func checkOutputIsNotAnInput() throws(CommandFailure) {
    guard let output = arguments.option("output") else { return }
    var inputs = arguments.positionalValues.values.flatMap { $0 }
    for (name, values) in arguments.optionValues where name != "output" {
      // A list option (`--frameworks a.json,b.json`) names each of its files.
      inputs += values + values.flatMap { $0.split(separator: ",").map(String.init) }
    }
    for input in inputs where input != "-" && OutputFile.isSameFile(output, as: input) {
      throw .usage(
        usageError(
          "--output \(Quoted(output)) is the same file as the input \(Quoted(input)); writing "
            + "the report would replace it. Write the report to another file."))
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
