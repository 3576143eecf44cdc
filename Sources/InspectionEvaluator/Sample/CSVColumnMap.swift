import InspectionSupport

/// Where each attribute and question is in a CSV row (or a workbook's row).
struct CSVColumnMap: Sendable {
  var caseColumn = 0
  var excludedColumn: Int?
  var attributeColumns: [Int] = []
  var questionColumns: [Int] = []
  /// The column of each declared metadata column, in the order declared.
  var metadataColumns: [Int] = []
  var width = 0
  /// The pseudonyms case ids are replaced with as they are read, if any.
  var pseudonyms: CaseIDPseudonyms?
  /// The byte that separates fields (for messages).
  var separator = UInt8(ascii: ",")

  /// The most unknown columns reported one by one; the rest are counted in one diagnostic.
  static let unknownColumnsShown = 20

  /// The columns of `header`, and every problem with it, with a search of its own.
  static func make(header: CSVRecord, plan: ScoringPlan, file: String, metadata: [String] = [])
    -> (CSVColumnMap, [Diagnostic])
  {
    var search = SuggestionSearch()
    return make(header: header, plan: plan, file: file, metadata: metadata, search: &search)
  }

  /// The columns of `header`, and every problem with it; suggestions share `search`.
  static func make(
    header: CSVRecord, plan: ScoringPlan, file: String, metadata: [String] = [],
    search: inout SuggestionSearch
  ) -> (CSVColumnMap, [Diagnostic]) {
    make(names: header.fields, plan: plan, metadata: metadata, search: &search) { index in
      let position = header.position(ofField: index)
      return SourceLocation(
        file: file, line: position?.line ?? header.line, column: position?.column ?? 1)
    }
  }

  /// The map of a header whose column `i` is named `names[i]`, and every problem with it;
  /// with `skipEmpty`, a column with an empty name is no column at all (a workbook's blank
  /// header cell).
  ///
  /// The work is linear in the header: names are looked up in tables, at most
  /// ``unknownColumnsShown`` unknown columns are reported one by one, and their did-you-mean
  /// suggestions share one bounded `search` (``SuggestionSearch``), whose ``SuggestionSearch/work``
  /// says how much was done.
  static func make(
    names: [String], plan: ScoringPlan, metadata: [String], skipEmpty: Bool = false,
    search: inout SuggestionSearch, location: (Int) -> SourceLocation
  ) -> (CSVColumnMap, [Diagnostic]) {
    var map = CSVColumnMap()
    map.width = names.count
    var problems: [Diagnostic] = []
    var seen: [String: Int] = [:]
    var known = ["case", "excluded"] + plan.attributes.map(\.id)
    known += plan.questions.map(\.question.id)
    known += metadata
    let declaredMetadata = Set(metadata)
    var unknown: [Int] = []
    var duplicates = 0
    for (index, name) in names.enumerated() {
      if skipEmpty && name.isEmpty { continue }
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
        && plan.questionIndex[name] == nil && !declaredMetadata.contains(name)
      {
        unknown.append(index)
      }
    }
    for index in unknown.prefix(Self.unknownColumnsShown) {
      let name = names[index]
      let visible = String(
        String.UnicodeScalarView(name.unicodeScalars.filter { !VisibleText.needsEscape($0) }))
      let hint: String
      if visible != name, known.contains(visible) {
        hint =
          " It is \(Quoted(visible)) with invisible or control characters (shown as \\u{…}); "
          + "remove them."
      } else {
        hint =
          search.didYouMean(name, among: known)
          + " To carry it with the sample, declare it as case metadata (--metadata "
          + (Self.isPlainName(name) ? name : "NAME") + ")."
      }
      problems.append(
        Diagnostic(
          .unknownColumn,
          "column \(Quoted(name)) is not 'case', 'excluded', an attribute or a "
            + "question of \(plan.document.label)"
            + (metadata.isEmpty ? "" : ", nor declared case metadata") + ".\(hint)",
          location: location(index)))
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
    map.metadataColumns = metadata.map { name in
      if let index = seen[name] { return index }
      missing.append("case metadata '\(name)'")
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

  /// The separator as messages name it.
  private var separatorName: String {
    separator == UInt8(ascii: ",")
      ? "comma" : separator == 0x09 ? "tab" : "'\(Character(Unicode.Scalar(separator)))'"
  }

  /// Whether `name` can be shown as it is in a suggested command line.
  private static func isPlainName(_ name: String) -> Bool {
    name.count <= 40 && !name.isEmpty
      && name.allSatisfy { $0.isLetter || $0.isNumber || "_-.".contains($0) }
  }

  func read(
    _ record: CSVRecord, row: Int, file: String, normaliser: inout SampleValueNormaliser
  ) -> SampleRecord {
    let fields = record.fields
    let written = caseColumn < fields.count ? fields[caseColumn] : ""
    let id = pseudonyms?.pseudonym(for: written) ?? written
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
            + "\(separatorName), or an unquoted \(separatorName) in a value",
          location: SourceLocation(file: file, line: record.line, column: 1)))
    }
    func value(_ index: Int) -> String? {
      guard index >= 0, index < fields.count, !fields[index].isEmpty else { return nil }
      return fields[index]
    }
    var item = SampleCase(
      id: id, attributes: attributeColumns.map(value), answers: questionColumns.map(value),
      exclusion: excludedColumn.flatMap(value), metadata: metadataColumns.map(value),
      origin: CaseOrigin(
        file: file, row: row, start: position(caseColumn), line: record.line,
        fieldPositions: record.fieldPositions, attributeColumns: attributeColumns,
        answerColumns: questionColumns))
    normaliser.normalise(&item)
    return .case(item)
  }
}
