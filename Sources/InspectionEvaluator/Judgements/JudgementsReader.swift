import InspectionSchema
import InspectionSupport

/// Reads and checks a judgements file: the labels inspectors recorded, and the overrides of
/// computed ratings, with their reasons.
///
/// CSV: a header `item,label,rationale` and one entry per row. JSON:
/// `{"judgements": [{"item": "4.1", "label": "well-met", "rationale": "…"}]}`. For an item with
/// a judgement scale, the label is one of its labels (by id or published text); for an item
/// declared overridable, it is a band of the item's grade scale (by id or label) that replaces
/// the computed band. Every problem is reported, located at its row.
///
/// ```swift
/// let read = JudgementsReader.read(bytes: data, file: "judgements.csv", document: document)
/// ```
public enum JudgementsReader {
  /// The largest judgements file read: 16 MiB (`docs/limits.md`).
  public static let maximumFileBytes = 16 << 20

  /// The judgements and overrides in `bytes` (CSV, or JSON when the first non-space byte is
  /// `{`), checked against `document`.
  public static func read(
    bytes: [UInt8], file: String, document: FrameworkDocument
  ) -> (judgements: [String: RecordedJudgement], diagnostics: [Diagnostic]) {
    var entries: [(RecordedJudgement, SourceLocation)] = []
    var diagnostics: [Diagnostic] = []
    let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
    if first == UInt8(ascii: "{") {
      readJSON(bytes, file: file, into: &entries, diagnostics: &diagnostics)
    } else {
      readCSV(bytes, file: file, into: &entries, diagnostics: &diagnostics)
    }
    let items = JudgeableItems(document)
    var judgements: [String: RecordedJudgement] = [:]
    var firstLocation: [String: SourceLocation] = [:]
    for (read, location) in entries {
      var entry = read
      entry.location = location
      guard items.all.contains(entry.item) else {
        diagnostics.append(
          Diagnostic(
            .unknownJudgementItem,
            "\(Quoted(entry.item)) is not a criterion, section or headline of "
              + "\(document.label)." + Suggestion.didYouMean(entry.item, among: items.all),
            location: location))
        continue
      }
      let requiresRationale: Bool
      if let scale = items.judgementScale[entry.item] {
        guard scale.label(entry.label) != nil else {
          let labels = scale.labels.map(\.id) + scale.labels.map(\.label)
          diagnostics.append(
            Diagnostic(
              .labelNotOnScale,
              "\(Quoted(entry.label)) is not a label of judgement scale '\(scale.id)' "
                + "for \(Quoted(entry.item)) ("
                + scale.labels.map { "'\($0.id)'" }.joined(separator: ", ")
                + ")." + Suggestion.didYouMean(entry.label, among: labels), location: location))
          continue
        }
        requiresRationale = false
      } else if let (policy, scale) = items.overridable[entry.item] {
        guard scale.band(named: entry.label) != nil else {
          let bands = scale.bands.map(\.id) + scale.bands.map(\.label)
          diagnostics.append(
            Diagnostic(
              .overrideNotOnScale,
              "\(Quoted(entry.label)) is not a band of grade scale '\(scale.id)', so it cannot "
                + "override the computed band of \(Quoted(entry.item)) ("
                + scale.bands.map { "'\($0.id)'" }.joined(separator: ", ")
                + ")." + Suggestion.didYouMean(entry.label, among: bands), location: location))
          continue
        }
        requiresRationale = policy.requiresRationale
      } else {
        diagnostics.append(
          Diagnostic(
            .itemNotJudged, items.notJudged(entry.item), location: location))
        continue
      }
      if let earlier = firstLocation[entry.item] {
        diagnostics.append(
          Diagnostic(
            .duplicateJudgement,
            "\(Quoted(entry.item)) is \(items.verb(entry.item)) twice; keep one entry",
            location: location,
            notes: [Diagnostic.Note(message: "first recorded here", location: earlier)]))
        continue
      }
      if entry.rationale.trimmingSpaces.isEmpty {
        if requiresRationale {
          diagnostics.append(
            Diagnostic(
              .overrideWithoutRationale,
              "the override of \(Quoted(entry.item)) to \(Quoted(entry.label)) gives no "
                + "rationale, and \(document.label) requires one; say in the rationale column "
                + "why the computed band does not stand", location: location))
          continue
        }
        diagnostics.append(
          Diagnostic(
            .missingRationale, .warning,
            "the \(items.judgementScale[entry.item] == nil ? "override" : "judgement") of "
              + "\(Quoted(entry.item)) gives no rationale; say why", location: location))
      }
      firstLocation[entry.item] = location
      judgements[entry.item] = entry
    }
    return (judgements, diagnostics)
  }

  /// One warning naming every judged item with no judgement recorded, if there are any.
  ///
  /// Overridable items are not listed: without an override, their computed band stands.
  public static func missing(
    in judgements: [String: RecordedJudgement], document: FrameworkDocument
  ) -> [Diagnostic] {
    var ids: [String] = []
    for section in document.sections {
      if section.judgementScale != nil, !section.isGrouping { ids.append(section.id) }
      ids += section.criteria.filter { $0.judgementScale != nil }.map(\.id)
    }
    ids += document.headlines.filter { $0.judgementScale != nil }.map(\.id)
    let missing = ids.filter { judgements[$0] == nil }
    guard !missing.isEmpty else { return [] }
    let items = missing.map { "'\($0)'" }.joined(separator: ", ")
    return [
      Diagnostic(
        .missingJudgement, .warning,
        "no judgement was recorded for \(items) "
          + "(\(missing.count) of \(ids.count) judged items); they are reported as not judged. "
          + "Record them in the judgements file (--judgements FILE)")
    ]
  }

