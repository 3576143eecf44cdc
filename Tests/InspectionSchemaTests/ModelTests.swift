import InspectionSupport
import Testing

@testable import InspectionSchema

@Suite("Applicability")
struct ApplicabilityTests {
  static let licence = Applicability.attribute("case_type", in: ["licence"])
  static let high = Applicability.attribute("roh", in: ["high", "very high"])
  static let yes = Applicability.answer("2.2.a", in: ["yes"])

  @Test("explanation reads the expression in plain words")
  func explanation() {
    for (condition, expected) in [
      (Self.high, "roh is high or very high"),
      (.attribute("roh", in: ["low", "medium", "high"]), "roh is low, medium or high"),
      (.attribute("roh", in: []), "roh is (nothing)"),
      (Self.yes, "the answer to 2.2.a is yes"),
      (.all([Self.licence, Self.yes]), "case_type is licence and the answer to 2.2.a is yes"),
      (.any([Self.licence, Self.high]), "case_type is licence or roh is high or very high"),
      (.not(Self.licence), "not case_type is licence"),
      (
        .not(.all([Self.licence, Self.yes])),
        "not (case_type is licence and the answer to 2.2.a is yes)"
      ),
      (
        .all([.any([Self.licence, Self.yes]), .not(Self.high)]),
        "(case_type is licence or the answer to 2.2.a is yes) and not roh is high or very high"
      ),
      (
        .any([.all([Self.licence, Self.yes]), .all([])]),
        "(case_type is licence and the answer to 2.2.a is yes) or ()"
      ),
    ] as [(Applicability, String)] {
      #expect(condition.explanation == expected)
    }
  }

  @Test("References list attributes and answers in order of appearance")
  func references() {
    let condition = Applicability.all([
      .not(Self.high), .any([Self.yes, Self.licence]), .answer("1.1.a", in: ["no", "na"]),
    ])
    #expect(condition.attributeReferences.map(\.id) == ["roh", "case_type"])
    #expect(condition.attributeReferences.map(\.values) == [["high", "very high"], ["licence"]])
    #expect(condition.answerReferences.map(\.id) == ["2.2.a", "1.1.a"])
    #expect(condition.answerReferences.map(\.codes) == [["yes"], ["no", "na"]])
  }

