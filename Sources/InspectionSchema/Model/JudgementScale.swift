extension FrameworkDocument {
  /// A scale of labels that inspectors record, with a rationale, instead of computing them.
  ///
  /// Section 4 grades, OMI2's MINIMUM…DRASTIC comments and governance stars are judgements.
  /// A judgement scale may name an advisory grade scale: the evaluator then shows the computed
  /// band beside the recorded label, and the label is the one that counts.
  ///
  /// ```swift
  /// JudgementScale(id: "section4", title: "Section 4 grades", labels: [
  ///   JudgementLabel(id: "well-met", label: "Well met"),
  ///   JudgementLabel(id: "not-met", label: "Not met"),
  /// ])
  /// ```
  public struct JudgementScale: Hashable, Sendable, Codable {
    /// The scale id items refer to.
    public var id: String
    /// What the scale is, in words.
    public var title: String
    /// The labels, best first.
    public var labels: [JudgementLabel]
    /// A grade scale whose computed band is shown beside the judgement, if any.
    public var advisory: String?
    /// Where the labels come from, if recorded.
    public var provenance: Provenance?

    /// Creates a judgement scale.
    public init(
      id: String, title: String, labels: [JudgementLabel], advisory: String? = nil,
      provenance: Provenance? = nil
    ) {
      self.id = id
      self.title = title
      self.labels = labels
      self.advisory = advisory
      self.provenance = provenance
    }

    /// The label with `id` (or, failing that, with that exact published label), if any.
    public func label(_ idOrLabel: String) -> JudgementLabel? {
      labels.first { $0.id == idOrLabel } ?? labels.first { $0.label == idOrLabel }
    }
  }

  /// One label of a judgement scale.
  public struct JudgementLabel: Hashable, Sendable, Codable {
    /// The label id recorded in judgements files, e.g. `well-met`.
    public var id: String
    /// The label as published, e.g. `Well met`.
    public var label: String
    /// Points the label contributes to an overall rating.
    public var points: Double?
    /// What the label means, as published.
    public var meaning: String?

    /// Creates a judgement label.
    public init(id: String, label: String, points: Double? = nil, meaning: String? = nil) {
      self.id = id
      self.label = label
      self.points = points
      self.meaning = meaning
    }
  }
}
