/// Builds the contents of a derived ``Framework``: changes to the base and new declarations.
///
/// Accepts ``Add``, ``Replace``, ``Remove``, ``Reweight`` and ``Reband``, and every declaration
/// a framework accepts (themes, sections, headlines, scales, notes). Criteria and questions of
/// the base are changed through ``Add`` and ``Replace``; standing alone they do not compile,
/// and the compiler says what to write instead.
@resultBuilder
public enum DerivationBuilder: DeclarationListBuilder {
  public typealias Element = any DerivationComponent

  /// Accepts an ordinary framework declaration, added after the base's own.
  public static func buildExpression(_ component: any FrameworkComponent) -> [Element] {
    [DeclarationComponent(component)]
  }

  /// Criteria are added to a section of the base.
  @available(
    *, unavailable,
    message:
      "add a Criterion to a base section with Add(toSection: \"id\") { Criterion(…) }, or declare a new Section"
  )
  public static func buildExpression(_ criterion: Criterion) -> [Element] { [] }

  /// Questions are added to a criterion of the base.
  @available(
    *, unavailable,
    message: "add a Question to a base criterion with Add(toCriterion: \"id\") { Question(…) }"
  )
  public static func buildExpression(_ question: Question) -> [Element] { [] }

  /// Bands belong inside a grade scale.
  @available(
    *, unavailable,
    message:
      "a Band belongs inside Reband(\"scale\") { … } or a new GradeScale(\"id\", \"title\") { … }"
  )
  public static func buildExpression(_ band: Band) -> [Element] { [] }
}

/// Wraps an ordinary framework declaration as a statement of a derivation.
struct DeclarationComponent: DerivationComponent {
  let elements: [FrameworkElement]

  init(_ component: any FrameworkComponent) {
    elements = component.frameworkElements
  }

  var derivationElements: [DerivationElement] { elements.map(DerivationElement.declaration) }
}
