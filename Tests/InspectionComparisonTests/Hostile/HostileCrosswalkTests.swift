import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

/// Hostile crosswalk declarations: each row declares one crosswalk with one defect, its map on
/// the same line as the `#line` that locates it, and expects the code there.
enum HostileCrosswalk: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case unknownSourceQuestion
  case unknownTargetQuestionWithAnEscapeSequence
  case duplicateMapping
  case noneWithATarget
  case anotherFramework
  case noMappings
  case megabyteQuestionID

  var testDescription: String { rawValue }

  /// The crosswalk, the line of its offending declaration, and the code expected there.
  var declaration: (crosswalk: Crosswalk, line: Int, code: String) {
    let huge = String(repeating: "q", count: 1 << 20)
    switch self {
    case .unknownSourceQuestion:
      return (Crosswalk(from: "TINY", to: "TINY") { Map("q9", to: "q2", .equal) }, #line, "IK0701")
    case .unknownTargetQuestionWithAnEscapeSequence:
      return (
        Crosswalk(from: "TINY", to: "TINY") { Map("q1", to: "q2\u{1B}[2J", .equal) }, #line,
        "IK0702"
      )
    case .duplicateMapping:
      return (
        Crosswalk(from: "TINY", to: "TINY") {
          Map("q1", to: "q1", .equal)
          Map("q1", to: "q1", .equal)
        }, #line - 1, "IK0703"
      )
    case .noneWithATarget:
      return (Crosswalk(from: "TINY", to: "TINY") { Map("q1", to: "q2", .none) }, #line, "IK0704")
    case .anotherFramework:
      return (Crosswalk(from: "OMI2", to: "TINY") { Map("q1", to: "q1", .equal) }, #line, "IK0705")
    case .noMappings:
      return (Crosswalk(from: "TINY", to: "TINY") {}, #line, "IK0706")
    case .megabyteQuestionID:
      return (Crosswalk(from: "TINY", to: "TINY") { Map(huge, to: "q1", .equal) }, #line, "IK0701")
    }
  }
}

@Suite("Hostile crosswalks")
struct HostileCrosswalkTests {
  @Test("Each is reported with its code at its declaration", arguments: HostileCrosswalk.allCases)
  func located(_ attack: HostileCrosswalk) throws {
    let (crosswalk, line, code) = attack.declaration
    let tiny = (document: ComparisonFixtures.document, fingerprint: "sha256:tiny")
    let compilation = CrosswalkCompiler.compile(crosswalk, from: tiny, to: tiny)
    #expect(!compilation.succeeded || code == "IK0706")
    let diagnostic = try #require(
      compilation.diagnostics.first { $0.code == code },
      "\(compilation.diagnostics.map(\.rendered))")
    #expect(diagnostic.location?.file.hasSuffix("HostileCrosswalkTests.swift") == true)
    #expect(diagnostic.location?.line == line, "\(diagnostic.rendered)")
    // Messages stay short and show no raw escape sequence.
    #expect(diagnostic.rendered.utf8.count < 600)
    #expect(!diagnostic.rendered.unicodeScalars.contains("\u{1B}"))
  }
}
