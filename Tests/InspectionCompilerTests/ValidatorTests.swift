import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

/// What a validator row checks: a hand-built document, or a Swift declaration for the rules
/// only lowering can see (a setting declared twice, two bounds on one side of a band).
enum ValidationSubject: Sendable {
  case document(FrameworkDocument)
  case declaration(Framework)

  /// Every diagnostic the subject gets, in the order the validators report them.
  var diagnostics: [Diagnostic] {
    switch self {
    case .document(let document): DocumentValidation.validate(document)
    case .declaration(let framework): FrameworkCompiler.compile(framework).diagnostics
    }
  }
}

/// One row of the validator table: a subject that breaks exactly one rule, the same subject
/// fixed, and what the broken one must report.
struct ValidatorCase: Sendable, CustomTestStringConvertible {
  let name: String
  let broken: ValidationSubject
  let fixed: ValidationSubject
  let code: DiagnosticCode
  var severity: Diagnostic.Severity = .error
  /// A piece of the message that says what is wrong.
  let fragment: String
  /// The document path of the diagnostic (`nil` for problems found while lowering).
  let path: String?
  /// The paths of the diagnostic's notes, in order.
  var notePaths: [String?] = []
  /// Other codes the broken subject necessarily reports too.
  var alsoExpected: [DiagnosticCode] = []

  var testDescription: String { "\(code.code) \(name)" }
}

/// Paths into ``Fixtures/valid``.
private enum P {
  static let c11 = "sections[0].criteria[0]"
  static let c12 = "sections[0].criteria[1]"
  static let q11a = "sections[0].criteria[0].questions[0]"
  static let q11b = "sections[0].criteria[0].questions[1]"
}

/// A small valid declaration; `extra` adds framework-level declarations to it.
private func declared(_ extra: [any FrameworkComponent] = []) -> Framework {
  Framework("D", version: "1", title: "Declared") {
    Section("1", "One") {
      Criterion("1.1", "Assessment") { Question("1.1.a", "A?") }
    }
    extra
  }
}

private func valid(_ edit: (inout Document) -> Void) -> ValidationSubject {
  .document(Fixtures.valid(edit))
}

private let validDocument = ValidationSubject.document(Fixtures.valid)

private func withSummary(_ document: inout Document) {
  document.sections[0].criteria[0].questions[1].role = .summary
}

enum ValidatorTable {
  static let identity: [ValidatorCase] = [
    ValidatorCase(
      name: "duplicate criterion id in one section",
      broken: valid {
        $0.sections[0].criteria.append(
          .init(
            id: "1.1", title: "Again", gradeScale: "conclusion",
            questions: [.init(id: "1.1.c", text: "C?")]))
      },
      fixed: valid {
        $0.sections[0].criteria.append(
          .init(
            id: "1.3", title: "Again", gradeScale: "conclusion",
            questions: [.init(id: "1.3.a", text: "C?")]))
      },
      code: .duplicateID, fragment: "duplicate criterion id '1.1'; ids must be unique",
      path: "sections[0].criteria[2]", notePaths: [P.c11]),
    ValidatorCase(
      name: "question id already used by a section (one namespace)",
      broken: valid { $0.sections[0].criteria[0].questions[0].id = "1" },
      fixed: valid { $0.sections[0].criteria[0].questions[0].id = "1.1.x" },
      code: .duplicateID, fragment: "duplicate question id '1' (already used by a section)",
      path: P.q11a, notePaths: ["sections[0]"]),
    ValidatorCase(
      name: "overall rating id already used by a headline",
      broken: valid { $0.overall[0].id = "RoH" },
      fixed: valid { $0.overall[0].id = "overall-rating" },
      code: .duplicateID,
      fragment: "duplicate overall rating id 'RoH' (already used by a headline)",
      path: "overall[0]", notePaths: ["headlines[0]"]),
    ValidatorCase(
      name: "duplicate theme id",
      broken: valid { $0.themes.append(.init(id: "RoH", title: "Again")) },
      fixed: valid {
        $0.themes.append(.init(id: "LoR", title: "Reoffending"))
        $0.sections[0].criteria[0].questions[1].themes = ["LoR"]
      },
      code: .duplicateID, fragment: "duplicate theme id 'RoH'", path: "themes[1]",
      notePaths: ["themes[0]"]),
    ValidatorCase(
      name: "duplicate option code in an answer scale",
      broken: valid {
        $0.scales[0].options.append(.init(code: "yes", label: "Yes again", effect: .sufficient))
      },
      fixed: valid {
        $0.scales[0].options.append(.init(code: "partly", label: "Partly", effect: .sufficient))
      },
      code: .duplicateID, fragment: "duplicate option id 'yes' in answer scale 'yes-no'",
      path: "scales[0].options[3]", notePaths: ["scales[0].options[0]"]),
    ValidatorCase(
      name: "duplicate attribute value",
      broken: valid { $0.attributes[0].values.append("licence") },
      fixed: valid { $0.attributes[0].values.append("custody") },
      code: .duplicateID, fragment: "duplicate value id 'licence' in attribute 'case_type'",
      path: "attributes[0].values[2]", notePaths: ["attributes[0].values[1]"]),
    ValidatorCase(
      name: "duplicate band id in a grade scale",
      broken: valid { $0.gradeScales[0].bands[1].id = "good" },
      fixed: valid { $0.gradeScales[0].bands[1].id = "fair" },
      code: .duplicateID, fragment: "duplicate band id 'good' in grade scale 'conclusion'",
      path: "gradeScales[0].bands[1]", notePaths: ["gradeScales[0].bands[0]"]),
    ValidatorCase(
      name: "question id collides with an attribute",
      broken: valid { $0.sections[0].criteria[0].questions[0].id = "case_type" },
      fixed: valid { $0.sections[0].criteria[0].questions[0].id = "case_type.a" },
      code: .duplicateID,
      fragment: "question id 'case_type' collides with the attribute of the same name",
      path: P.q11a, notePaths: ["attributes[0]"]),
    ValidatorCase(
      name: "question id 'case'",
      broken: valid { $0.sections[0].criteria[0].questions[0].id = "case" },
      fixed: valid { $0.sections[0].criteria[0].questions[0].id = "cases" },
      code: .duplicateID, fragment: "question id 'case' collides with the sample's case-id column",
      path: P.q11a),

    ValidatorCase(
      name: "question id with a space",
      broken: valid { $0.sections[0].criteria[0].questions[0].id = "1.1 a" },
      fixed: valid { $0.sections[0].criteria[0].questions[0].id = "1.1_a" },
      code: .malformedID, fragment: "question id '1.1 a' is malformed", path: P.q11a),
    ValidatorCase(
      name: "framework id starting with a dash",
      broken: valid { $0.id = "-T" }, fixed: valid { $0.id = "T-" },
      code: .malformedID, fragment: "framework id '-T' is malformed", path: "id"),
    ValidatorCase(
      name: "framework version with a space",
      broken: valid { $0.version = "v 1" }, fixed: valid { $0.version = "v.1" },
      code: .malformedID, fragment: "framework version 'v 1' is malformed", path: "version"),
    ValidatorCase(
      name: "empty band id",
      broken: valid { $0.gradeScales[0].bands[2].id = "" },
      fixed: valid { $0.gradeScales[0].bands[2].id = "0" },
      code: .malformedID, fragment: "band id '' is malformed", path: "gradeScales[0].bands[2]"),
    ValidatorCase(
      name: "attribute value with a comma",
      broken: valid { $0.attributes[0].values[0] = "comm,unity" },
      fixed: valid { $0.attributes[0].values[0] = "comm unity" },
      code: .malformedID,
      fragment: "value of attribute 'case_type' 'comm,unity' must be non-empty, without "
        + "surrounding spaces",
      path: "attributes[0].values[0]"),
    ValidatorCase(
      name: "empty answer code",
      broken: valid { $0.scales[0].options[2].code = "" },
      fixed: valid { $0.scales[0].options[2].code = "n/a" },
      code: .malformedID, fragment: "option code of scale 'yes-no' '' must be non-empty",
      path: "scales[0].options[2]"),
  ]

