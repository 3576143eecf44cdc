import InspectionSupport

/// One correspondence in a ``Crosswalk``: a source question, its target and their relation.
///
/// A `Map` adds a mapping the shared concepts do not give, or refines one they do (same pair,
/// another relation or a better reason). Say why with `because:` and cite where the two
/// reports say so with `cites:`; the compiler checks that both ids exist, that nothing is
/// mapped twice, and that each cited source is declared by its framework.
///
/// ```swift
/// Map("1.2.a", to: "1.2.a", .equal,
///     because: "Both reports print the share of cases with a RoSH screening at the start",
///     cites: .from("westmercia-2008", at: "General criterion 1.2, Strengths (a)"),
///            .to("hertfordshire-2010", at: "General criterion 1.2, Strengths (a)"))
/// Map("3.1.c", .none, because: "OMI2 dropped community-benefit questions")
/// ```
public struct Map: Sendable {
  /// The source question id.
  public let from: String
  /// The target question id; `nil` for a deliberate non-mapping.
  public let to: String?
  /// How the source relates to the target.
  public let relation: CrosswalkRelation
  /// Why the questions correspond (or do not).
  public let note: String?
  /// Where the reports say so.
  public let citations: [Cite]
  /// Where the mapping was declared.
  public let location: SourceLocation

  /// Maps source question `from` to target question `to`, with the reason and citations.
  public init(
    _ from: String, to: String, _ relation: CrosswalkRelation, because reason: String,
    cites citations: Cite..., fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = to
    self.relation = relation
    self.note = reason
    self.citations = citations
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// Maps source question `from` to target question `to` (the reason, if any, as `note`).
  public init(
    _ from: String, to: String, _ relation: CrosswalkRelation, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = to
    self.relation = relation
    self.note = note
    self.citations = []
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// Records that source question `from` has no counterpart; `relation` should be `.none`.
  public init(
    _ from: String, _ relation: CrosswalkRelation, note: String? = nil,
    because reason: String? = nil,
    cites citations: Cite..., fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = nil
    self.relation = relation
    self.note = reason ?? note
    self.citations = citations
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
