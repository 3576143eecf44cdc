import Foundation
import InspectionSupport
import Testing

/// Text from every kind of input that would be markup, a terminal escape sequence or a
/// spreadsheet formula, run through every report in text, Markdown and CSV: none of it may
/// arrive as such.
@Suite("Hostile text reaches no report as markup, escape sequence or formula")
struct HostileInjectionTests {
  /// Text that would act: a script, a terminal escape (clear the screen, set the title), a
  /// right-to-left override, a formula, a link and a line break that starts a heading.
  static let payload =
    "=HYPERLINK(\"http://x\")<script>alert(1)</script>\u{1B}[2J\u{1B}]0;pwned\u{7}"
    + "\u{202E}[click](javascript:alert(1))\n# Heading"

  /// A directory holding a hostile framework document (the Demonstration framework with its
  /// title, a section, a criterion, a question and a band label replaced), a sample with
  /// hostile case ids and exclusion reasons, judgements with a hostile rationale, and
  /// published figures with hostile names.
  static func inputs() throws -> (
    directory: URL, framework: String, sample: String,
    judgements: String, published: String
  ) {
    let directory = try InspectProcess.temporaryDirectory()
    #expect(inspect(["compile", "DEMO", "--output", directory.path]).status == 0)
    let compiled = directory.appendingPathComponent("DEMO-1.json").path
    guard
      case .object(var root) = try JSONParser.parse(InputFile.read(compiled, limit: 1 << 24)).root
    else { throw CancellationError() }
    root.removeValue(forKey: "fingerprint")
    root["title"] = .string(payload)
    func edit(_ value: inout JSONValue, _ path: [JSONPath.Component], _ text: String) {
      guard let first = path.first else {
        value = .string(text)
        return
      }
      switch (value, first) {
      case (.object(var members), .key(let key)):
        var child = members[key] ?? .null
        edit(&child, Array(path.dropFirst()), text)
        members[key] = child
        value = .object(members)
      case (.array(var elements), .index(let index)) where elements.indices.contains(index):
        edit(&elements[index], Array(path.dropFirst()), text)
        value = .array(elements)
      default: break
      }
    }
    var document = JSONValue.object(root)
    edit(&document, ["sections", 0, "title"], "+" + payload)
    edit(&document, ["sections", 0, "criteria", 0, "title"], "-" + payload)
    edit(&document, ["sections", 0, "criteria", 0, "questions", 0, "text"], "@" + payload)
    edit(&document, ["gradeScales", 0, "bands", 0, "label"], "=" + payload)
    let framework = directory.appendingPathComponent("hostile.json").path
    try CanonicalJSON.pretty(document).write(toFile: framework, atomically: true, encoding: .utf8)

    let lines = try String(
      contentsOfFile: repository("Examples/Demonstration/sample.csv"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
    func field(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    var rows = [lines[0] + ",excluded"] + lines[1...].map { $0 + "," }
    rows.append(
      "\(field("=1+1<script>")),licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes,\(field(payload))"
    )
    rows.append(
      "\(field("@x")),licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes,\(field("-" + payload))")
    let sample = directory.appendingPathComponent("hostile.csv").path
    try (rows.joined(separator: "\n") + "\n").write(
      toFile: sample, atomically: true, encoding: .utf8)

    let judgements = directory.appendingPathComponent("judgements.csv").path
    try ("item,label,rationale\n3.2,well-met,\(field(payload))\n").write(
      toFile: judgements, atomically: true, encoding: .utf8)

    let published = directory.appendingPathComponent("published.json").path
    let provenance: JSONValue = ["location": .string(payload), "basis": "printedFigure"]
    let figures: JSONValue = [
      "schemaVersion": 2, "framework": ["id": "DEMO", "version": "1"],
      "source": ["id": "hostile", "title": .string(payload), "publisher": .string(payload)],
      "note": .string(payload),
      "inspections": [
        [
          "area": .string(payload), "label": .string(payload), "cases": 4,
          "note": .string(payload), "provenance": provenance,
          "items": [
            [
              "id": "1.1", "kind": "criterion", "percent": 65, "label": .string(payload),
              "provenance": provenance,
            ]
          ],
          "knownDiscrepancies": [
            [
              "id": "1", "kind": "section", "published": .string(payload),
              "reason": .string(payload),
            ]
          ],
        ]
      ],
    ]
    try CanonicalJSON.pretty(figures).write(toFile: published, atomically: true, encoding: .utf8)
    return (directory, framework, sample, judgements, published)
  }

  /// What is wrong with `text`, a report in `format`: a `<script`, a raw escape byte, a
  /// right-to-left override, or (CSV) a cell that starts like a formula.
  static func problems(in text: String, format: String) throws -> [String] {
    var found: [String] = []
    if text.lowercased().contains("<script") { found.append("an unescaped <script") }
    if text.unicodeScalars.contains("\u{1B}") { found.append("a raw ESC byte") }
    if text.unicodeScalars.contains("\u{202E}") { found.append("a raw right-to-left override") }
    if text.unicodeScalars.contains("\u{7}") { found.append("a raw BEL byte") }
    // A link: `](` whose `]` is not escaped.
    if format == "markdown",
      text.components(separatedBy: "](javascript").dropLast().contains(where: {
        !$0.hasSuffix("\\")
      })
    {
      found.append("a Markdown link")
    }
    if format == "markdown", text.contains("\n# Heading") { found.append("an injected heading") }
    if format == "csv" {
      var reader = CSVReader(string: text)
      while let record = try reader.nextRecord() {
        for field in record.fields {
          if let first = field.unicodeScalars.first, "=+@\t\r".unicodeScalars.contains(first) {
            found.append("a formula cell \(field.prefix(20))")
          }
          if field.hasPrefix("-"), Double(field) == nil {
            found.append("a formula cell \(field.prefix(20))")
          }
        }
      }
    }
    return found
  }

  @Test("Every report, in every format, and every diagnostic")
  func noReportCarriesIt() throws {
    let (directory, framework, sample, judgements, published) = try Self.inputs()
    defer { try? FileManager.default.removeItem(at: directory) }
    let partial = directory.appendingPathComponent("part.json").path
    #expect(
      inspect([
        "score", framework, sample, "--judgements", judgements, "--partial", "--output", partial,
      ])
      .status == 0)
    var runs: [(String, [String])] = []
    for format in ["text", "markdown", "csv"] {
      runs.append(
        (format, ["score", framework, sample, "--judgements", judgements, "--format", format]))
      runs.append((format, ["merge", partial, "--framework", framework, "--format", format]))
    }
    for format in ["text", "markdown"] {
      runs.append(
        (
          format,
          [
            "compare", framework, "--baseline", sample, "--followup", sample, "--replicates", "10",
            "--format", format,
          ]
        ))
      runs.append((format, ["diff", "DEMO", framework, "--format", format]))
      runs.append((format, ["reconcile", framework, published, "--format", format]))
      runs.append((format, ["aggregate", framework, sample, sample, "--format", format]))
      runs.append((format, ["provenance", framework, "--format", format]))
    }
    runs.append(("text", ["show", framework]))
    runs.append(("markdown", ["doc", framework, "--format", "markdown"]))
    var checked = 0
    for (format, arguments) in runs {
      let result = inspect(arguments)
      #expect(result.status == 0, "\(arguments.prefix(2)): \(result.err.prefix(400))")
      #expect(!result.out.isEmpty)
      let found = try Self.problems(in: result.out, format: format)
      #expect(found.isEmpty, "\(arguments[0]) --format \(format): \(found)")
      let diagnostics = try Self.problems(in: result.err, format: "text")
      #expect(diagnostics.isEmpty, "\(arguments[0]) diagnostics: \(diagnostics)")
      checked += 1
    }
    #expect(checked == runs.count && checked == 18)
  }
}
