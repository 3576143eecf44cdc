/// Builds the options of an ``AnswerScale``.
@resultBuilder
public enum AnswerScaleBuilder: DeclarationListBuilder {
  public typealias Element = Option
}