  private static func readCSV(
    _ bytes: [UInt8], file: String, into entries: inout [(RecordedJudgement, SourceLocation)],
    diagnostics: inout [Diagnostic]
  ) {
    var reader = CSVReader(bytes: bytes)
    var columns: (item: Int, label: Int, rationale: Int?, width: Int)?
    while true {
      let record: CSVRecord?
      do {
        record = try reader.nextRecord()
      } catch {
        diagnostics.append(
          Diagnostic(
            .unreadableJudgements, "the judgements file is not valid CSV: \(error.message)",
            location: SourceLocation(
              file: file, line: max(1, error.line), column: max(1, error.column))))
        return
      }
      guard let record else { break }
      let location = SourceLocation(file: file, line: record.line, column: 1)
      guard let header = columns else {
        let names = record.fields
        guard let item = names.firstIndex(of: "item"), let label = names.firstIndex(of: "label")
        else {
          diagnostics.append(
            Diagnostic(
              .unreadableJudgements,
              "the judgements header must name 'item', 'label' and "
                + "'rationale' columns; found " + Self.quoted(names),
              location: location))
          return
        }
        let known = ["item", "label", "rationale"]
        var seen: Set<String> = []
        var headerProblems: [Diagnostic] = []
        for (index, name) in names.enumerated() {
          let at = SourceLocation(
            file: file, line: record.position(ofField: index)?.line ?? record.line,
            column: record.position(ofField: index)?.column ?? 1)
          if !known.contains(name) {
            headerProblems.append(
              Diagnostic(
                .unreadableJudgements,
                "column \(Quoted(name)) is not 'item', 'label' or 'rationale'."
                  + Suggestion.didYouMean(name, among: known), location: at))
          } else if !seen.insert(name).inserted {
            headerProblems.append(
              Diagnostic(
                .unreadableJudgements, "column \(Quoted(name)) appears twice in the header",
                location: at))
          }
        }
        guard headerProblems.isEmpty else {
          diagnostics += headerProblems
          return
        }
        columns = (item, label, names.firstIndex(of: "rationale"), names.count)
        continue
      }
      guard record.fields.count == header.width else {
        diagnostics.append(
          Diagnostic(
            .judgementFieldCount,
            "row at line \(record.line) has \(record.fields.count) fields but the header has "
              + "\(header.width); put a rationale that contains a comma in double quotes",
            location: location))
        continue
      }
      func field(_ index: Int?) -> String {
        guard let index, index < record.fields.count else { return "" }
        return record.fields[index]
      }
      let item = field(header.item)
      let label = field(header.label)
      if item.isEmpty || label.isEmpty {
        diagnostics.append(
          Diagnostic(
            .unreadableJudgements, "row at line \(record.line) needs an item and a label",
            location: location))
        continue
      }
      entries.append(
        (RecordedJudgement(item: item, label: label, rationale: field(header.rationale)), location))
    }
    if columns == nil {
      diagnostics.append(
        Diagnostic(
          .unreadableJudgements,
          "the judgements file is empty; it needs a header "
            + "'item,label,rationale'", location: SourceLocation(file: file, line: 1, column: 1)))
    }
  }

  /// Up to six names, each quoted and cut short (``Quoted``): a message stays readable
  /// whatever the file holds.
  static func quoted(_ names: [String]) -> String {
    let shown = names.prefix(6).map { Quoted($0).description }
    let more = names.count > 6 ? " and \(names.count - 6) more" : ""
    return shown.joined(separator: ", ") + more
  }

  private struct JudgementsFile: Decodable {
    struct Entry: Decodable {
      var item: String
      var label: String
      var rationale: String?
    }
    var judgements: [Entry]
  }

  private static func readJSON(
    _ bytes: [UInt8], file: String, into entries: inout [(RecordedJudgement, SourceLocation)],
    diagnostics: inout [Diagnostic]
  ) {
    func at(_ position: SourcePosition?) -> SourceLocation {
      SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
    }
    do {
      let document = try JSONParser.parse(bytes)
      let decoded = try JSONValueDecoder().decode(JudgementsFile.self, from: document)
      for (index, entry) in decoded.judgements.enumerated() {
        entries.append(
          (
            RecordedJudgement(
              item: entry.item, label: entry.label, rationale: entry.rationale ?? ""),
            at(document.position(of: ["judgements", .index(index)]))
          ))
      }
    } catch let error as JSONParseError {
      diagnostics.append(
        Diagnostic(
          .unreadableJudgements, "the judgements file is not valid JSON: \(error.message)",
          location: at(error.position)))
    } catch let error as JSONDecodingError {
      for problem in error.allErrors {
        diagnostics.append(
          Diagnostic(
            .unreadableJudgements,
            "\(problem.message) (at \(problem.path)); expected "
              + "{\"judgements\": [{\"item\": …, \"label\": …, \"rationale\": …}]}",
            location: at(problem.position)))
      }
    } catch {
      diagnostics.append(
        Diagnostic(.unreadableJudgements, "the judgements file cannot be read: \(error)"))
    }
  }
}

extension String {
  /// The string with its first character in upper case.
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

  var trimmingSpaces: String {
    let trimmed = drop { $0 == " " || $0 == "\t" }
    return String(String(trimmed.reversed()).drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
