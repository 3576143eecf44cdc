/// Builds the bands of a ``GradeScale``.
@resultBuilder
public enum GradeScaleBuilder: DeclarationListBuilder {
  public typealias Element = Band

  /// Judgement labels belong in a judgement scale.
  @available(
    *, unavailable,
    message: "a Label belongs inside a JudgementScale; a GradeScale takes Band(…) declarations"
  )
  public static func buildExpression(_ label: Label) -> [Band] { [] }
}
