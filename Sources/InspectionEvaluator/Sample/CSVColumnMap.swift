import InspectionSupport

/// Where each attribute and question is in a CSV row.
struct CSVColumnMap: Sendable {
  var caseColumn = 0
  var excludedColumn: Int?
  var attributeColumns: [Int] = []
  var questionColumns: [Int] = []
  var width = 0

  /// The most unknown columns reported one by one; the rest are counted in one diagnostic.
  static let unknownColumnsShown = 20

  /// The columns of `header`, and every problem with it, with a search of its own.
  static func make(header: CSVRecord, plan: ScoringPlan, file: String) -> (
    CSVColumnMap, [Diagnostic]
  ) {
    var search = SuggestionSearch()
    return make(header: header, plan: plan, file: file, search: &search)
  }

  /// The columns of `header`, and every problem with it.
  ///
  /// The work is linear in the header: names are looked up in tables, at most
  /// ``unknownColumnsShown`` unknown columns are reported one by one, and their did-you-mean
  /// suggestions share one bounded `search` (``SuggestionSearch``), whose ``SuggestionSearch/work``
  /// says how much was done.
  static func make(
    header: CSVRecord, plan: ScoringPlan, file: String,
    search: inout SuggestionSearch
  ) -> (CSVColumnMap, [Diagnostic]) {
    var map = CSVColumnMap()
    map.width = header.fields.count
    var problems: [Diagnostic] = []
    var seen: [String: Int] = [:]
    func location(_ index: Int) -> SourceLocation {
      let position = header.position(ofField: index)
      return SourceLocation(
        file: file, line: position?.line ?? header.line, column: position?.column ?? 1)
    }
    var known = ["case", "excluded"] + plan.attributes.map(\.id)
    known += plan.questions.map(\.question.id)
    var unknown: [Int] = []
    var duplicates = 0
    for (index, name) in header.fields.enumerated() {
      if let first = seen[name] {
        duplicates += 1
        if duplicates <= Self.unknownColumnsShown {
          problems.append(
            Diagnostic(
              .duplicateColumn,
              "column \(Quoted(name)) appears twice in the header (columns \(first + 1) "
                + "and \(index + 1)); keep one", location: location(index)))
        }
        continue
      }
      seen[name] = index
      if name != "case" && name != "excluded" && plan.attributeIndex[name] == nil
        && plan.questionIndex[name] == nil
      {
        unknown.append(index)
      }
    }
    for index in unknown.prefix(Self.unknownColumnsShown) {
      let name = header.fields[index]
      let visible = String(
        String.UnicodeScalarView(name.unicodeScalars.filter { !VisibleText.needsEscape($0) }))
      let hint: String
      if visible != name, known.contains(visible) {
        hint =
          " It is \(Quoted(visible)) with invisible or control characters (shown as \\u{…}); "
          + "remove them."
      } else {
        hint = search.didYouMean(name, among: known)
      }
      problems.append(
        Diagnostic(
          .unknownColumn,
          "column \(Quoted(name)) is not 'case', 'excluded', an attribute or a "
            + "question of \(plan.document.label).\(hint)", location: location(index)))
    }
    if unknown.count > Self.unknownColumnsShown {
      let more = unknown.count - Self.unknownColumnsShown
      problems.append(
        Diagnostic(
          .unknownColumn,
          "\(more) more column(s) are not 'case', 'excluded', an attribute or a question of "
            + "\(plan.document.label) (\(unknown.count) in all); is this a sample of "
            + "\(plan.document.label)? 'inspect template' writes its header",
          location: location(unknown[Self.unknownColumnsShown])))
    }
    if duplicates > Self.unknownColumnsShown {
      problems.append(
        Diagnostic(
          .duplicateColumn,
          "\(duplicates - Self.unknownColumnsShown) more column(s) repeat an earlier column's name",
          location: location(0)))
    }
    if let index = seen["case"] {
      map.caseColumn = index
    } else {
      problems.append(
        Diagnostic(
          .missingColumn, "the header has no 'case' column; add one holding each case's id",
          location: location(0)))
    }
    map.excludedColumn = seen["excluded"]
    var missing: [String] = []
    map.attributeColumns = plan.attributes.map { attribute in
      if let index = seen[attribute.id] { return index }
      missing.append("attribute '\(attribute.id)'")
      return -1
    }
    map.questionColumns = plan.questions.map { planned in
      if let index = seen[planned.question.id] { return index }
      missing.append("question '\(planned.question.id)'")
      return -1
    }
    if !missing.isEmpty {
      let shown = missing.prefix(12).joined(separator: ", ")
      let more = missing.count > 12 ? " and \(missing.count - 12) more" : ""
      problems.append(
        Diagnostic(
          .missingColumn,
          "the header lacks columns for \(shown)\(more); every attribute and "
            + "question of \(plan.document.label) needs a column ('inspect template' writes them)",
          location: location(0)))
    }
    return (map, problems)
  }

  func read(_ record: CSVRecord, row: Int, file: String) -> SampleRecord {
    let fields = record.fields
    let id = caseColumn < fields.count ? fields[caseColumn] : ""
    func position(_ index: Int) -> SourcePosition {
      let found = index >= 0 ? record.position(ofField: index) : nil
      return SourcePosition(line: found?.line ?? record.line, column: found?.column ?? 1)
    }
    guard fields.count == width else {
      return .rejected(
        id: id, row: row,
        problem: Diagnostic(
          .wrongFieldCount,
          "row \(row)\(id.isEmpty ? "" : " (case \(Quoted(id)))") has "
            + "\(fields.count) fields but the header has \(width); check for a missing or extra "
            + "comma, or an unquoted comma in a value",
          location: SourceLocation(file: file, line: record.line, column: 1)))
    }
    func value(_ index: Int) -> String? {
      guard index >= 0, index < fields.count, !fields[index].isEmpty else { return nil }
      return fields[index]
    }
    return .case(
      SampleCase(
        id: id, attributes: attributeColumns.map(value), answers: questionColumns.map(value),
        exclusion: excludedColumn.flatMap(value),
        origin: CaseOrigin(
          file: file, row: row, start: position(caseColumn), line: record.line,
          fieldPositions: record.fieldPositions, attributeColumns: attributeColumns,
          answerColumns: questionColumns)))
  }
}
