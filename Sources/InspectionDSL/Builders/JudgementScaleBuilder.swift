/// Builds the labels of a ``JudgementScale``.
@resultBuilder
public enum JudgementScaleBuilder: DeclarationListBuilder {
  public typealias Element = Label

  /// Bands belong in a grade scale.
  @available(
    *, unavailable,
    message: "a Band belongs inside a GradeScale; a JudgementScale takes Label(…) declarations"
  )
  public static func buildExpression(_ band: Band) -> [Label] { [] }
}
