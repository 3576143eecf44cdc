import InspectionSchema

/// Reads a JSON sample: `{"cases": [{"case": "A", "attributes": {…}, "answers": {…}}]}`.
///
/// `attributes` and `answers` map ids to codes; a missing or `null` answer is not answered.
/// An optional `"excluded": "reason"` leaves the case out. Unknown members, attributes or
/// questions are reported at their position.
///
/// The document is parsed whole (CSV samples are streamed); positions of every value are kept
/// for messages.
public struct JSONSampleReader: SampleReader {
  private var records: [SampleRecord] = []
  private var cursor = 0

  /// Reads the sample in `bytes`; `file` names it in messages.
  public init(bytes: [UInt8], plan: ScoringPlan, file: String) {
    func at(_ position: SourcePosition?) -> SourceLocation {
      SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
    }
    let document: JSONDocument
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      records = [
        .problem(
          Diagnostic(
            .unreadableSample, "the sample is not valid JSON: \(error.message)",
            location: at(error.position)))
      ]
      return
    }
    func shape(_ message: String, _ path: JSONPath) -> SampleRecord {
      .problem(
        Diagnostic(
          .invalidSampleShape, message + " (at \(path))",
          location: at(document.nearestPosition(of: path))))
    }
    guard case .object(let top) = document.root else {
      records = [shape("a JSON sample is an object with a 'cases' array", .root)]
      return
    }
    for key in top.keys.sorted() where key != "cases" {
      records.append(shape("unknown member '\(key)'; a JSON sample has only 'cases'", [.key(key)]))
    }
    guard case .array(let cases)? = top["cases"] else {
      records.append(shape("a JSON sample needs a 'cases' array", .root))
      return
    }
    let known: Set<String> = ["case", "attributes", "answers", "excluded"]
    for (index, value) in cases.enumerated() {
      let path: JSONPath = ["cases", .index(index)]
      let row = index + 1
      guard case .object(let members) = value else {
        records.append(.rejected(id: "", row: row, problem: Diagnostic(
          .invalidSampleShape, "case \(row) is \(value.kindDescription), not an object",
          location: at(document.position(of: path)))))
        continue
      }
      var problems: [Diagnostic] = []
      for key in members.keys.sorted() where !known.contains(key) {
        problems.append(
          Diagnostic(
            .invalidSampleShape, "case \(row): unknown member '\(key)'; a case has 'case', "
              + "'attributes', 'answers' and optionally 'excluded'."
              + Suggestion.didYouMean(key, among: known.sorted()),
            location: at(document.keyPosition(of: path.appending(key: key)))))
      }
      let id = members["case"]?.stringValue ?? ""
      if members["case"] != nil && members["case"]?.stringValue == nil {
        problems.append(
          Diagnostic(
            .invalidSampleShape, "case \(row): 'case' must be a string",
            location: at(document.position(of: path.appending(key: "case")))))
      }
      func map(
        _ key: String, ids: [String: Int], count: Int, kind: String
      ) -> (values: [String?], positions: [SourcePosition]) {
        var values = [String?](repeating: nil, count: count)
        var positions = [SourcePosition](
          repeating: document.position(of: path) ?? SourcePosition(line: 1, column: 1), count: count)
        guard let member = members[key] else { return (values, positions) }
        guard case .object(let entries) = member else {
          problems.append(
            Diagnostic(
              .invalidSampleShape, "case \(row): '\(key)' must be an object of \(kind) ids to codes",
              location: at(document.position(of: path.appending(key: key)))))
          return (values, positions)
        }
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
          let entryPath = path.appending(key: key).appending(key: name)
          guard let index = ids[name] else {
            problems.append(
              Diagnostic(
                .unknownColumn, "case \(row): '\(name)' is not \(kind) of \(plan.document.label)."
                  + Suggestion.didYouMean(name, among: ids.keys.sorted()),
                location: at(document.keyPosition(of: entryPath))))
            continue
          }
          if let position = document.position(of: entryPath) { positions[index] = position }
          switch entry {
          case .null: break
          case .string(let code): values[index] = code.isEmpty ? nil : code
          default:
            problems.append(
              Diagnostic(
                .invalidSampleShape, "case \(row): the value of '\(name)' must be a string code, "
                  + "found \(entry.kindDescription)", location: at(document.position(of: entryPath))))
          }
        }
        return (values, positions)
      }
      let attributes = map(
        "attributes", ids: plan.attributeIndex, count: plan.attributes.count, kind: "an attribute")
      let answers = map(
        "answers", ids: plan.questionIndex, count: plan.questions.count, kind: "a question")
      var exclusion: String?
      if let excluded = members["excluded"] {
        if let reason = excluded.stringValue, !reason.isEmpty { exclusion = reason }
        else if !excluded.isNull {
          problems.append(
            Diagnostic(
              .invalidSampleShape, "case \(row): 'excluded' must be a reason (a string)",
              location: at(document.position(of: path.appending(key: "excluded")))))
        }
      }
      if var first = problems.first {
        // One case, one rejection: the other problems go with the first as notes, so that
        // under --exclude-invalid they leave with the case instead of failing the run.
        first.notes += problems.dropFirst().map {
          Diagnostic.Note(message: "\($0.message) [\($0.code)]", location: $0.location)
        }
        records.append(.rejected(id: id, row: row, problem: first))
        continue
      }
      let start = document.position(of: path) ?? SourcePosition(line: 1, column: 1)
      records.append(
        .case(
          SampleCase(
            id: id, attributes: attributes.values, answers: answers.values, exclusion: exclusion,
            origin: CaseOrigin(
              file: file, row: row,
              start: document.position(of: path.appending(key: "case")) ?? start,
              attributePositions: attributes.positions, answerPositions: answers.positions))))
    }
  }

  public mutating func next() -> SampleRecord? {
    guard cursor < records.count else { return nil }
    defer { cursor += 1 }
    return records[cursor]
  }
}
