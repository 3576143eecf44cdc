/// A judgement as recorded by inspectors: the item, the label and why.
public struct RecordedJudgement: Hashable, Sendable, Codable {
  /// The judged item's id.
  public var item: String
  /// The label's id (or its published text).
  public var label: String
  /// Why the inspectors judged so.
  public var rationale: String

  /// Creates a recorded judgement.
  public init(item: String, label: String, rationale: String) {
    self.item = item
    self.label = label
    self.rationale = rationale
  }
}
