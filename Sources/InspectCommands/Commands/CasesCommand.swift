import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

/// `inspect cases <framework> <sample> --item ID`: the cases behind a score.
///
/// The sample is read and checked exactly as `score` reads it, and each scored case's
/// decision for each question is the one that counted it. For a question, each case is listed
/// with its effect; for a criterion, section, headline or overall rating, each case with each
/// question the item's score rests on (followed down to questions).
enum CasesCommand {
  static let effects = ["sufficient", "insufficient", "not-relevant", "unanswered"]

  static let spec = CommandSpec(
    "cases", abstract: "List the cases behind a score, and how each counted.",
    discussion: """
      Lists each scored case with its effect on the item: sufficient, insufficient, \
      not-relevant or unanswered (--allow-incomplete). For an item above question level \
      (criterion, section, headline, overall rating), each row also names the question. \
      --effect keeps one kind: e.g. the insufficient cases behind a low score. Excluded cases \
      are not scored and are not listed. With --pseudonymise the ids are pseudonyms.
      """,
    examples: [
      "inspect cases OMI@2008 Examples/OMI-2008/sample.csv --item 1.2.a --effect insufficient",
      "inspect cases DEMO Examples/Demonstration/sample.csv --item 1.1 --format csv",
    ],
    arguments: [
      ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json document."),
      ArgumentSpec(
        "sample", help: "The sample: .csv, .xlsx or .json, or '-' for CSV on standard input."),
    ],
    options: [
      OptionSpec(
        "item", valueName: "ID",
        help: "The question, criterion, section, headline or overall rating (required)."),
      OptionSpec(
        "effect", help: "List only the cases with this effect.", allowedValues: effects),
      OptionSpec(
        "format", short: "f", help: "The list's format.", allowedValues: ["text", "json", "csv"],
        defaultValue: "text"),
      OptionSpec("output", short: "o", valueName: "FILE", help: "Write the list to FILE."),
    ] + SampleInput.options,
    flags: SampleInput.caseFlags + SampleInput.flags)

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let arguments = context.arguments
    guard arguments.option("item") != nil else {
      throw .usage(
        context.usageError(
          "give the score to list the cases of with --item ID (e.g. --item 1.2 or --item 1.2.a)"))
    }
    let resolved = try FrameworkSource.resolve(
      arguments.positional("framework") ?? "", in: context, warn: false)
    let plan = try FrameworkSource.plan(resolved, in: context)
    let samplePath = arguments.positional("sample") ?? ""
    let readOptions = try SampleInput.readOptions(context, plan: plan)
    var options = SampleTally.Options(
      allowIncomplete: arguments.flag("allow-incomplete"),
      excludeInvalid: arguments.flag("exclude-invalid"), metadata: readOptions.metadata)
    options.collectCaseEffects = true
    options.collectCaseEffectIDs = true
    var reader = try SampleInput.open(samplePath, plan: plan, options: readOptions, in: context)
    let evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
    if evaluation.failed {
      context.report(evaluation.errors)
      context.err(
        "error: the sample was not scored: \(evaluation.errorCount) error(s). Fix them, or use "
          + "--exclude-invalid to leave invalid cases out.")
      throw .failed
    }
    let id = arguments.option("item") ?? ""
    let result = evaluation.result
    guard let questions = questions(behind: id, in: result) else {
      let ids = result.items.map(\.id) + result.questions.map(\.id)
      throw .usage(
        context.usageError(
          "'\(id)' is not a question, criterion, section, headline or overall rating of "
            + "\(plan.document.label)." + Suggestion.didYouMean(id, among: ids)))
    }
    let isQuestion = result.questions.contains { $0.id == id }
    let wanted = arguments.option("effect")
    let table = evaluation.summary.caseEffects
    var rows: [(case: String, question: String, effect: String)] = []
    for caseIndex in 0..<table.caseCount {
      let decided = table.effects(ofCase: caseIndex)
      for question in questions {
        guard let position = plan.questionIndex[question], position < decided.count else {
          continue
        }
        let effect =
          switch decided[position].effect {
          case .sufficient?: "sufficient"
          case .insufficient?: "insufficient"
          case .notRelevant?: "not-relevant"
          case nil: "unanswered"
          }
        if let wanted, wanted != effect { continue }
        rows.append((table.ids[caseIndex], question, effect))
      }
    }
    rows.sort { ($0.case, $0.question) < ($1.case, $1.question) }
    let text: String
    switch arguments.option("format") {
    case "json":
      text = CanonicalJSON.pretty(
        .object([
          "item": .string(id), "framework": .string(plan.document.label),
          "effect": wanted.map(JSONValue.string) ?? .null,
          "cases": .array(
            rows.map { row in
              var members: [String: JSONValue] = [
                "case": .string(row.case), "effect": .string(row.effect),
              ]
              if !isQuestion { members["question"] = .string(row.question) }
              return .object(members)
            }),
        ]))
    case "csv":
      text =
        CSVWriter.line(isQuestion ? ["case", "effect"] : ["case", "question", "effect"])
        + rows.map { row in
          CSVWriter.line(
            (isQuestion ? [row.case] : [row.case, row.question]).map(CSVWriter.reportCell)
              + [row.effect])
        }.joined()
    default:
      var table = TextTableColumns.make(isQuestion: isQuestion)
      for row in rows {
        table.add(isQuestion ? [row.case, row.effect] : [row.case, row.question, row.effect])
      }
      let what = wanted.map { "\($0) " } ?? ""
      text =
        "\(rows.count) \(what)case-question entr\(rows.count == 1 ? "y" : "ies") behind '\(id)' "
        + "of \(plan.document.label)\n" + (rows.isEmpty ? "" : table.render(indent: 2) + "\n")
    }
    try context.emit(text)
  }

  /// The questions `id`'s score rests on: itself for a question; the questions of the terms
  /// its rule used, followed down, for anything above; `nil` for an unknown id.
  static func questions(behind id: String, in result: ScoreResult) -> [String]? {
    if result.questions.contains(where: { $0.id == id }) { return [id] }
    guard result.items.contains(where: { $0.id == id }) else { return nil }
    var found: [String] = []
    var seen: Set<String> = []
    func follow(_ id: String) {
      guard seen.insert(id).inserted else { return }
      if result.questions.contains(where: { $0.id == id }) {
        found.append(id)
      } else if let item = result.items.first(where: { $0.id == id }) {
        let used = item.derivation.usedIDs
        if used.isEmpty {
          for question in result.questions where question.criterion == id { follow(question.id) }
        }
        for term in used { follow(term) }
      }
    }
    follow(id)
    return found
  }
}

/// The text columns of `inspect cases`.
private enum TextTableColumns {
  static func make(isQuestion: Bool) -> TextTable {
    TextTable(
      columns: isQuestion
        ? [.left("CASE"), .left("EFFECT")] : [.left("CASE"), .left("QUESTION"), .left("EFFECT")])
  }
}
