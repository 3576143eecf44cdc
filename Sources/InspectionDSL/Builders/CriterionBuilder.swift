/// Builds the questions of a ``Criterion``.
@resultBuilder
public enum CriterionBuilder: DeclarationListBuilder {
  public typealias Element = Question

  /// Criteria do not nest.
  @available(
    *, unavailable,
    message: "Criteria cannot be nested; declare this Criterion directly inside its Section"
  )
  public static func buildExpression(_ criterion: Criterion) -> [Question] { [] }

  /// Sections belong in the framework.
  @available(
    *, unavailable, message: "a Section belongs directly inside the Framework, not a Criterion"
  )
  public static func buildExpression(_ section: Section) -> [Question] { [] }

  /// Sources belong to the framework; items cite them.
  @available(
    *, unavailable,
    message:
      "a Source is declared once, directly in the Framework; cite it here with .from(\"id\", at: …, basis: …)"
  )
  public static func buildExpression(_ source: Source) -> [Question] { [] }
}
