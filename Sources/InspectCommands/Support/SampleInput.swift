import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// What commands that read a sample share: the options that say how to read it, and opening
/// it as CSV, JSON or a workbook by its name.
enum SampleInput {
  /// `--sheet`, `--metadata`: how a sample file is read.
  static let options = [
    OptionSpec(
      "sheet", valueName: "NAME",
      help: "The sheet of an .xlsx workbook to read (default: the first)."),
    OptionSpec(
      "delimiter", valueName: "SEPARATOR",
      help: "How the fields of a CSV sample are separated: ',', ';' or 'tab' (default: "
        + "whichever of them the header line holds most of)."),
    OptionSpec(
      "metadata", valueName: "NAMES",
      help: "Columns that describe cases but are not part of the framework (e.g. "
        + "inspector,team): carried into the results, never scored.",
      isRepeatable: true),
    pseudonymiseOption,
  ]

  /// `--pseudonymise KEYFILE`: every case id replaced by its keyed pseudonym as it is read.
  static let pseudonymiseOption = OptionSpec(
    "pseudonymise", valueName: "KEYFILE",
    help: "Replace every case id in every output (reports, partial results, case lists, "
      + "warnings, errors) with a keyed pseudonym (HMAC-SHA-256 under the key in KEYFILE, at "
      + "least 16 bytes; the same key gives the same pseudonyms). The key is never written.")

  /// The pseudonyms asked for with `--pseudonymise`, or `nil`; a key file that cannot be used
  /// fails (exit 1) with an error naming it.
  static func pseudonyms(_ context: CommandContext) throws(CommandFailure) -> CaseIDPseudonyms? {
    guard let keyFile = context.arguments.option("pseudonymise") else { return nil }
    do {
      return try CaseIDPseudonyms(keyFile: keyFile)
    } catch {
      context.report([error.diagnostic])
      throw .failed
    }
  }

  /// `--strict-codes`.
  /// What to do with incomplete and invalid cases: flags of every command that tallies a sample.
  static let caseFlags = [
    FlagSpec(
      "allow-incomplete", help: "Leave a case out of a question it did not answer, and list it."),
    FlagSpec(
      "exclude-invalid", help: "Exclude cases with errors, with the reason, instead of failing."),
  ]

  static let flags = [
    FlagSpec(
      "strict-codes",
      help: "Take codes only exactly as declared: no spaces or letter case ignored, no labels.")
  ]

  /// The reading options given on the command line, checked against `plan`.
  static func readOptions(_ context: CommandContext, plan: ScoringPlan) throws(CommandFailure)
    -> SampleReadOptions
  {
    let arguments = context.arguments
    var metadata: [String] = []
    for value in arguments.options("metadata") {
      for part in value.split(separator: ",", omittingEmptySubsequences: false) {
        let name = String(part)
        guard !name.isEmpty, name.allSatisfy({ !$0.isWhitespace }) else {
          throw .usage(
            context.usageError(
              "--metadata takes column names separated by commas, without spaces "
                + "(e.g. --metadata inspector,team)"))
        }
        guard !metadata.contains(name) else {
          throw .usage(context.usageError("--metadata names '\(name)' twice"))
        }
        if name == "case" || name == "excluded" || plan.attributeIndex[name] != nil
          || plan.questionIndex[name] != nil
        {
          throw .usage(
            context.usageError(
              "--metadata names '\(name)', which is already a column of every sample of "
                + "\(plan.document.label) ('case', 'excluded', an attribute or a question)"))
        }
        metadata.append(name)
      }
    }
    var separator = CSVReader.Separator.detect
    if let delimiter = arguments.option("delimiter") {
      switch delimiter {
      case ",", "comma": separator = .comma
      case ";", "semicolon": separator = .byte(UInt8(ascii: ";"))
      case "tab", "\t", "\\t": separator = .byte(0x09)
      default:
        throw .usage(
          context.usageError(
            "--delimiter takes ',', ';' or 'tab', not '\(delimiter)'",
            hint: "leave it out to detect the separator from the header line"))
      }
    }
    return SampleReadOptions(
      strictCodes: arguments.flag("strict-codes"), metadata: metadata,
      sheet: arguments.option("sheet"), separator: separator, pseudonyms: try pseudonyms(context))
  }

  /// Opens `path` under `plan`; fails (exit 1) with the located error.
  static func open(
    _ path: String, plan: ScoringPlan, options: SampleReadOptions, threads: Int? = nil,
    in context: CommandContext
  ) throws(CommandFailure) -> SampleFileReader {
    if options.sheet != nil && SampleFileReader.kind(of: path) != .xlsx {
      throw .usage(
        context.usageError("--sheet applies to an .xlsx workbook, and '\(path)' is not one"))
    }
    if context.arguments.option("delimiter") != nil && SampleFileReader.kind(of: path) != .csv {
      throw .usage(
        context.usageError("--delimiter applies to a CSV sample, and '\(path)' is not one"))
    }
    do {
      return try SampleFileReader.open(path, plan: plan, options: options, threads: threads)
    } catch {
      context.report([error.diagnostic])
      throw .failed
    }
  }
}
