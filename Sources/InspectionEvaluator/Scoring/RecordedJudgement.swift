import InspectionSupport

/// A judgement or an override as recorded by inspectors: the item, the label (or band) and why.
///
/// For an item with a judgement scale, `label` is one of its labels; for an item declared
/// overridable, it is a band of the item's grade scale that replaces the computed one. A
/// judgements file holds both (see `docs/designing-frameworks.md`, "The judgements file").
public struct RecordedJudgement: Hashable, Sendable, Codable {
  /// The judged or overridden item's id.
  public var item: String
  /// The label's id (or its published text); for an override, the band's id or label.
  public var label: String
  /// Why the inspectors judged so.
  public var rationale: String
  /// Where the entry was read (file, line, column), for messages about it; `nil` when it was
  /// not read from a file.
  public var location: SourceLocation?

  /// Creates a recorded judgement.
  public init(item: String, label: String, rationale: String, location: SourceLocation? = nil) {
    self.item = item
    self.label = label
    self.rationale = rationale
    self.location = location
  }
}
