import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Samples (IK02xx).
  public static let unreadableSample = DiagnosticCode(
    "IK0201", "unreadable sample",
    "The sample is not well-formed CSV or JSON, or cannot be read. Fix it at the position given.")
  public static let missingColumn = DiagnosticCode(
    "IK0202", "missing column",
    "The sample lacks a column the framework needs: 'case', each attribute and each question. "
      + "'inspect template' writes the header.")
  public static let unknownColumn = DiagnosticCode(
    "IK0203", "unknown column",
    "The sample has a column that is neither 'case', 'excluded', an attribute nor a question.")
  public static let duplicateColumn = DiagnosticCode(
    "IK0204", "duplicate column", "Two columns of the sample have the same name.")
  public static let missingCaseID = DiagnosticCode(
    "IK0205", "missing case id", "Every case needs a non-empty id in the 'case' column.")
  public static let duplicateCaseID = DiagnosticCode(
    "IK0206", "duplicate case id", "Two cases share an id; each case must be listed once.")
  public static let answerNotOnScale = DiagnosticCode(
    "IK0207", "answer not on the scale",
    "An answer is not one of the question's answer codes.")
  public static let undeclaredAttributeValue = DiagnosticCode(
    "IK0208", "undeclared attribute value",
    "A case's attribute value is not one the framework declares.")
  public static let missingAttributeValue = DiagnosticCode(
    "IK0209", "missing attribute value", "Every case needs a value for every attribute.")
  public static let unansweredQuestion = DiagnosticCode(
    "IK0210", "unanswered relevant question",
    "A question relevant to the case has no answer. Answer it, or score with "
      + "--allow-incomplete to leave the case out of that question's denominator.")
  public static let answerWhereNotRelevant = DiagnosticCode(
    "IK0211", "answer where not relevant",
    "A question that is not relevant to the case (by its applicability) has an answer; the "
      + "answer is ignored.")
  public static let wrongFieldCount = DiagnosticCode(
    "IK0212", "wrong number of fields", "A CSV row has more or fewer fields than the header.")
  public static let emptySample = DiagnosticCode(
    "IK0213", "empty sample", "The sample has no cases, so every score is undefined.")
  public static let smallSample = DiagnosticCode(
    "IK0214", "small sample",
    "A score rests on fewer relevant cases than the framework's minimum; read it with care.")
  public static let invalidSampleShape = DiagnosticCode(
    "IK0215", "invalid sample shape",
    "A JSON sample must be {\"cases\": [{\"case\": …, \"attributes\": {…}, \"answers\": {…}}]}.")
  public static let incompleteCase = DiagnosticCode(
    "IK0216", "case left out of a question",
    "With --allow-incomplete, a case without an answer to a relevant question leaves that "
      + "question's denominator.")
  public static let valueWithSpaces = DiagnosticCode(
    "IK0217", "spaces around values",
    "Answer codes or attribute values had spaces around them, which were ignored; one warning "
      + "counts them all. Remove the spaces, or score with --strict-codes to make them errors.")
  public static let valueInOtherCase = DiagnosticCode(
    "IK0218", "codes in another letter case",
    "Answer codes or attribute values differed from the declared ones only in letter case "
      + "('Yes' for 'yes') and were read as them; one warning counts them all. Use --strict-codes "
      + "to make them errors.")
  public static let labelForCode = DiagnosticCode(
    "IK0219", "labels written for codes",
    "Answers were written as their option's label ('Not applicable') and read as its code "
      + "('na'); one warning counts them all. Use --strict-codes to make them errors.")

  public static let controlCharacterInCaseID = DiagnosticCode(
    "IK0225", "control character in a case id",
    "A case id holds a control, bidirectional or invisible character (shown as \\u{…}); such "
      + "an id cannot be shown safely and can look like another. Remove the character.")
  public static let blankExclusionReason = DiagnosticCode(
    "IK0226", "blank exclusion reason",
    "A case's 'excluded' value is empty or only white space, so the case is not excluded and is "
      + "scored. Give the reason to exclude it, or clear the cell.")
  public static let unusableKeyFile = DiagnosticCode(
    "IK0227", "unusable pseudonymisation key file",
    "The --pseudonymise key file cannot be read, or holds fewer than 16 bytes. Make a key "
      + "with 'head -c 32 /dev/urandom > inspection.key' and keep it secret.")

  // Judgements (IK03xx).
  public static let unreadableJudgements = DiagnosticCode(
    "IK0301", "unreadable judgements file",
    "The judgements file is not well-formed CSV (item,label,rationale) or JSON.")
  public static let unknownJudgementItem = DiagnosticCode(
    "IK0302", "unknown judgement item",
    "A judgement names an item that is not a criterion, section, headline or overall rating.")
  public static let itemNotJudged = DiagnosticCode(
    "IK0303", "item not judged",
    "A judgement or override is recorded for an item that has no judgement scale and is not "
      + "declared overridable (or is a grouping, with no score). The message lists the items "
      + "that take one.")
  public static let labelNotOnScale = DiagnosticCode(
    "IK0304", "label not on the judgement scale",
    "A judgement's label is not one of the item's judgement scale labels.")
  public static let duplicateJudgement = DiagnosticCode(
    "IK0305", "duplicate judgement", "An item is judged twice; keep one judgement per item.")
  public static let missingJudgement = DiagnosticCode(
    "IK0306", "missing judgement",
    "An item with a judgement scale has no judgement recorded; it is reported as not judged.")
  public static let missingRationale = DiagnosticCode(
    "IK0307", "missing rationale",
    "A judgement (or an override whose item does not require a rationale) should say why; its "
      + "rationale is empty.")
  public static let judgementFieldCount = DiagnosticCode(
    "IK0308", "wrong number of fields in a judgement",
    "A judgements row has more or fewer fields than the header: usually a rationale with an "
      + "unquoted comma. Put such a rationale in double quotes.")
  public static let overrideWithoutRationale = DiagnosticCode(
    "IK0309", "override without a rationale",
    "The item requires a rationale for an override (overridable(requiresRationale: true)) and "
      + "the row gives none. Say why the computed band does not stand.")
  public static let overrideBeyondReach = DiagnosticCode(
    "IK0310", "override beyond its reach",
    "The item may be overridden only to a band next to its computed band "
      + "(overridable(by: .oneBand)), and the override is further away, or no band was computed "
      + "to move from.")
  public static let overrideNotOnScale = DiagnosticCode(
    "IK0311", "override not a band of the item's scale",
    "An override names a band its item's grade scale does not have. Give a band id or label of "
      + "that scale.")

  // Scores (IK04xx).
  public static let overallRatingUndefined = DiagnosticCode(
    "IK0401", "overall rating undefined",
    "An overall rating sums the points of its items; an item with no points (undefined, banded "
      + "without points, or judged with no judgement recorded: its band does not stand in for "
      + "the judgement) leaves the rating undefined. Record the judgement, or see --explain.")
  public static let scoreOutOfRange = DiagnosticCode(
    "IK0402", "score out of range",
    "A score is exact but too large to write as a number (weights or points far outside any "
      + "real scale): the item is reported as undefined. Check the framework's declared "
      + "numbers.")

  /// Every code the evaluator reports, in code order.
  public static let evaluatorCodes: [DiagnosticCode] = [
    .unreadableSample, .missingColumn, .unknownColumn, .duplicateColumn, .missingCaseID,
    .duplicateCaseID, .answerNotOnScale, .undeclaredAttributeValue, .missingAttributeValue,
    .unansweredQuestion, .answerWhereNotRelevant, .wrongFieldCount, .emptySample, .smallSample,
    .invalidSampleShape, .incompleteCase, .valueWithSpaces, .valueInOtherCase, .labelForCode,
    .controlCharacterInCaseID, .blankExclusionReason, .unusableKeyFile,
    .unreadableJudgements, .unknownJudgementItem,
    .itemNotJudged, .labelNotOnScale, .duplicateJudgement, .missingJudgement, .missingRationale,
    .judgementFieldCount, .overrideWithoutRationale, .overrideBeyondReach, .overrideNotOnScale,
    .overallRatingUndefined, .scoreOutOfRange,
  ]
}
