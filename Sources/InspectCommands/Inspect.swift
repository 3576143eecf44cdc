import InspectionSchema
import InspectionSupport

/// The `inspect` command line: parsing, dispatch and exit codes, testable in-process.
///
/// ```swift
/// let status = Inspect.run(["score", "DEMO", "sample.csv"], out: { print($0, terminator: "") },
///                          err: { FileHandle.standardError.write($0) })
/// ```
public enum Inspect {
  /// InspectionKit's version, printed by `inspect --version` and recorded in reports.
  public static let version = "0.1.0"

  /// A command: its spec and what it does; `parent` names the command it is nested under.
  struct Command: Sendable {
    let spec: CommandSpec
    let run: @Sendable (CommandContext) throws(CommandFailure) -> Void
    var parent: String? = nil

    /// The words after `inspect` that name the command, e.g. `crosswalk show`.
    var key: String { (parent.map { $0 + " " } ?? "") + spec.name }
  }

  /// The commands, in the order help lists them: reading frameworks, compiling them, scoring
  /// samples, comparing, then reference.
  static let commands: [Command] = [
    Command(spec: ListCommand.spec, run: ListCommand.run),
    Command(spec: ShowCommand.spec, run: ShowCommand.run),
    Command(spec: DocCommand.spec, run: DocCommand.run),
    Command(spec: ProvenanceCommand.spec, run: ProvenanceCommand.run),
    Command(spec: CompileCommand.spec, run: CompileCommand.run),
    Command(spec: ValidateCommand.spec, run: ValidateCommand.run),
    Command(spec: TemplateCommand.spec, run: TemplateCommand.run),
    Command(spec: FormCommand.spec, run: FormCommand.run),
    Command(spec: GenerateSampleCommand.spec, run: GenerateSampleCommand.run),
    Command(spec: ScoreCommand.spec, run: ScoreCommand.run),
    Command(spec: CasesCommand.spec, run: CasesCommand.run),
    Command(spec: MergeCommand.spec, run: MergeCommand.run),
    Command(spec: CompareCommand.spec, run: CompareCommand.run),
    Command(spec: AggregateCommand.spec, run: AggregateCommand.run),
    Command(spec: DiffCommand.spec, run: DiffCommand.run),
    Command(spec: CrosswalkCommand.spec, run: CrosswalkCommand.run),
    Command(spec: CrosswalkCommand.showSpec, run: CrosswalkCommand.show, parent: "crosswalk"),
    Command(spec: TrendCommand.spec, run: TrendCommand.run),
    Command(spec: ConceptsCommand.spec, run: ConceptsCommand.run),
    Command(spec: ReconcileCommand.spec, run: ReconcileCommand.run),
    Command(spec: CodesCommand.spec, run: CodesCommand.run),
  ]

  /// The root command and its subcommands.
  public static let root = CommandSpec(
    "inspect",
    abstract: "Declare, compile and score inspection frameworks.",
    discussion: """
      InspectionKit compiles inspection frameworks declared in Swift into canonical, \
      fingerprinted JSON, and scores samples of inspected cases against them.
      """,
    examples: [
      "inspect list",
      "inspect score DEMO Examples/Demonstration/sample.csv",
      "inspect compile all --output build/frameworks",
    ],
    version: version,
    subcommands: commands.filter { $0.parent == nil }.map(\.spec))

  /// Runs `inspect` with `arguments` (without the program name); returns the exit status.
  ///
  /// Whatever the arguments and inputs hold, nothing written through `out` or `err` carries a
  /// raw control character (other than line feed and tab), and nothing written through `err`
  /// a bidirectional or invisible one either (``VisibleText``).
  public static func run(
    _ arguments: [String], catalog: InspectCatalog = .shipped,
    out rawOut: @escaping (String) -> Void, err rawErr: @escaping (String) -> Void
  ) -> Int32 {
    let out = { (text: String) in rawOut(VisibleText.escapingControls(text)) }
    let err = { (text: String) in rawErr(VisibleText.escaped(text, keepingLayout: true)) }
    let outcome: ParseOutcome
    do {
      outcome = try ArgumentParser.parse(arguments, root: root)
    } catch {
      err(error.description + "\n")
      return error.exitCode.rawValue
    }
    switch outcome {
    case .help(let request):
      out(HelpGenerator.render(request) + "\n")
      return ExitCode.success.rawValue
    case .version(let version):
      out(version + "\n")
      return ExitCode.success.rawValue
    case .command(let parsed):
      let key = parsed.path.dropFirst().joined(separator: " ")
      guard let command = commands.first(where: { $0.key == key }) else {
        out(HelpGenerator.render(command: root, path: ["inspect"]) + "\n")
        return ExitCode.success.rawValue
      }
      let context = CommandContext(
        arguments: parsed, command: command.spec, catalog: catalog, out: out, err: err)
      do {
        try context.checkOutputIsNotAnInput()
        try command.run(context)
        return ExitCode.success.rawValue
      } catch .usage(let error) {
        err(error.description + "\n")
        return error.exitCode.rawValue
      } catch {
        return ExitCode.failure.rawValue
      }
    }
  }
}
