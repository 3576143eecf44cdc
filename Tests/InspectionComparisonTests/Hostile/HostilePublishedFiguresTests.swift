import InspectionComparison
import InspectionSchema
import InspectionSupport
import InspectionTestSupport
import Testing

/// Hostile published-figures files: each row breaks one figure of a small valid file (built in
/// the test) and expects its code at the offending value, found in the text independently of
/// the reader.
enum HostileFigures: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case percentOf1e308
  case negativePercent
  case percentAbove100
  case questionPercentAbove100
  case aggregatePercentNegative
  case numeratorBeyondDenominator
  case negativeNumerator
  case casesBeyondTheLimit
  case negativeCases
  case denominatorOfZero
  case numberBeyondADouble
  case unsupportedVersion
  case percentAsAString
  case truncated
  case nestedTooDeeply

  var testDescription: String { rawValue }

  static let base = """
    {
      "schemaVersion": 2,
      "framework": {"id": "DEMO", "version": "1"},
      "source": {"id": "demo-report", "title": "A report"},
      "inspections": [
        {
          "area": "North",
          "cases": 40,
          "items": [
            {"id": "1.1", "kind": "criterion", "percent": 65, "label": "Good", "provenance": {"location": "Table 1", "basis": "printedFigure"}}
          ],
          "questions": [
            {"id": "1.1.a", "numerator": 30, "denominator": 40, "provenance": {"location": "Table 1", "basis": "printedFigure", "quote": "30 of 40"}},
            {"id": "1.1.b", "percent": 75, "provenance": {"location": "Table 1", "basis": "printedFigure", "quote": "75%"}}
          ]
        }
      ],
      "aggregates": [{"id": "1.1", "kind": "criterion", "percent": 70, "provenance": {"location": "Table 1", "basis": "printedFigure"}}]
    }
    """

  /// (text to replace, its replacement, the text at the expected location, code).
  var edit: (old: String, new: String, at: String, code: String) {
    switch self {
    case .percentOf1e308: ("\"percent\": 65", "\"percent\": 1e308", "1e308", "IK0722")
    case .negativePercent: ("\"percent\": 65", "\"percent\": -0.5", "-0.5", "IK0722")
    case .percentAbove100: ("\"percent\": 65", "\"percent\": 100.01", "100.01", "IK0722")
    case .questionPercentAbove100: ("\"percent\": 75", "\"percent\": 750", "750", "IK0722")
    case .aggregatePercentNegative: ("\"percent\": 70", "\"percent\": -70", "-70", "IK0722")
    case .numeratorBeyondDenominator:
      ("\"numerator\": 30", "\"numerator\": 41", "\"denominator\": §40", "IK0722")
    case .negativeNumerator: ("\"numerator\": 30", "\"numerator\": -30", "-30", "IK0722")
    case .casesBeyondTheLimit: ("\"cases\": 40", "\"cases\": 4000000000", "4000000000", "IK0722")
    case .negativeCases: ("\"cases\": 40", "\"cases\": -40", "-40", "IK0722")
    case .denominatorOfZero:
      ("\"denominator\": 40", "\"denominator\": 0", "\"denominator\": §0", "IK0722")
    case .numberBeyondADouble: ("\"percent\": 65", "\"percent\": 1e999", "1e999", "IK0721")
    case .unsupportedVersion: ("\"schemaVersion\": 2", "\"schemaVersion\": 7", "7", "IK0723")
    case .percentAsAString: ("\"percent\": 65", "\"percent\": [65]", "[65]", "IK0722")
    case .truncated: ("\"aggregates\"", "\"aggr", "\"aggr", "IK0721")
    case .nestedTooDeeply:
      ("\"area\": \"North\"", "\"area\": " + String(repeating: "[", count: 600), "[", "IK0721")
    }
  }
}

@Suite("Hostile published figures")
struct HostilePublishedFiguresTests {
  @Test("The base file reads")
  func baseReads() throws {
    let figures = try PublishedFigures.read(bytes: Array(HostileFigures.base.utf8), file: "p.json")
    #expect(figures.inspections.count == 1)
  }

  @Test("Each is refused with its code at the offending value", arguments: HostileFigures.allCases)
  func located(_ attack: HostileFigures) throws {
    let edit = attack.edit
    #expect(HostileFigures.base.contains(edit.old))
    var text = HostileFigures.base.replacingOccurrences(of: edit.old, with: edit.new)
    if attack == .truncated, let cut = text.range(of: "\"aggr") {
      text = String(text[..<cut.upperBound])
    }
    do {
      _ = try PublishedFigures.read(bytes: Array(text.utf8), file: "hostile.json")
      Issue.record("\(attack) was accepted")
    } catch {
      let diagnostic = error.diagnostic
      #expect(diagnostic.code == edit.code, "\(diagnostic.rendered)")
      let expected: TextLocation
      switch attack {
      case .truncated:
        // The end of the input, in the middle of the key.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        expected = TextLocation(
          line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
      case .nestedTooDeeply:
        // The root object and the inspections array and object are three levels: the 510th
        // bracket is the 513th.
        let start = try #require(TextLocation.of("\"area\": [", in: text))
        expected = TextLocation(line: start.line, column: start.column + 8 + 509)
      default:
        // The location is where `§` is in the marker (its start if it has none).
        let parts = edit.at.split(separator: "§", omittingEmptySubsequences: false)
        let start = try #require(TextLocation.of(parts.joined(), in: text))
        let offset = parts.count > 1 ? parts[0].unicodeScalars.count : 0
        expected = TextLocation(line: start.line, column: start.column + offset)
      }
      #expect(
        diagnostic.location
          == SourceLocation(file: "hostile.json", line: expected.line, column: expected.column),
        "expected \(expected): \(diagnostic.rendered)")
    }
  }
}
