/// Builds the contents of a ``Framework``: sections, themes, scales, headlines and notes.
///
/// Criteria and questions cannot stand directly in a framework; the compiler says so with
/// a message of ours rather than a type-checking error.
@resultBuilder
public enum FrameworkBuilder: DeclarationListBuilder {
  public typealias Element = any FrameworkComponent

  /// Criteria belong inside a section.
  @available(
    *, unavailable,
    message: "a Criterion belongs inside a Section: wrap it in Section(\"id\", \"title\") { … }"
  )
  public static func buildExpression(_ criterion: Criterion) -> [Element] { [] }

  /// Questions belong inside a criterion.
  @available(
    *, unavailable,
    message: "a Question belongs inside a Criterion, which belongs inside a Section"
  )
  public static func buildExpression(_ question: Question) -> [Element] { [] }

  /// Bands belong inside a grade scale.
  @available(
    *, unavailable, message: "a Band belongs inside a GradeScale(\"id\", \"title\") { … }"
  )
  public static func buildExpression(_ band: Band) -> [Element] { [] }

  /// Changes to a base belong in a derived framework.
  @available(
    *, unavailable,
    message:
      "Add, Replace, Remove, Reweight and Reband change a base: declare Framework(…, basedOn: base) { … }"
  )
  public static func buildExpression(_ change: any DerivationComponent) -> [Element] { [] }
}
