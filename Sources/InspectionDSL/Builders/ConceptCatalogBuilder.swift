/// Builds the entries of a ``ConceptCatalog``: concepts, and areas of concepts.
@resultBuilder
public enum ConceptCatalogBuilder: DeclarationListBuilder {
  public typealias Element = ConceptCatalogEntry

  /// Accepts a concept.
  public static func buildExpression(_ concept: Concept) -> [ConceptCatalogEntry] {
    [.concept(concept)]
  }

  /// Accepts an area of concepts.
  public static func buildExpression(_ area: ConceptArea) -> [ConceptCatalogEntry] {
    [.area(area)]
  }

  /// Accepts a list of concepts.
  public static func buildExpression(_ concepts: [Concept]) -> [ConceptCatalogEntry] {
    concepts.map { .concept($0) }
  }

  /// Questions belong to frameworks; they name concepts with `.measures(…)`.
  @available(
    *, unavailable,
    message:
      "a concept catalog lists Concept(\"id\", \"what is checked\"); a Question names one in its framework with .measures(\"id\", .exact)"
  )
  public static func buildExpression(_ question: Question) -> [ConceptCatalogEntry] { [] }

  /// Criteria belong to frameworks.
  @available(
    *, unavailable,
    message: "a concept catalog lists Concept(…)s; a Criterion names one with .measures(…)"
  )
  public static func buildExpression(_ criterion: Criterion) -> [ConceptCatalogEntry] { [] }
}
