import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The case entry workbook of a framework (`inspect form <framework> --format xlsx`): a
/// Cases sheet to fill in, a Questions sheet to read, and a short Read me.
///
/// The Cases sheet has the columns of a sample (`case`, each attribute, any declared case
/// metadata, each question, `excluded`), a frozen header row and first column, cells
/// formatted as text, and on each attribute and question column a drop-down of the allowed
/// codes with the question as the cell's input message. The Questions sheet lists each
/// question's id, section, criterion, text, guidance, when it applies (in words) and its
/// answers. Lists too long for a drop-down written inline go to a hidden Lists sheet. The
/// bytes are deterministic (``XLSXWriter``).
///
/// ```swift
/// let bytes = FormWorkbook.render(FormModel(plan: plan), generator: "InspectionKit 0.1.0")
/// ```
public enum FormWorkbook {
  /// The workbook for `model`; `generator` is named in the Read me.
  public static func render(_ model: FormModel, generator: String? = nil) -> [UInt8] {
    var lists: [[String]] = []
    let cases = casesSheet(model, lists: &lists)
    var sheets = [cases, questionsSheet(model), readMeSheet(model, generator: generator)]
    if !lists.isEmpty {
      let height = lists.map(\.count).max() ?? 0
      var sheet = XLSXSheetContent(
        name: "Lists",
        rows: (0..<height).map { row in lists.map { row < $0.count ? $0[row] : nil } })
      sheet.hidden = true
      sheet.textFormat = true
      sheets.append(sheet)
    }
    return XLSXWriter.write(sheets)
  }

  /// The sample's columns, in order: case, attributes, metadata, questions, excluded.
  static func columns(_ model: FormModel) -> [String] {
    ["case"] + model.plan.attributes.map(\.id) + model.metadata
      + model.plan.questions.map(\.question.id) + ["excluded"]
  }

  private static func casesSheet(_ model: FormModel, lists: inout [[String]]) -> XLSXSheetContent {
    let plan = model.plan
    let header = columns(model)
    var sheet = XLSXSheetContent(name: "Cases", rows: [header])
    sheet.boldRows = 1
    sheet.frozenRows = 1
    sheet.frozenColumns = 1
    sheet.textFormat = true
    sheet.columnWidths = header.map { Double(max(8, min(24, $0.count + 4))) }
    func source(_ values: [String]) -> XLSXDataValidation.Source {
      if XLSXDataValidation.fitsInline(values) { return .values(values) }
      lists.append(values)
      let column = XLSXCellReference.columnName(lists.count - 1)
      return .range("Lists!$\(column)$1:$\(column)$\(values.count)")
    }
    var validations = [
      XLSXDataValidation(
        column: 0, source: .any, promptTitle: "Case id",
        prompt: "The case's id, as in the case file. Each case once, one row per case.")
    ]
    var column = 1
    for attribute in plan.attributes {
      validations.append(
        XLSXDataValidation(
          column: column, source: source(attribute.values), promptTitle: attribute.id,
          prompt: attribute.title, errorTitle: "Not a value of \(attribute.id)",
          error: "Choose one of: " + attribute.values.joined(separator: ", ")))
      column += 1
    }
    for name in model.metadata {
      validations.append(
        XLSXDataValidation(
          column: column, source: .any, promptTitle: name,
          prompt: "Case metadata: recorded with the case, not scored."))
      column += 1
    }
    for planned in plan.questions {
      let question = planned.question
      var prompt = question.text
      if let applicability = planned.applicabilityInEffect {
        prompt += "\nAsked only when \(applicability.explanation)."
      }
      let codes = planned.scale.options.map(\.code)
      prompt +=
        "\n"
        + planned.scale.options.map { "\($0.code) = \($0.label)" }.joined(
          separator: "; ")
      validations.append(
        XLSXDataValidation(
          column: column, source: source(codes), promptTitle: question.id, prompt: prompt,
          errorTitle: "Not an answer to \(question.id)",
          error: "Choose one of: " + codes.joined(separator: ", ")
            + ". Leave the cell empty if the question does not apply."))
      column += 1
    }
    validations.append(
      XLSXDataValidation(
        column: column, source: .any, promptTitle: "excluded",
        prompt: "Leave empty to score the case; or say why it is left out of the scores."))
    sheet.validations = validations
    return sheet
  }

  private static func questionsSheet(_ model: FormModel) -> XLSXSheetContent {
    let document = model.plan.document
    var rows: [[String?]] = [
      ["Question", "Section", "Criterion", "Text", "Guidance", "Applies when", "Answers"]
    ]
    for section in document.sections {
      for criterion in section.criteria {
        for question in criterion.questions {
          let planned = model.plan.questions[model.plan.questionIndex[question.id] ?? 0]
          let scale = planned.scale
          rows.append([
            question.id, "\(section.id) \(section.title)", "\(criterion.id) \(criterion.title)",
            question.text, question.guidance,
            planned.applicabilityInEffect.map(\.explanation) ?? "every case",
            scale.options.map {
              "\($0.code) = \($0.label), \(FrameworkWording.effect($0.effect))"
            }.joined(separator: "; "),
          ])
        }
      }
    }
    var sheet = XLSXSheetContent(name: "Questions", rows: rows)
    sheet.boldRows = 1
    sheet.frozenRows = 1
    sheet.wrapText = true
    sheet.columnWidths = [10, 24, 28, 60, 40, 30, 40]
    return sheet
  }

  private static func readMeSheet(_ model: FormModel, generator: String?) -> XLSXSheetContent {
    let document = model.plan.document
    let label = document.label
    let metadata =
      model.metadata.isEmpty ? "" : " --metadata " + model.metadata.joined(separator: ",")
    var lines: [String?] = [
      "\(document.id) \(document.version): \(document.title) — case entry workbook",
      nil,
      "Record one case per row on the Cases sheet: its id, its attributes, then an answer to "
        + "each question that applies to it. Select a cell to see the question; its drop-down "
        + "lists the answers allowed.",
      "Leave a question empty when it does not apply to the case (the Questions sheet says "
        + "when each applies). To leave a whole case out of the scores, write the reason in "
        + "the 'excluded' column.",
      "Then score the workbook: inspect score \(label) cases.xlsx\(metadata)",
      "Codes are read ignoring letter case and spaces around them, and an answer's label is "
        + "read as its code ('Yes' for 'yes'); each is counted in one warning. Any other value "
        + "is reported with its cell (e.g. Cases!D17).",
      "Add rows as needed; keep the header row as it is. Other sheets are not read.",
      nil,
      "Framework: \(label), fingerprint \(model.plan.fingerprint)",
    ]
    if let generator { lines.append("Written by \(generator).") }
    var sheet = XLSXSheetContent(name: "Read me", rows: lines.map { [$0] })
    sheet.boldRows = 1
    sheet.wrapText = true
    sheet.columnWidths = [110]
    return sheet
  }
}
