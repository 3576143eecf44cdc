import InspectionSupport

/// One correspondence in a ``Crosswalk``: a source question, its target and their relation.
///
/// Write the justification as the `note` or as a comment above the line; the compiler checks
/// that both ids exist and that nothing is mapped twice.
///
/// ```swift
/// Map("1.2.a", to: "1.2.a", .equal, note: "Both ask whether a RoSH screening was completed.")
/// Map("3.1.c", .none, note: "OMI2 dropped community-benefit questions.")
/// ```
public struct Map: Sendable {
  /// The source question id.
  public let from: String
  /// The target question id; `nil` for a deliberate non-mapping.
  public let to: String?
  /// How the source relates to the target.
  public let relation: CrosswalkRelation
  /// Why the questions correspond.
  public let note: String?
  /// Where the mapping was declared.
  public let location: SourceLocation

  /// Maps source question `from` to target question `to`.
  public init(
    _ from: String, to: String, _ relation: CrosswalkRelation, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = to
    self.relation = relation
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// Records that source question `from` has no counterpart; `relation` should be `.none`.
  public init(
    _ from: String, _ relation: CrosswalkRelation, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = nil
    self.relation = relation
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
