/// Builds the concepts of a ``ConceptArea``.
@resultBuilder
public enum ConceptAreaBuilder: DeclarationListBuilder {
  public typealias Element = Concept

  /// Areas do not nest.
  @available(
    *, unavailable,
    message: "concept areas do not nest; declare this ConceptArea in the ConceptCatalog"
  )
  public static func buildExpression(_ area: ConceptArea) -> [Concept] { [] }

  /// Questions belong to frameworks.
  @available(
    *, unavailable,
    message:
      "an area lists Concept(\"id\", \"what is checked\"); a Question names one in its framework with .measures(\"id\", .exact)"
  )
  public static func buildExpression(_ question: Question) -> [Concept] { [] }
}
