import InspectionSupport

/// The rules every case obeys whichever reader read it (CSV, JSON, or any reader added later),
/// applied in one place: ``SampleTally`` applies them to every case and rejected row it is
/// given, before anything is counted or fingerprinted.
///
/// - A case id is trimmed of white space and put in Unicode NFC (``NormalisedText/key(_:)``):
///   `"A "`, `"A"` and a decomposed `"Ame\u{301}lie"` against `"Amélie"` are one case, so a
///   second occurrence is a duplicate. The normalised id is the one reported, hashed and
///   fingerprinted.
/// - A case id holding a control, bidirectional or invisible character (``VisibleText``) is an
///   error (``DiagnosticCode/controlCharacterInCaseID``): such an id cannot be shown safely and
///   two of them can look identical.
/// - An exclusion reason is trimmed; a blank one (empty or only white space) is not an
///   exclusion: the case is scored, with a warning (``DiagnosticCode/blankExclusionReason``).
///
/// ```swift
/// var item = SampleCase(id: " A ", attributes: [], answers: [], exclusion: "  ", origin: origin)
/// let problems = SampleCaseRules.apply(to: &item)   // item.id == "A", item.exclusion == nil
/// ```
public enum SampleCaseRules {
  /// Normalises `item` in place and returns what is wrong with it: errors that make the case
  /// invalid, and warnings.
  public static func apply(to item: inout SampleCase) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    let raw = item.id
    item.id = normalisedID(raw)
    if let scalar = item.id.unicodeScalars.first(where: VisibleText.needsEscape) {
      problems.append(
        Diagnostic(
          .controlCharacterInCaseID,
          "case \(Quoted(item.id)) (row \(item.origin.row)): the id holds the invisible or "
            + "control character \(VisibleText.escape(scalar)); remove it",
          location: item.origin.caseLocation))
    }
    if let reason = item.exclusion {
      let trimmed = NormalisedText.trimmingWhitespace(reason)
      if trimmed.isEmpty {
        item.exclusion = nil
        problems.append(
          Diagnostic(
            .blankExclusionReason, .warning,
            "case \(Quoted(item.id)) (row \(item.origin.row)): the 'excluded' value is blank, "
              + "so the case is not excluded and is scored; give the reason to exclude it",
            location: item.origin.caseLocation))
      } else {
        item.exclusion = trimmed
      }
    }
    return problems
  }

  /// The id a case is kept under: trimmed of white space, in NFC.
  public static func normalisedID(_ id: String) -> String {
    NormalisedText.key(id)
  }
}
