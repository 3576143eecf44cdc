import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Reading a document (IK00xx).
  public static let invalidJSON = DiagnosticCode(
    "IK0001", "invalid JSON",
    "The file is not well-formed JSON (or is truncated). Fix the syntax at the position given.")
  public static let unsupportedSchemaVersion = DiagnosticCode(
    "IK0002", "unsupported schema version",
    "The document's schemaVersion is missing or not one this InspectionKit reads. "
      + "Recompile the framework with this version of InspectionKit.")
  public static let invalidDocument = DiagnosticCode(
    "IK0003", "invalid document shape",
    "A field has the wrong type, a required field is missing, or a field is unknown. "
      + "Compare the document with docs/schema/framework.schema.json.")
  public static let unreadableFile = DiagnosticCode(
    "IK0004", "unreadable file", "The file could not be read. Check the path and permissions.")
  public static let fingerprintMismatch = DiagnosticCode(
    "IK0005", "fingerprint does not match",
    "The document's recorded fingerprint is not the SHA-256 of its content: it was edited after "
      + "compiling. Recompile it, or accept the content's fingerprint.")

  // Identity and structure (IK010x).
  public static let duplicateID = DiagnosticCode(
    "IK0101", "duplicate id",
    "Two elements share an id in one namespace (sections, criteria, questions, headlines and "
      + "overall ratings share one). Rename one; the note points at the first.")
  public static let malformedID = DiagnosticCode(
    "IK0102", "malformed id",
    "Ids start with a letter or digit and use only letters, digits, '.', '_' and '-'; codes and "
      + "values must be non-empty without surrounding spaces or control characters.")
  public static let emptyFramework = DiagnosticCode(
    "IK0103", "empty framework", "A framework needs at least one section.")
  public static let emptySection = DiagnosticCode(
    "IK0104", "empty section", "A section needs at least one criterion.")
  public static let emptyCriterion = DiagnosticCode(
    "IK0105", "empty criterion",
    "A criterion needs questions, or a judgement scale if inspectors grade it by judgement.")
  public static let repeatedSetting = DiagnosticCode(
    "IK0106", "setting declared twice",
    "Period, Summary, Presentation and Historical may each be declared once per framework.")

  // References (IK011x–IK012x).
  public static let unknownTheme = DiagnosticCode(
    "IK0111", "unknown theme",
    "A question or headline names a theme the framework does not declare.")
  public static let unknownScale = DiagnosticCode(
    "IK0112", "unknown answer scale", "A question names an answer scale that is not declared.")
  public static let unknownAttribute = DiagnosticCode(
    "IK0113", "unknown attribute", "An applicability expression reads an undeclared case attribute."
  )
  public static let unknownAttributeValue = DiagnosticCode(
    "IK0114", "unknown attribute value",
    "An applicability expression tests a value the attribute does not declare.")
  public static let unknownAnswerReference = DiagnosticCode(
    "IK0115", "unknown or later question",
    "Applicability may only read answers to questions declared earlier in the framework.")
  public static let unknownAnswerCode = DiagnosticCode(
    "IK0116", "unknown answer code",
    "An applicability expression tests an answer code the question's scale does not have.")
  public static let unknownGradeScale = DiagnosticCode(
    "IK0117", "unknown grade scale", "An item names a grade scale that is not declared.")
  public static let unknownJudgementScale = DiagnosticCode(
    "IK0118", "unknown judgement scale", "An item names a judgement scale that is not declared.")
  public static let unknownSection = DiagnosticCode(
    "IK0119", "unknown section", "A headline names a section that is not declared.")
  public static let unknownItem = DiagnosticCode(
    "IK0120", "unknown item",
    "An overall rating names an item that is not a criterion, section or headline.")
  public static let emptyCondition = DiagnosticCode(
    "IK0121", "empty condition",
    "An applicability test lists no values, or 'all'/'any' has no terms; it can never be what "
      + "you meant.")
  public static let unknownSource = DiagnosticCode(
    "IK0122", "unknown source",
    "A provenance entry cites a source id the framework does not declare. Declare it with "
      + "Source(id: …, publisher: …, title: …, date: …, reference: …) or fix the id.")
  public static let unscoredItem = DiagnosticCode(
    "IK0123", "item has no score",
    "An overall rating names a section declared as a grouping only (scored: false), which has "
      + "no score or band. Name the grouping's criteria, or score the section.")

  // Scales and attributes (IK013x).
  public static let scaleWithoutLine = DiagnosticCode(
    "IK0131", "answer scale without a line",
    "An answer scale needs at least one sufficient and one insufficient option.")
  public static let emptyAttribute = DiagnosticCode(
    "IK0133", "attribute without values", "A case attribute must declare its allowed values.")

  // Aggregation (IK0141–IK0150).
  public static let multipleSummaries = DiagnosticCode(
    "IK0141", "more than one summary question",
    "A criterion has at most one summary question.")
  public static let summaryRuleWithoutSummary = DiagnosticCode(
    "IK0142", "summary weighting without a summary question",
    "individualSummary weighting needs exactly one question with role summary.")
  public static let negativeWeight = DiagnosticCode(
    "IK0143", "negative weight", "Weights and shares must be finite and not negative.")
  public static let sharesDoNotSum = DiagnosticCode(
    "IK0144", "shares do not sum to 1",
    "The individual and summary shares of a criterion must add up to 1 (e.g. 0.8 and 0.2).")
  public static let ruleNotAllowed = DiagnosticCode(
    "IK0145", "rule not allowed here",
    "The aggregation rule does not apply at this level (e.g. meanOfCriteria on a criterion).")
  public static let keyRuleWithoutKeys = DiagnosticCode(
    "IK0146", "minimum of key questions without key questions",
    "minimumOfKeyQuestions needs at least one question with role key.")
  public static let unusedWeight = DiagnosticCode(
    "IK0147", "weight or role has no effect",
    "A weight or role is declared where the rule ignores it; remove it or change the rule.")
  public static let numberBeyondLimit = DiagnosticCode(
    "IK0148", "number beyond its limit",
    "A weight, points value, grade-scale range or small-sample minimum is not finite or is "
      + "beyond the limit that keeps every score exact (docs/limits.md): weights at most "
      + "1,000,000, points within ±1,000,000, ranges within ±1,000,000,000.")
  public static let groupingWithScoreSetting = DiagnosticCode(
    "IK0149", "grouping with a score setting",
    "A section declared as a grouping only (scored: false) has no score, yet declares a rule, "
      + "weight, grade scale, judgement scale, override or rule citation. Remove them, or score "
      + "the section.")
  public static let questionIgnoredByRule = DiagnosticCode(
    "IK0150", "question ignored by the minimum of key questions",
    "A criterion takes the lowest of its key questions, and a question in it is neither key nor "
      + "supporting, so the rule ignores it without a word. Mark it role: .key if it counts, "
      + "or role: .supporting if it only informs the key questions.")

  // Grade and judgement scales (IK015x–IK016x).
  public static let bandsOverlap = DiagnosticCode(
    "IK0151", "bands overlap", "Two bands of a grade scale contain the same values.")
  public static let bandsLeaveGap = DiagnosticCode(
    "IK0152", "bands leave a gap",
    "Some values of the scale's range fall in no band. The message says which bound to change "
      + "(e.g. below: 7 instead of atMost: 6). On a scale of whole points (an overall rating "
      + "whose items all carry whole points) only whole values need a band, so atMost: 6 and "
      + "atLeast: 7 meet.")
  public static let bandsOutOfOrder = DiagnosticCode(
    "IK0153", "bands out of order",
    "Declare bands in ascending or descending order of their bounds.")
  public static let invalidBound = DiagnosticCode(
    "IK0154", "invalid band bound",
    "A bound lies outside the scale's range, a band's lower bound exceeds its upper, or a side "
      + "has two bounds.")
  public static let emptyGradeScale = DiagnosticCode(
    "IK0155", "empty grade scale", "A grade scale needs at least one band.")
  public static let missingPoints = DiagnosticCode(
    "IK0156", "band or label without points",
    "An overall rating sums points, so every band or label its items can take needs points.")
  public static let emptyJudgementScale = DiagnosticCode(
    "IK0161", "empty judgement scale", "A judgement scale needs at least one label.")
  public static let overrideWithoutBand = DiagnosticCode(
    "IK0162", "override without a computed band",
    "An item declared overridable needs a computed band to override: a grade scale, and no "
      + "judgement scale (a judgement is already the inspectors' rating).")

  // Themes and headlines (IK017x).
  public static let headlineWithoutQuestions = DiagnosticCode(
    "IK0171", "headline over no questions",
    "No question in the headline's sections carries its theme, so it can never be scored.")
  public static let unusedTheme = DiagnosticCode(
    "IK0172", "unused theme", "A theme is declared but no question carries it.")

  // Presentation and provenance (IK018x).
  public static let invalidPresentation = DiagnosticCode(
    "IK0181", "invalid presentation",
    "displayDecimals must be 0–6 and minimumRelevantCases at least 1.")
  public static let missingProvenance = DiagnosticCode(
    "IK0182", "missing provenance",
    "A historical framework must say where each part comes from: cite a declared source on "
      + "every question, criterion, section, scale, headline and overall rating, on every rule "
      + "and on every headline's membership, with .from(\"id\", at: …, basis: …). See "
      + "docs/provenance.md.")
  public static let incompleteProvenance = DiagnosticCode(
    "IK0183", "incomplete provenance",
    "A provenance entry needs a source and a place; an inferred rule must say what it "
      + "reproduces; a source cited by a historical framework needs its publisher, date and "
      + "where to find it.")

  /// Every code the compiler and document loader report, in code order.
  public static let compilerCodes: [DiagnosticCode] = [
    .invalidJSON, .unsupportedSchemaVersion, .invalidDocument, .unreadableFile,
    .fingerprintMismatch,
    .duplicateID, .malformedID, .emptyFramework, .emptySection, .emptyCriterion,
    .repeatedSetting, .unknownTheme, .unknownScale, .unknownAttribute, .unknownAttributeValue,
    .unknownAnswerReference, .unknownAnswerCode, .unknownGradeScale, .unknownJudgementScale,
    .unknownSection, .unknownItem, .emptyCondition, .unknownSource, .unscoredItem,
    .scaleWithoutLine,
    .emptyAttribute,
    .multipleSummaries, .summaryRuleWithoutSummary, .negativeWeight, .sharesDoNotSum,
    .ruleNotAllowed, .keyRuleWithoutKeys, .unusedWeight, .numberBeyondLimit,
    .groupingWithScoreSetting, .questionIgnoredByRule, .bandsOverlap, .bandsLeaveGap,
    .bandsOutOfOrder, .invalidBound, .emptyGradeScale, .missingPoints, .emptyJudgementScale,
    .overrideWithoutBand,
    .headlineWithoutQuestions, .unusedTheme, .invalidPresentation, .missingProvenance,
    .incompleteProvenance,
  ]
}
