/// Builds the mappings of a ``Crosswalk``; `if`, `for`-`in` and arrays work as elsewhere.
@resultBuilder
public enum CrosswalkBuilder: DeclarationListBuilder {
  public typealias Element = Map

  /// Questions are declared in frameworks, not in crosswalks.
  @available(
    *, unavailable,
    message: "a crosswalk maps existing questions: write Map(\"from-id\", to: \"to-id\", .equal)"
  )
  public static func buildExpression(_ question: Question) -> [Map] { [] }

  /// Criteria are declared in frameworks, not in crosswalks.
  @available(
    *, unavailable,
    message: "a crosswalk maps questions, not criteria: write one Map per question"
  )
  public static func buildExpression(_ criterion: Criterion) -> [Map] { [] }
}