  static let structure: [ValidatorCase] = [
    ValidatorCase(
      name: "framework without sections",
      broken: .document(Fixtures.minimal { $0.sections = [] }),
      fixed: .document(Fixtures.minimal),
      code: .emptyFramework, fragment: "framework 'M' has no sections", path: ""),
    ValidatorCase(
      name: "section without criteria",
      broken: valid { $0.sections.append(.init(id: "2", title: "Two")) },
      fixed: valid {
        $0.sections.append(
          .init(
            id: "2", title: "Two",
            criteria: [.init(id: "2.1", title: "C", questions: [.init(id: "2.1.a", text: "?")])]))
      },
      code: .emptySection, fragment: "section '2' has no criteria", path: "sections[1]"),
    ValidatorCase(
      name: "criterion without questions or judgement scale",
      broken: valid { $0.sections[0].criteria.append(.init(id: "1.3", title: "Empty")) },
      fixed: valid {
        $0.sections[0].criteria.append(.init(id: "1.3", title: "Judged", judgementScale: "met"))
      },
      code: .emptyCriterion, fragment: "criterion '1.3' has no questions and no judgement scale",
      path: "sections[0].criteria[2]"),
    ValidatorCase(
      name: "Presentation declared twice",
      broken: .declaration(declared([Presentation(), Presentation(displayDecimals: 1)])),
      fixed: .declaration(declared([Presentation(displayDecimals: 1)])),
      code: .repeatedSetting, fragment: "Presentation is declared more than once; keep one",
      path: nil, notePaths: [nil]),
    ValidatorCase(
      name: "Period declared twice",
      broken: .declaration(declared([Period("2009"), Period("2010", to: "2012")])),
      fixed: .declaration(declared([Period("2009", to: "2012")])),
      code: .repeatedSetting, fragment: "Period is declared more than once", path: nil,
      notePaths: [nil]),
  ]

