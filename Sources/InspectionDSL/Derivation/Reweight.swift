import InspectionSupport

/// Changes how the base framework weights an element: a new weight, or a new rule.
///
/// A weight applies to a section, criterion or question; a rule to a section, criterion or
/// headline. The validators then check the result as for any framework (shares that sum to 1,
/// weights that have an effect).
///
/// ```swift
/// Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3))
/// Reweight("2.1.c", weight: 2)
/// ```
public struct Reweight: DerivationComponent, Sendable {
  /// The change this declaration makes.
  public private(set) var change: Change

  /// Gives the base's section, criterion or question `id` the weight `weight`.
  public init(
    _ id: String, weight: Double,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    change = Change(
      .reweight(id, weight: weight),
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  /// Gives the base's section, criterion or headline `id` the aggregation rule `rule`.
  public init(
    _ id: String, rule: AggregationRule,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    change = Change(
      .rerule(id, rule: rule), location: SourceLocation(file: fileID, line: line, column: column))
  }

  public var derivationElements: [DerivationElement] { [.change(change)] }

  /// The change, citing where the new rule (or, for a new weight, the parent's rule that reads it) comes from. Without a citation, the changed rule cites nothing: the base's citation no longer applies.
  ///
  /// ```swift
  /// Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3)).from("local-2025", at: "Audit standard, section 3", basis: .statedRule)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the derived framework or its base declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the result rests on, e.g. `.statedRule` or `.placeholder`.
  ///   - quote: the source's own words, short.
  ///   - note: anything a reader should know.
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.change = change.citing(
      Citation(
        source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
        column: column))
    return copy
  }
}
