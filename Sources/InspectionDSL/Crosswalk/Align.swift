import InspectionSupport

/// Says that a criterion, section or headline of the source framework and one of the target
/// measure the same thing, so a comparison sets them on one row.
///
/// Items that measure one concept `.exact`ly on both sides are aligned without this; `Align`
/// adds an alignment the concepts do not give (and ``Veto`` removes one they do).
///
/// ```swift
/// Align(.criterion, "2.3", with: "5.5", because: "Both judge contact with victims",
///       cites: .from("westmercia-2008", at: "General criterion 2.3"),
///              .to("annual-report-2013-14", at: "Chapter 2, paragraph 2.3"))
/// ```
public struct Align: Sendable {
  /// What kind of item is aligned.
  public let kind: CrosswalkDocument.ItemKind
  /// The source item's id.
  public let from: String
  /// The target item's id.
  public let to: String
  /// Why they measure the same thing.
  public let reason: String
  /// Where the reports say so.
  public let citations: [Cite]
  /// Where the entry was declared.
  public let location: SourceLocation

  /// Aligns source item `from` with target item `to`, both of `kind`.
  public init(
    _ kind: CrosswalkDocument.ItemKind, _ from: String, with to: String, because reason: String,
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

/// One entry of a ``Crosswalk``: a mapping, a veto, an unmapped question's reason, or an
/// alignment of items.
public enum CrosswalkEntry: Sendable {
  case map(Map)
  case veto(Veto)
  case noCounterpart(NoCounterpart)
  case align(Align)
}
