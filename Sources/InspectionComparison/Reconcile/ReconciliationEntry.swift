extension Reconciliation {
  /// One printed figure and what became of it: reproduced, divergent or not checkable.
  ///
  /// ```text
  /// Hertfordshire  criterion  2.3  aggregation  63%  61.96%  +1.0  divergent  known
  /// ```
  public struct Entry: Sendable, Hashable {
    /// The inspection, or the programme set for an aggregate.
    public var inspection: String
    public var id: String
    public var kind: PublishedFigures.Kind
    /// What was checked, or would have been.
    public var check: Check
    public var outcome: Outcome
    /// Exact inputs, or a bound check; `nil` when not checkable.
    public var comparison: Comparison?
    /// What was printed.
    public var published: String
    /// What the framework gives (a value or a range); empty when not checkable.
    public var expected: String
    /// For a divergence: how far the printed figure lies from the nearest value the check
    /// gives, in points, positive when printed above (for a label, how far the printed
    /// percentage lies outside the printed label's band).
    public var size: Double?
    /// For a divergence: whether rounding of the printed inputs cannot explain it.
    public var beyondRounding: Bool
    /// For a divergence, whether the file records it; for a recorded figure, ``Status/recorded``.
    public var status: Status?
    /// In words: what the check found, or why the figure could not be checked.
    public var detail: String
    /// The question findings (by id) the check read.
    public var inputs: [String]

    /// Creates an entry.
    public init(
      inspection: String, id: String, kind: PublishedFigures.Kind, check: Check,
      outcome: Outcome, comparison: Comparison? = nil, published: String,
      expected: String = "", size: Double? = nil, beyondRounding: Bool = false,
      status: Status? = nil, detail: String, inputs: [String] = []
    ) {
      self.inspection = inspection
      self.id = id
      self.kind = kind
      self.check = check
      self.outcome = outcome
      self.comparison = comparison
      self.published = published
      self.expected = expected
      self.size = size
      self.beyondRounding = beyondRounding
      self.status = status
      self.detail = detail
      self.inputs = inputs
    }
  }

  /// How one printed question finding was used.
  public struct FindingUse: Sendable, Hashable {
    /// The inspection.
    public var inspection: String
    /// The question id.
    public var id: String
    /// The sub-sample, written `roh: high, very high`, or `nil`.
    public var stratum: String?
    /// The checks made with it, e.g. `criterion 1.1`, `headline RoH`.
    public var usedBy: [String]
    /// Why no check used it; `nil` when one did.
    public var reason: String?
  }
}
