import InspectionSupport

/// Removes a mapping that shared concepts would give: two items tagged with one concept that
/// the reports show are not the same measure.
///
/// Works for questions (the default) and for criteria, sections and headlines (their row in a
/// comparison). A veto that removes nothing is a warning (IK0709).
///
/// ```swift
/// Veto("2.2.a", "2.2.a", because: "West Mercia counts MAPPA referrals; Hertfordshire the "
///        + "offender manager's contribution to MAPPA meetings",
///      cites: .from("westmercia-2008", at: "General criterion 2.2, Strengths (a)"),
///             .to("hertfordshire-2010", at: "General criterion 2.2, Strengths (b)"))
/// Veto(.criterion, "2.3", "2.3", because: "Victims (2008) and constructive interventions (2009)")
/// ```
public struct Veto: Sendable {
  /// What kind of item is vetoed.
  public let kind: CrosswalkDocument.ItemKind
  /// The source item's id.
  public let from: String
  /// The target item's id.
  public let to: String
  /// Why the two are not the same measure.
  public let reason: String
  /// Where the reports say so.
  public let citations: [Cite]
  /// Where the veto was declared.
  public let location: SourceLocation

  /// Vetoes the mapping of source question `from` to target question `to`.
  public init(
    _ from: String, _ to: String, because reason: String, cites citations: Cite...,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.kind = .question
    self.from = from
    self.to = to
    self.reason = reason
    self.citations = citations
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// Vetoes the alignment of source item `from` with target item `to`, both of `kind`.
  public init(
    _ kind: CrosswalkDocument.ItemKind, _ from: String, _ to: String, because reason: String,
    cites citations: Cite..., fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.kind = kind
    self.from = from
    self.to = to
    self.reason = reason
    self.citations = citations
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