  static let references: [ValidatorCase] = [
    ValidatorCase(
      name: "question names an undeclared theme",
      broken: valid { $0.sections[0].criteria[0].questions[1].themes = ["Roh"] },
      fixed: valid { $0.sections[0].criteria[0].questions[1].themes = ["RoH"] },
      code: .unknownTheme,
      fragment: "question '1.1.b' names theme 'Roh', which is not declared; declare it or fix "
        + "the name. Did you mean 'RoH'?",
      path: "\(P.q11b).themes[0]"),
    ValidatorCase(
      name: "headline names an undeclared theme",
      broken: valid { $0.headlines[0].theme = "Harm" },
      fixed: valid { $0.headlines[0].theme = "RoH" },
      code: .unknownTheme, fragment: "headline 'RoH' names theme 'Harm', which is not declared",
      path: "headlines[0].theme"),
    ValidatorCase(
      name: "question names an undeclared answer scale",
      broken: valid { $0.sections[0].criteria[0].questions[0].scale = "quality" },
      fixed: valid {
        $0.sections[0].criteria[0].questions[0].scale = "quality"
        $0.scales.append(
          .init(
            id: "quality", title: "Quality",
            options: [
              .init(code: "good", label: "Good", effect: .sufficient),
              .init(code: "poor", label: "Poor", effect: .insufficient),
            ]))
      },
      code: .unknownScale,
      fragment: "question '1.1.a' names answer scale 'quality', which is "
        + "not declared", path: "\(P.q11a).scale"),
    ValidatorCase(
      name: "criterion names an undeclared grade scale",
      broken: valid { $0.sections[0].criteria[0].gradeScale = "conclusions" },
      fixed: valid { $0.sections[0].criteria[0].gradeScale = "conclusion" },
      code: .unknownGradeScale,
      fragment: "criterion '1.1' names grade scale 'conclusions', which is not declared; "
        + "declare it or fix the name. Did you mean 'conclusion'?",
      path: "\(P.c11).gradeScale"),
    ValidatorCase(
      name: "judgement scale names an undeclared advisory grade scale",
      broken: valid { $0.judgementScales[0].advisory = "conclusoin" },
      fixed: valid { $0.judgementScales[0].advisory = "conclusion" },
      code: .unknownGradeScale,
      fragment: "judgement scale 'met' names advisory grade scale 'conclusoin'",
      path: "judgementScales[0].advisory"),
    ValidatorCase(
      name: "criterion names an undeclared judgement scale",
      broken: valid { $0.sections[0].criteria[1].judgementScale = "mett" },
      fixed: valid { $0.sections[0].criteria[1].judgementScale = "met" },
      code: .unknownJudgementScale, fragment: "criterion '1.2' names judgement scale 'mett'",
      path: "\(P.c12).judgementScale"),
    ValidatorCase(
      name: "headline names an undeclared section",
      broken: valid { $0.headlines[0].sections = ["1", "9"] },
      fixed: valid { $0.headlines[0].sections = [] },
      code: .unknownSection, fragment: "headline 'RoH' names section '9', which is not declared",
      path: "headlines[0].sections[1]"),
    ValidatorCase(
      name: "overall rating names an unknown item",
      broken: valid { $0.overall[0].items.append("1.9") },
      fixed: valid { $0.overall[0].items = ["1.1"] },
      code: .unknownItem, fragment: "overall rating 'overall' names item '1.9'",
      path: "overall[0].items[2]"),
  ]

