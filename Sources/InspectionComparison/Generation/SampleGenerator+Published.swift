import InspectionEvaluator

extension SampleGenerator.Profile {
  /// A profile aimed at one inspection of a published-figures file: its case mix (or, failing
  /// that, the programme's) and a target for every question with a whole-sample finding.
  ///
  /// Each finding is aimed at as what it is (``PublishedFigure/target``): an exact figure at
  /// itself, an approximate one at its value, a bound inside the bound. A composition that
  /// names some values of an attribute ("17 PPOs in 127 cases") leaves the rest of the cases to
  /// the values it does not name, evenly.
  ///
  /// ```swift
  /// let profile = SampleGenerator.Profile(aimingAt: figures.inspections[0], of: figures, plan: plan)
  /// profile.targets["1.1.q"]   // 0.45: "less than half" is aimed at 45%
  /// ```
  public init(
    aimingAt inspection: PublishedFigures.Inspection, of figures: PublishedFigures,
    plan: ScoringPlan
  ) {
    self.init()
    var entries = inspection.composition ?? []
    var total = inspection.cases.map(Double.init)
    if entries.isEmpty, let programme = figures.programme?.composition {
      entries = programme
      total = nil
    }
    for attribute in plan.attributes {
      let listed = entries.filter { $0.attribute == attribute.id }
      guard !listed.isEmpty else { continue }
      var weights: [String: Double] = [:]
      for entry in listed {
        weights[entry.value] = entry.percent ?? entry.cases.map(Double.init) ?? 0
      }
      let whole = listed.contains { $0.percent != nil } ? 100 : total
      let named = weights.values.reduce(0, +)
      let unlisted = attribute.values.filter { weights[$0] == nil }
      if let whole, named < whole, !unlisted.isEmpty {
        for value in unlisted { weights[value] = (whole - named) / Double(unlisted.count) }
      }
      composition[attribute.id] = weights
    }
    for finding in inspection.questions ?? [] where finding.stratum == nil {
      guard targets[finding.id] == nil, let target = finding.figure.target else { continue }
      targets[finding.id] = target / 100
    }
  }
}