  @Test(
    "Every form encodes as its documented JSON and decodes back",
    arguments: [
      (licence, #"{"attribute":"case_type","in":["licence"]}"#),
      (yes, #"{"answer":"2.2.a","in":["yes"]}"#),
      (
        .all([licence, yes]),
        #"{"all":[{"attribute":"case_type","in":["licence"]},{"answer":"2.2.a","in":["yes"]}]}"#
      ),
      (.any([]), #"{"any":[]}"#),
      (.not(.not(licence)), #"{"not":{"not":{"attribute":"case_type","in":["licence"]}}}"#),
    ] as [(Applicability, String)])
  func coding(condition: Applicability, json: String) throws {
    #expect(CanonicalJSON.compact(try JSONValueEncoder().encode(condition)) == json)
    let parsed = try JSONParser.parse(json)
    let decoded = try JSONValueDecoder().decode(Applicability.self, from: parsed)
    #expect(decoded == condition)
  }

  @Test(
    "An expression with no form, or two, is refused",
    arguments: [
      (#"{"in": ["x"]}"#, "needs one of 'attribute', 'answer', 'all', 'any' or 'not'"),
      (
        #"{"attribute": "a", "answer": "b", "in": ["x"]}"#,
        "takes exactly one of 'attribute', 'answer'"
      ),
    ])
  func malformed(json: String, fragment: String) throws {
    let document = try JSONParser.parse(json)
    let error = #expect(throws: JSONDecodingError.self) {
      try JSONValueDecoder().decode(Applicability.self, from: document)
    }
    #expect(error?.message.contains(fragment) == true, "\(String(describing: error))")
  }
}

@Suite("AggregationRule")
struct AggregationRuleTests {
  static let all: [AggregationRule] = [
    .meanOfQuestions, .individualSummary(individual: 0.8, summary: 0.2), .weightedQuestions,
    .minimumOfKeyQuestions, .pooledQuestions, .meanOfCriteria, .weightedCriteria,
    .sumOfBandPoints,
  ]

  @Test("kinds lists every rule's kind, in order")
  func kinds() {
    #expect(Self.all.map(\.kind) == AggregationRule.kinds)
  }

  @Test(
    "Every rule encodes as {kind} (with shares where it has them) and decodes back",
    arguments: all)
  func coding(rule: AggregationRule) throws {
    let value = try JSONValueEncoder().encode(rule)
    if case .individualSummary = rule {
      #expect(
        CanonicalJSON.compact(value)
          == #"{"individualShare":0.8,"kind":"individualSummary","summaryShare":0.2}"#)
    } else {
      #expect(CanonicalJSON.compact(value) == #"{"kind":"\#(rule.kind)"}"#)
    }
    #expect(try JSONValueDecoder().decode(AggregationRule.self, from: value) == rule)
  }

  @Test("An unknown kind is an error that lists the known kinds, at the kind's position")
  func unknownKind() throws {
    let document = try JSONParser.parse("{\n  \"kind\": \"meanOfEverything\"\n}")
    do {
      let rule = try JSONValueDecoder().decode(AggregationRule.self, from: document)
      Issue.record("decoded \(rule)")
    } catch {
      #expect(error.message.contains("unknown aggregation rule 'meanOfEverything'"))
      #expect(error.message.contains("'meanOfQuestions', 'individualSummary'"))
      #expect(error.message.contains("'sumOfBandPoints'"))
      #expect(error.path.description == "kind")
      #expect(error.position == SourcePosition(line: 2, column: 11))
    }
  }

  @Test("individualSummary needs both shares")
  func missingShare() throws {
    let document = try JSONParser.parse(#"{"kind": "individualSummary", "individualShare": 0.8}"#)
    do {
      let rule = try JSONValueDecoder().decode(AggregationRule.self, from: document)
      Issue.record("decoded \(rule)")
    } catch {
      #expect(error.message.contains("missing required field 'summaryShare'"))
    }
  }

  @Test("Shares on other rules are unknown fields")
  func sharesOnOtherRules() throws {
    let document = try JSONParser.parse(#"{"kind": "meanOfQuestions", "summaryShare": 0.2}"#)
    do {
      let rule = try JSONValueDecoder().decode(AggregationRule.self, from: document)
      Issue.record("decoded \(rule)")
    } catch {
      #expect(error.message.contains("unknown field 'summaryShare'"))
    }
  }

  @Test("Each level accepts its own rules")
  func levels() {
    #expect(AggregationLevel.criterion.allowedKinds.contains("individualSummary"))
    #expect(!AggregationLevel.criterion.allowedKinds.contains("meanOfCriteria"))
    #expect(
      AggregationLevel.section.allowedKinds
        == ["meanOfCriteria", "weightedCriteria", "pooledQuestions"])
    #expect(AggregationLevel.headline.allowedKinds == ["meanOfQuestions", "pooledQuestions"])
    #expect(AggregationLevel.overall.allowedKinds == ["sumOfBandPoints"])
    // Every rule is allowed somewhere.
    let allowed = Set(AggregationLevel.allCases.flatMap(\.allowedKinds))
    #expect(allowed == Set(AggregationRule.kinds))
  }

  @Test("explanation states the shares as percentages, without binary noise")
  func explanation() {
    #expect(
      AggregationRule.individualSummary(individual: 0.8, summary: 0.2).explanation
        == "80% mean of individual questions + 20% summary question")
    #expect(
      AggregationRule.individualSummary(individual: 0.57, summary: 0.43).explanation
        == "57% mean of individual questions + 43% summary question")
    #expect(AggregationRule.minimumOfKeyQuestions.explanation == "lowest key-question score")
  }
}

@Suite("Diagnostic")
struct DiagnosticTests {
  /// `SourceLocation` is also Swift Testing's.
  typealias SourceLocation = InspectionSupport.SourceLocation

  static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }

  @Test("rendered is compiler style, with one line per note")
  func rendered() {
    let duplicate = Diagnostic(
      code: "IK0101", message: "duplicate criterion id '1.2'",
      location: Self.at("Frameworks/OMI2.swift", 42, 5), path: "sections[0].criteria[3]",
      notes: [
        .init(
          message: "'1.2' is first declared here",
          location: Self.at("Frameworks/OMI2.swift", 30, 5))
      ])
    #expect(
      duplicate.rendered == """
        Frameworks/OMI2.swift:42:5: error: duplicate criterion id '1.2' [IK0101]
        Frameworks/OMI2.swift:30:5: note: '1.2' is first declared here
        """)

    let unlocated = Diagnostic(
      code: "IK0172", severity: .warning, message: "theme 'LoR' is unused",
      notes: [.init(message: "somewhere else")])
    #expect(unlocated.rendered == "warning: theme 'LoR' is unused [IK0172]\nnote: somewhere else")
    #expect(!unlocated.isError && duplicate.isError)
  }

  @Test("A catalogued code builds the same diagnostic")
  func cataloguedCode() {
    let code = DiagnosticCode("IK9999", "test", "A test code.")
    let diagnostic = Diagnostic(code, .warning, "message", path: "id")
    #expect(
      diagnostic
        == Diagnostic(code: "IK9999", severity: .warning, message: "message", path: "id"))
    #expect(Diagnostic(code, "message").severity == .error)
    #expect(code.description == "IK9999")
  }