  static let applicability: [ValidatorCase] = [
    ValidatorCase(
      name: "applicability over an undeclared attribute",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .attribute(
          "caseType", in: ["licence"])
      },
      fixed: validDocument,
      code: .unknownAttribute,
      fragment: "question '1.1.b' is relevant on attribute 'caseType', which is not declared; "
        + "declare it with Attribute(…). Did you mean 'case_type'?",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability over an undeclared value",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability =
          .not(.attribute("case_type", in: ["community", "licenc"]))
      },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability =
          .not(.attribute("case_type", in: ["community", "licence"]))
      },
      code: .unknownAttributeValue,
      fragment: "question '1.1.b' tests attribute 'case_type' for 'licenc', which is not one of "
        + "its values ('community', 'licence'). Did you mean 'licence'?",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability over a later question",
      broken: valid {
        $0.sections[0].criteria[0].questions[0].applicability = .answer("1.1.b", in: ["yes"])
      },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .all([
          .attribute("case_type", in: ["licence"]), .answer("1.1.a", in: ["yes"]),
        ])
      },
      code: .unknownAnswerReference,
      fragment: "question '1.1.a' depends on question '1.1.b', which is declared later",
      path: "\(P.q11a).applicability"),
    ValidatorCase(
      name: "applicability over an undeclared question",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .any([
          .attribute("case_type", in: ["licence"]), .answer("9.9.z", in: ["yes"]),
        ])
      },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .any([
          .attribute("case_type", in: ["licence"]), .answer("1.1.a", in: ["yes"]),
        ])
      },
      code: .unknownAnswerReference,
      fragment: "question '1.1.b' depends on question '9.9.z', which is not declared",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability over its own answer",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .answer("1.1.b", in: ["yes"])
      },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .answer("1.1.a", in: ["yes"])
      },
      code: .unknownAnswerReference, fragment: "question '1.1.b' depends on its own answer",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability over an unknown answer code",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .answer(
          "1.1.a", in: ["yes", "maybe"])
      },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .answer("1.1.a", in: ["yes", "na"])
      },
      code: .unknownAnswerCode,
      fragment: "question '1.1.b' tests the answer to '1.1.a' for 'maybe', which is not an "
        + "option of its scale 'yes-no' ('yes', 'no', 'na')",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability with empty values",
      broken: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .attribute("case_type", in: [])
      },
      fixed: validDocument,
      code: .emptyCondition,
      fragment: "question '1.1.b' tests 'case_type' against no values, so it is never relevant",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability with an empty 'all'",
      broken: valid { $0.sections[0].criteria[0].questions[1].applicability = .all([]) },
      fixed: valid { $0.sections[0].criteria[0].questions[1].applicability = nil },
      code: .emptyCondition, fragment: "question '1.1.b' has an empty 'all'/'any' condition",
      path: "\(P.q11b).applicability"),
    ValidatorCase(
      name: "applicability with an empty 'any' nested in 'not'",
      broken: valid { $0.sections[0].criteria[0].questions[1].applicability = .not(.any([])) },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].applicability = .not(
          .any([.attribute("case_type", in: ["community"])]))
      },
      code: .emptyCondition, fragment: "has an empty 'all'/'any' condition",
      path: "\(P.q11b).applicability"),
  ]

  static let scalesAndAttributes: [ValidatorCase] = [
    ValidatorCase(
      name: "answer scale without an insufficient option",
      broken: valid {
        $0.scales.append(
          .init(
            id: "agree", title: "Agree",
            options: [
              .init(code: "agree", label: "Agree", effect: .sufficient),
              .init(code: "na", label: "Not applicable", effect: .notRelevant),
            ]))
      },
      fixed: valid {
        $0.scales.append(
          .init(
            id: "agree", title: "Agree",
            options: [
              .init(code: "agree", label: "Agree", effect: .sufficient),
              .init(code: "disagree", label: "Disagree", effect: .insufficient),
            ]))
      },
      code: .scaleWithoutLine,
      fragment: "answer scale 'agree' has no line: add an insufficient option",
      path: "scales[1]"),
    ValidatorCase(
      name: "answer scale with neither side of the line",
      broken: valid {
        $0.scales.append(
          .init(
            id: "na-only", title: "NA",
            options: [.init(code: "na", label: "Not applicable", effect: .notRelevant)]))
      },
      fixed: validDocument,
      code: .scaleWithoutLine,
      fragment: "answer scale 'na-only' has no line: add a sufficient and an insufficient option",
      path: "scales[1]"),
    ValidatorCase(
      name: "attribute without values",
      broken: valid { $0.attributes.append(.init(id: "ppo", title: "PPO", values: [])) },
      fixed: valid { $0.attributes.append(.init(id: "ppo", title: "PPO", values: ["yes", "no"])) },
      code: .emptyAttribute, fragment: "attribute 'ppo' declares no values",
      path: "attributes[1]"),
  ]

  static let aggregation: [ValidatorCase] = [
    ValidatorCase(
      name: "two summary questions",
      broken: valid {
        $0.sections[0].criteria[0].questions[0].role = .summary
        $0.sections[0].criteria[0].questions[1].role = .summary
      },
      fixed: valid(withSummary),
      code: .multipleSummaries,
      fragment: "criterion '1.1' has more than one summary question ('1.1.b')",
      path: P.q11b, notePaths: [P.q11a]),
    ValidatorCase(
      name: "summary weighting without a summary question",
      broken: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: 0.8, summary: 0.2)
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: 0.8, summary: 0.2)
        withSummary(&$0)
      },
      code: .summaryRuleWithoutSummary,
      fragment: "criterion '1.1' weights individual and summary questions but has no summary "
        + "question", path: "\(P.c11).rule"),
    ValidatorCase(
      name: "shares that do not sum to 1",
      broken: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: 0.7, summary: 0.1)
        withSummary(&$0)
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: 0.7, summary: 0.3)
        withSummary(&$0)
      },
      code: .sharesDoNotSum,
      // 0.7 + 0.1 is 0.7999999999999999 in binary floating point: the message says 0.8.
      fragment: "the shares of criterion '1.1' sum to 0.8; they must sum to 1",
      path: "\(P.c11).rule"),
    ValidatorCase(
      name: "negative share",
      broken: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: -0.2, summary: 1.2)
        withSummary(&$0)
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .individualSummary(individual: 0, summary: 1)
        withSummary(&$0)
      },
      code: .negativeWeight, fragment: "criterion '1.1' has a negative or non-finite share",
      path: "\(P.c11).rule"),
    ValidatorCase(
      name: "negative question weight",
      broken: valid {
        $0.sections[0].criteria[0].rule = .weightedQuestions
        $0.sections[0].criteria[0].questions[0].weight = -1
        $0.sections[0].criteria[0].questions[1].weight = 2
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .weightedQuestions
        $0.sections[0].criteria[0].questions[0].weight = 1
        $0.sections[0].criteria[0].questions[1].weight = 2
      },
      code: .negativeWeight, fragment: "question '1.1.a' has weight -1",
      path: "\(P.q11a).weight"),
    ValidatorCase(
      name: "negative criterion weight",
      broken: valid {
        $0.sections[0].rule = .weightedCriteria
        $0.sections[0].criteria[0].weight = -3
        $0.sections[0].criteria[1].weight = 1
      },
      fixed: valid {
        $0.sections[0].rule = .weightedCriteria
        $0.sections[0].criteria[0].weight = 3
        $0.sections[0].criteria[1].weight = 1
      },
      code: .negativeWeight, fragment: "criterion '1.1' has weight -3",
      path: "\(P.c11).weight"),
    ValidatorCase(
      name: "negative section weight",
      broken: valid { $0.sections[0].weight = -2 },
      fixed: valid { $0.sections[0].weight = 2 },
      code: .negativeWeight, fragment: "section '1' has weight -2", path: "sections[0].weight"),
    ValidatorCase(
      name: "question weight beyond the limit",
      broken: valid {
        $0.sections[0].criteria[0].rule = .weightedQuestions
        $0.sections[0].criteria[0].questions[0].weight = 1e308
        $0.sections[0].criteria[0].questions[1].weight = 2
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .weightedQuestions
        $0.sections[0].criteria[0].questions[0].weight = 1_000_000
        $0.sections[0].criteria[0].questions[1].weight = 2
      },
      code: .numberBeyondLimit,
      fragment: "the weight of question '1.1.a' is 1e+308; it must be at most 1000000",
      path: "\(P.q11a).weight"),
    ValidatorCase(
      name: "band points beyond the limit",
      broken: valid { $0.gradeScales[0].bands[0].points = -2e6 },
      fixed: valid { $0.gradeScales[0].bands[0].points = -1e6 },
      code: .numberBeyondLimit,
      fragment: "the points of band 'good' of grade scale 'conclusion' is -2000000",
      path: "gradeScales[0].bands[0].points"),
    ValidatorCase(
      name: "section rule on a criterion",
      broken: valid { $0.sections[0].criteria[0].rule = .meanOfCriteria },
      fixed: valid { $0.sections[0].criteria[0].rule = .pooledQuestions },
      code: .ruleNotAllowed,
      fragment: "criterion '1.1' uses rule 'meanOfCriteria', which does not apply to a "
        + "criterion; use one of 'meanOfQuestions'",
      path: "\(P.c11).rule"),
    ValidatorCase(
      name: "criterion rule on a section",
      broken: valid { $0.sections[0].rule = .meanOfQuestions },
      fixed: valid { $0.sections[0].rule = .pooledQuestions },
      code: .ruleNotAllowed, fragment: "section '1' uses rule 'meanOfQuestions'",
      path: "sections[0].rule"),
    ValidatorCase(
      name: "section rule on a headline",
      broken: valid { $0.headlines[0].rule = .meanOfCriteria },
      fixed: valid { $0.headlines[0].rule = .pooledQuestions },
      code: .ruleNotAllowed,
      fragment: "headline 'RoH' uses rule 'meanOfCriteria', which does not apply to a headline",
      path: "headlines[0].rule"),
    ValidatorCase(
      name: "mean rule on an overall rating",
      broken: valid { $0.overall[0].rule = .meanOfCriteria },
      fixed: valid { $0.overall[0].rule = .sumOfBandPoints },
      code: .ruleNotAllowed, fragment: "overall rating 'overall' uses rule 'meanOfCriteria'",
      path: "overall[0].rule"),
    ValidatorCase(
      name: "minimum of key questions without key questions",
      broken: valid { $0.sections[0].criteria[0].rule = .minimumOfKeyQuestions },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .minimumOfKeyQuestions
        $0.sections[0].criteria[0].questions[0].role = .key
        $0.sections[0].criteria[0].questions[1].role = .supporting
      },
      code: .keyRuleWithoutKeys,
      fragment: "criterion '1.1' takes the minimum of its key questions but has none",
      path: "\(P.c11).rule"),
    ValidatorCase(
      name: "question weight the rule ignores",
      broken: valid { $0.sections[0].criteria[0].questions[0].weight = 2 },
      fixed: valid {
        $0.sections[0].criteria[0].questions[0].weight = 2
        $0.sections[0].criteria[0].rule = .weightedQuestions
      },
      code: .unusedWeight, severity: .warning,
      fragment: "question '1.1.a' has a weight, but criterion '1.1' does not weight its "
        + "questions (rule 'meanOfQuestions')",
      path: "\(P.q11a).weight"),
    ValidatorCase(
      name: "criterion weight the rule ignores",
      broken: valid { $0.sections[0].criteria[1].weight = 2 },
      fixed: valid {
        $0.sections[0].criteria[1].weight = 2
        $0.sections[0].rule = .weightedCriteria
      },
      code: .unusedWeight, severity: .warning,
      fragment: "criterion '1.2' has a weight, but section '1' does not weight its criteria",
      path: "\(P.c12).weight"),
    ValidatorCase(
      name: "key role the rule ignores",
      broken: valid { $0.sections[0].criteria[0].questions[1].role = .key },
      fixed: valid {
        $0.sections[0].criteria[0].questions[1].role = .key
        $0.sections[0].criteria[0].questions[0].role = .supporting
        $0.sections[0].criteria[0].rule = .minimumOfKeyQuestions
      },
      code: .unusedWeight, severity: .warning,
      fragment: "question '1.1.b' is a key question, but criterion '1.1' uses rule "
        + "'meanOfQuestions', which ignores key and supporting roles",
      path: "\(P.q11b).role"),
    ValidatorCase(
      name: "supporting role the rule ignores",
      broken: valid { $0.sections[0].criteria[0].questions[1].role = .supporting },
      fixed: validDocument,
      code: .unusedWeight, severity: .warning,
      fragment: "question '1.1.b' is a supporting question, but criterion '1.1' uses rule "
        + "'meanOfQuestions'",
      path: "\(P.q11b).role"),
    ValidatorCase(
      name: "question neither key nor supporting under the minimum of key questions",
      broken: valid {
        $0.sections[0].criteria[0].rule = .minimumOfKeyQuestions
        $0.sections[0].criteria[0].questions[0].role = .key
      },
      fixed: valid {
        $0.sections[0].criteria[0].rule = .minimumOfKeyQuestions
        $0.sections[0].criteria[0].questions[0].role = .key
        $0.sections[0].criteria[0].questions[1].role = .key
      },
      code: .questionIgnoredByRule, severity: .warning,
      fragment: "question '1.1.b' is not a key question, so criterion '1.1', the lowest of its "
        + "key questions, ignores it; mark it role: .key if it counts, or role: .supporting",
      path: P.q11b),
  ]

  /// Groupings, overrides and conditions on sections and criteria.
  static let ratings: [ValidatorCase] = [
    ValidatorCase(
      name: "grouping with a grade scale",
      broken: valid {
        $0.sections[0].scored = false
        $0.sections[0].gradeScale = "conclusion"
      },
      fixed: valid { $0.sections[0].scored = false },
      code: .groupingWithScoreSetting,
      fragment: "section '1' is a grouping only (scored: false), so it has no score, but it "
        + "declares a grade scale",
      path: "sections[0].gradeScale"),
    ValidatorCase(
      name: "overall rating over a grouping",
      broken: valid {
        $0.sections[0].scored = false
        $0.overall[0].items = ["1", "1.2"]
      },
      fixed: valid { $0.sections[0].scored = false },
      code: .unscoredItem,
      fragment: "overall rating 'overall' sums the points of section '1', which is a grouping "
        + "only and has no score or band; name its criteria ('1.1', '1.2')",
      path: "overall[0].items[0]"),
    ValidatorCase(
      name: "judged criterion declared overridable",
      broken: valid { $0.sections[0].criteria[1].override = OverridePolicy() },
      fixed: valid { $0.sections[0].criteria[0].override = OverridePolicy() },
      code: .overrideWithoutBand,
      fragment: "criterion '1.2' is judged (it names a judgement scale) and declared overridable",
      path: "\(P.c12).override"),
    ValidatorCase(
      name: "overridable criterion without a grade scale",
      broken: .document(
        Fixtures.minimal { $0.sections[0].criteria[0].override = OverridePolicy() }),
      fixed: .document(Fixtures.minimal),
      code: .overrideWithoutBand,
      fragment: "criterion '1.1' is declared overridable but has no grade scale",
      path: "sections[0].criteria[0].override"),
    ValidatorCase(
      name: "section condition over an undeclared attribute",
      broken: valid { $0.sections[0].applicability = .attribute("case_typ", in: ["licence"]) },
      fixed: valid { $0.sections[0].applicability = .attribute("case_type", in: ["licence"]) },
      code: .unknownAttribute,
      fragment: "section '1' is relevant on attribute 'case_typ', which is not declared; "
        + "declare it with Attribute(…). Did you mean 'case_type'?",
      path: "sections[0].applicability"),
    ValidatorCase(
      name: "criterion condition over one of its own questions",
      broken: valid {
        $0.sections[0].criteria[1].applicability = nil
        $0.sections[0].criteria[0].applicability = .answer("1.1.a", in: ["yes"])
      },
      fixed: valid {
        $0.sections[0].criteria[1].applicability = .answer("1.1.a", in: ["yes"])
      },
      code: .unknownAnswerReference,
      fragment: "criterion '1.1' depends on question '1.1.a', which is one of its own questions",
      path: "\(P.c11).applicability"),
    ValidatorCase(
      name: "gap between whole bounds on a percentage scale",
      broken: bands([
        good, priority(.atLeast(60), .atMost(69)), urgent,
      ]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .bandsLeaveGap,
      fragment: "leaves values from 69 to 70 in no band, before band 'good'; close it by ending "
        + "band 'priority' below: 70 (instead of atMost: 69), or starting band 'good' above: 69 "
        + "(instead of atLeast: 70)",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
  ]

  /// `valid` with the conclusion bands replaced.
  private static func bands(
    _ bands: [FrameworkDocument.Band], basis: BandingBasis = .raw
  ) -> ValidationSubject {
    valid {
      $0.gradeScales[0].bands = bands
      $0.gradeScales[0].basis = basis
    }
  }

  private static let good = FrameworkDocument.Band(
    id: "good", label: "Good", lower: .atLeast(70), points: 2)
  private static let urgent = FrameworkDocument.Band(
    id: "urgent", label: "Urgent", upper: .below(60), points: 0)
  private static func priority(_ lower: Bound?, _ upper: Bound?) -> FrameworkDocument.Band {
    .init(id: "priority", label: "Priority", lower: lower, upper: upper, points: 1)
  }

  static let gradeScales: [ValidatorCase] = [
    ValidatorCase(
      name: "bands overlap at a point (both inclusive)",
      broken: bands([good, priority(.atLeast(60), .atMost(70)), urgent]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .bandsOverlap,
      fragment: "band 'good' of grade scale 'conclusion' overlaps band 'priority' at 70; make "
        + "one bound exclusive",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
    ValidatorCase(
      name: "bands overlap over a range",
      broken: bands([good, priority(.atLeast(60), .below(75)), urgent]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .bandsOverlap,
      fragment: "band 'good' of grade scale 'conclusion' overlaps band 'priority' from 70 to 75",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
    ValidatorCase(
      name: "band nested inside another (an overlap, and no gap after it)",
      broken: bands([
        FrameworkDocument.Band(id: "all", label: "All", points: 1),
        FrameworkDocument.Band(
          id: "inner", label: "Inner", lower: .atLeast(20), upper: .below(30), points: 0),
      ]),
      fixed: bands([
        FrameworkDocument.Band(id: "all", label: "All", upper: .below(20), points: 1),
        FrameworkDocument.Band(id: "inner", label: "Inner", lower: .atLeast(20), points: 0),
      ]),
      code: .bandsOverlap,
      fragment: "band 'inner' of grade scale 'conclusion' overlaps band 'all' from 20 to 30",
      path: "gradeScales[0].bands[1]", notePaths: ["gradeScales[0].bands[0]"]),
    ValidatorCase(
      name: "gap at a point (both bounds exclusive)",
      broken: bands([
        FrameworkDocument.Band(id: "good", label: "Good", lower: .above(70), points: 2),
        priority(.atLeast(60), .below(70)), urgent,
      ]),
      fixed: bands([
        FrameworkDocument.Band(id: "good", label: "Good", lower: .above(70), points: 2),
        priority(.atLeast(60), .atMost(70)), urgent,
      ]),
      code: .bandsLeaveGap,
      fragment: "grade scale 'conclusion' leaves 70 in no band, before band 'good'",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
    ValidatorCase(
      name: "gap between bands",
      broken: bands([good, priority(.atLeast(60), .below(65)), urgent]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .bandsLeaveGap,
      fragment: "grade scale 'conclusion' leaves values from 65 to 70 in no band, before band "
        + "'good'",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
    ValidatorCase(
      name: "gap at the top of the range",
      broken: bands([
        FrameworkDocument.Band(
          id: "good", label: "Good", lower: .atLeast(70), upper: .below(100), points: 2),
        priority(.atLeast(60), .below(70)), urgent,
      ]),
      fixed: bands([
        FrameworkDocument.Band(
          id: "good", label: "Good", lower: .atLeast(70), upper: .atMost(100), points: 2),
        priority(.atLeast(60), .below(70)), urgent,
      ]),
      code: .bandsLeaveGap,
      fragment: "grade scale 'conclusion' leaves 100 in no band; extend the top band",
      path: "gradeScales[0]"),
    ValidatorCase(
      name: "gap at the bottom of the range",
      broken: bands([
        good, priority(.atLeast(60), .below(70)),
        FrameworkDocument.Band(
          id: "urgent", label: "Urgent", lower: .above(0), upper: .below(60), points: 0),
      ]),
      fixed: bands([
        good, priority(.atLeast(60), .below(70)),
        FrameworkDocument.Band(
          id: "urgent", label: "Urgent", lower: .atLeast(0), upper: .below(60), points: 0),
      ]),
      code: .bandsLeaveGap,
      fragment: "grade scale 'conclusion' leaves 0 in no band, before band 'urgent'",
      path: "gradeScales[0].bands[2]"),
    ValidatorCase(
      name: "gap between bands of a scale banding the displayed value",
      broken: bands([good, priority(.atLeast(60), .below(69.5)), urgent], basis: .displayed),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent], basis: .displayed),
      code: .bandsLeaveGap,
      fragment: "leaves values from 69.5 to 70 in no band, before band 'good'",
      path: "gradeScales[0].bands[0]", notePaths: ["gradeScales[0].bands[1]"]),
    ValidatorCase(
      name: "bands out of order",
      broken: bands([good, urgent, priority(.atLeast(60), .below(70))]),
      fixed: bands([urgent, priority(.atLeast(60), .below(70)), good]),
      code: .bandsOutOfOrder,
      fragment: "the bands of grade scale 'conclusion' are out of order", path: "gradeScales[0]"),
    ValidatorCase(
      name: "bound outside the range",
      broken: bands([
        FrameworkDocument.Band(
          id: "good", label: "Good", lower: .atLeast(70), upper: .atMost(110), points: 2),
        priority(.atLeast(60), .below(70)), urgent,
      ]),
      fixed: bands([
        FrameworkDocument.Band(
          id: "good", label: "Good", lower: .atLeast(70), upper: .atMost(100), points: 2),
        priority(.atLeast(60), .below(70)), urgent,
      ]),
      code: .invalidBound,
      fragment: "band 'good' of grade scale 'conclusion' has bound 110 outside the scale's "
        + "range 0–100",
      path: "gradeScales[0].bands[0]"),
    ValidatorCase(
      name: "empty band (lower above upper)",
      broken: bands([good, priority(.atLeast(70), .below(60)), urgent]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .invalidBound,
      fragment: "band 'priority' of grade scale 'conclusion' is empty: ≥ 70 and < 60",
      path: "gradeScales[0].bands[1]"),
    ValidatorCase(
      name: "empty band (equal bounds, one exclusive)",
      broken: bands([
        good, priority(.atLeast(60), .below(60)),
        FrameworkDocument.Band(id: "urgent", label: "Urgent", upper: .below(60), points: 0),
      ]),
      fixed: bands([good, priority(.atLeast(60), .below(70)), urgent]),
      code: .invalidBound, fragment: "band 'priority' of grade scale 'conclusion' is empty",
      path: "gradeScales[0].bands[1]"),
    ValidatorCase(
      name: "inverted range",
      broken: valid { $0.gradeScales[1].range = ScoreRange(minimum: 4, maximum: 0) },
      fixed: valid { $0.gradeScales[1].range = ScoreRange(minimum: 0, maximum: 4) },
      code: .invalidBound,
      fragment: "grade scale 'points' has range 4–0; the minimum must be below the maximum",
      path: "gradeScales[1].range"),
    ValidatorCase(
      name: "band with two lower bounds (declaration)",
      broken: .declaration(
        declared([
          GradeScale("pass", "Pass") {
            Band("pass", "Pass", atLeast: 50, above: 50)
            Band("fail", "Fail", below: 50)
          }
        ])),
      fixed: .declaration(
        declared([
          GradeScale("pass", "Pass") {
            Band("pass", "Pass", atLeast: 50)
            Band("fail", "Fail", below: 50)
          }
        ])),
      code: .invalidBound,
      fragment: "band 'pass' gives both 'atLeast' and 'above'; keep one bound per side",
      path: "gradeScales[0].bands[0]"),
    ValidatorCase(
      name: "grade scale without bands",
      broken: valid { $0.gradeScales.append(.init(id: "empty", title: "Empty", bands: [])) },
      fixed: valid {
        $0.gradeScales.append(
          .init(id: "empty", title: "Any", bands: [.init(id: "any", label: "Any")]))
      },
      code: .emptyGradeScale, fragment: "grade scale 'empty' has no bands",
      path: "gradeScales[2]"),
    ValidatorCase(
      name: "overall rating over a band without points",
      broken: valid { $0.gradeScales[0].bands[1].points = nil },
      fixed: valid { $0.gradeScales[0].bands[1].points = 1.5 },
      code: .missingPoints,
      fragment: "overall rating 'overall' sums the points of '1.1', but grade scale "
        + "'conclusion' has bands without points",
      path: "overall[0].items[0]"),
    ValidatorCase(
      name: "overall rating over a label without points",
      broken: valid { $0.judgementScales[0].labels[1].points = nil },
      fixed: valid { $0.judgementScales[0].labels[1].points = 0.5 },
      code: .missingPoints,
      fragment: "overall rating 'overall' sums the points of '1.2', but judgement scale 'met' "
        + "has labels without points",
      path: "overall[0].items[1]"),
    ValidatorCase(
      name: "overall rating over an item without a scale",
      broken: valid { $0.overall[0].items.append("1") },
      fixed: valid {
        $0.overall[0].items.append("1")
        $0.sections[0].gradeScale = "conclusion"
      },
      code: .missingPoints,
      fragment: "overall rating 'overall' sums the points of '1', which has no grade or "
        + "judgement scale",
      path: "overall[0].items[2]"),
    ValidatorCase(
      name: "judgement scale without labels",
      broken: valid { $0.judgementScales.append(.init(id: "stars", title: "Stars", labels: [])) },
      fixed: valid {
        $0.judgementScales.append(
          .init(id: "stars", title: "Stars", labels: [.init(id: "one", label: "*")]))
      },
      code: .emptyJudgementScale, fragment: "judgement scale 'stars' has no labels",
      path: "judgementScales[1]"),
  ]

  static let themesAndPresentation: [ValidatorCase] = [
    ValidatorCase(
      name: "headline over a theme no question carries",
      broken: valid {
        $0.themes.append(.init(id: "LoR", title: "Reoffending"))
        $0.headlines.append(.init(id: "LoR", title: "Reoffending", theme: "LoR"))
      },
      fixed: valid {
        $0.themes.append(.init(id: "LoR", title: "Reoffending"))
        $0.headlines.append(.init(id: "LoR", title: "Reoffending", theme: "LoR"))
        $0.sections[0].criteria[0].questions[1].themes = ["LoR"]
      },
      code: .headlineWithoutQuestions,
      fragment: "headline 'LoR' averages theme 'LoR', but no question in any section carries it",
      path: "headlines[1]", alsoExpected: [.unusedTheme]),
    ValidatorCase(
      name: "headline over sections without its theme",
      broken: valid {
        $0.sections.append(
          .init(
            id: "2", title: "Two",
            criteria: [.init(id: "2.1", title: "C", questions: [.init(id: "2.1.a", text: "?")])]))
        $0.headlines[0].sections = ["2"]
      },
      fixed: valid {
        $0.sections.append(
          .init(
            id: "2", title: "Two",
            criteria: [.init(id: "2.1", title: "C", questions: [.init(id: "2.1.a", text: "?")])]))
        $0.headlines[0].sections = ["1", "2"]
      },
      code: .headlineWithoutQuestions, fragment: "but no question in sections '2' carries it",
      path: "headlines[0]"),
    ValidatorCase(
      name: "theme no question carries",
      broken: valid { $0.themes.append(.init(id: "LoR", title: "Reoffending")) },
      fixed: valid {
        $0.themes.append(.init(id: "LoR", title: "Reoffending"))
        $0.sections[0].criteria[0].questions[1].themes = ["LoR"]
      },
      code: .unusedTheme, severity: .warning,
      fragment: "theme 'LoR' is declared but no question carries it", path: "themes[1]"),
    ValidatorCase(
      name: "too many display decimals",
      broken: valid { $0.presentation.displayDecimals = 7 },
      fixed: valid { $0.presentation.displayDecimals = 6 },
      code: .invalidPresentation, fragment: "displayDecimals is 7; use 0 to 6",
      path: "presentation.displayDecimals"),
    ValidatorCase(
      name: "minimum relevant cases of zero",
      broken: valid { $0.presentation.minimumRelevantCases = 0 },
      fixed: valid { $0.presentation.minimumRelevantCases = 1 },
      code: .invalidPresentation, fragment: "minimumRelevantCases is 0; use at least 1",
      path: "presentation.minimumRelevantCases"),
  ]

  static let rows: [ValidatorCase] =
    identity + structure + references + applicability + scalesAndAttributes + aggregation
    + ratings + gradeScales + themesAndPresentation + provenance
}

@Suite("Validators")
struct ValidatorTests {
  @Test("The fixture documents are valid")
  func fixturesAreValid() {
    #expect(DocumentValidation.validate(Fixtures.valid).map(\.rendered) == [])
    #expect(DocumentValidation.validate(Fixtures.minimal).map(\.rendered) == [])
  }

  @Test("Every code a validator or lowering emits has a row")
  func everyCodeHasARow() {
    let covered = Set(ValidatorTable.rows.map(\.code.code))
    let validatorCodes = DiagnosticCode.compilerCodes.map(\.code).filter { $0.hasPrefix("IK01") }
    #expect(validatorCodes.count == 44)
    #expect(validatorCodes.filter { !covered.contains($0) } == [])
  }

  // The table is checked by three tests that each loop over its rows (naming the row in every
  // expectation), rather than one test case per row: `swift test` output stays small.

  @Test("A subject breaking one rule reports exactly that rule")
  func brokenSubjectReportsItsRule() {
    for row in ValidatorTable.rows {
      let name = Comment(rawValue: row.testDescription)
      let diagnostics = row.broken.diagnostics
      #expect(
        diagnostics.map(\.code).sorted() == ([row.code] + row.alsoExpected).map(\.code).sorted(),
        "\(name): \(diagnostics.map(\.rendered))")
      guard let diagnostic = diagnostics.first(where: { $0.code == row.code.code }) else {
        Issue.record("\(name): no \(row.code.code)")
        continue
      }
      #expect(diagnostic.severity == row.severity, name)
      #expect(diagnostic.message.contains(row.fragment), "\(name): message: \(diagnostic.message)")
      #expect(diagnostic.path == row.path, name)
      #expect(diagnostic.notes.map(\.path) == row.notePaths, name)
    }
  }

  @Test("The same subject fixed reports nothing")
  func fixedSubjectIsClean() {
    for row in ValidatorTable.rows {
      #expect(row.fixed.diagnostics.map(\.rendered) == [], "\(row.testDescription)")
    }
  }

  @Test("A broken document loaded from JSON reports the same codes, located in the file")
  func brokenDocumentFromJSON() throws {
    for row in ValidatorTable.rows {
      guard case .document(let document) = row.broken else { continue }
      let name = Comment(rawValue: row.testDescription)
      let text = try document.canonicalJSON()
      let loaded = FrameworkLoader.load(bytes: Array(text.utf8), file: "broken.json")
      #expect(
        loaded.diagnostics.map(\.code).sorted()
          == ([row.code] + row.alsoExpected).map(\.code).sorted(), name)
      #expect(loaded.diagnostics.allSatisfy { $0.location?.file == "broken.json" }, name)
      #expect((loaded.document == nil) == (row.severity == .error), name)
      guard let diagnostic = loaded.diagnostics.first(where: { $0.code == row.code.code }) else {
        Issue.record("\(name): no \(row.code.code)")
        continue
      }
      #expect(diagnostic.path == row.path, name)
    }
  }
}
