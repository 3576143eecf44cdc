/// Builds the criteria of a ``Section``.
@resultBuilder
public enum SectionBuilder: DeclarationListBuilder {
  public typealias Element = Criterion

  /// Questions belong inside a criterion.
  @available(
    *, unavailable,
    message: "a Question belongs inside a Criterion: wrap it in Criterion(\"id\", \"title\") { … }"
  )
  public static func buildExpression(_ question: Question) -> [Criterion] { [] }

  /// Sections do not nest.
  @available(
    *, unavailable, message: "Sections cannot be nested; declare this Section in the Framework"
  )
  public static func buildExpression(_ section: Section) -> [Criterion] { [] }

  /// Sources belong to the framework; items cite them.
  @available(
    *, unavailable,
    message:
      "a Source is declared once, directly in the Framework; cite it here with .from(\"id\", at: …, basis: …)"
  )
  public static func buildExpression(_ source: Source) -> [Criterion] { [] }
}