  @Test("sortedForDisplay orders by file, line and column, unlocated last, then by code, stably")
  func sortedForDisplay() {
    func make(_ code: String, _ message: String, _ location: SourceLocation?) -> Diagnostic {
      Diagnostic(code: code, message: message, location: location)
    }
    let diagnostics = [
      make("IK0102", "unlocated b", nil),
      make("IK0101", "b.swift 1:1", Self.at("b.swift", 1, 1)),
      make("IK0105", "a.swift 10:2", Self.at("a.swift", 10, 2)),
      make("IK0101", "unlocated a", nil),
      make("IK0104", "a.swift 2:9", Self.at("a.swift", 2, 9)),
      make("IK0103", "a.swift 10:2 second code", Self.at("a.swift", 10, 2)),
      make("IK0102", "unlocated c", nil),
      make("IK0104", "a.swift 10:1", Self.at("a.swift", 10, 1)),
      make("IK0103", "a.swift 10:2 same code, later", Self.at("a.swift", 10, 2)),
    ]
    #expect(
      diagnostics.sortedForDisplay().map(\.message) == [
        "a.swift 2:9", "a.swift 10:1", "a.swift 10:2 second code",
        "a.swift 10:2 same code, later", "a.swift 10:2", "b.swift 1:1",
        "unlocated a", "unlocated b", "unlocated c",
      ])
    #expect(diagnostics.containsErrors)
    #expect(![Diagnostic(code: "IK0172", severity: .warning, message: "w")].containsErrors)
  }

  @Test("Severities order errors before warnings before notes")
  func severities() {
    #expect(Diagnostic.Severity.error < .warning)
    #expect(Diagnostic.Severity.warning < .note)
    #expect(!(Diagnostic.Severity.note < .error))
  }

  @Test("SourceLocation orders by file, then line, then column, and prints file:line:col")
  func sourceLocations() {
    #expect(Self.at("a.swift", 9, 9) < Self.at("b.swift", 1, 1))
    #expect(Self.at("a.swift", 2, 9) < Self.at("a.swift", 10, 1))
    #expect(Self.at("a.swift", 2, 1) < Self.at("a.swift", 2, 2))
    #expect(Self.at("OMI2.swift", 42, 5).description == "OMI2.swift:42:5")
  }
}
