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
  public let change: Change

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
}
