/// The behaviour every InspectionKit result builder shares: a list of one element type.
///
/// Concrete builders only name their ``Element``; this extension supplies the build methods,
/// so `if`, `if`/`else`, `switch`, `for`-`in`, `#available`, optionals and arrays work the
/// same at every level. You never call these methods yourself.
public protocol DeclarationListBuilder {
  /// The one kind of declaration this builder accepts.
  associatedtype Element
}

extension DeclarationListBuilder {
  /// Accepts one declaration.
  public static func buildExpression(_ element: Element) -> [Element] { [element] }

  /// Accepts an optional declaration, so `nil` or `value.map { … }` sit in a block.
  ///
  /// Disfavoured so that a plain declaration never resolves to this overload.
  @_disfavoredOverload
  public static func buildExpression(_ element: Element?) -> [Element] {
    element.map { [$0] } ?? []
  }

  /// Accepts an array of declarations, so shared lists can be spliced in.
  ///
  /// Disfavoured so that a plain declaration never resolves to this overload.
  @_disfavoredOverload
  public static func buildExpression(_ elements: [Element]) -> [Element] { elements }

  /// Combines the statements of a block.
  public static func buildBlock(_ components: [Element]...) -> [Element] {
    components.flatMap { $0 }
  }

  /// Enables `if` without `else`.
  public static func buildOptional(_ component: [Element]?) -> [Element] { component ?? [] }

  /// Enables the first branch of `if`/`else` and `switch`.
  public static func buildEither(first component: [Element]) -> [Element] { component }

  /// Enables the second branch of `if`/`else` and `switch`.
  public static func buildEither(second component: [Element]) -> [Element] { component }

  /// Enables `for`-`in` loops.
  public static func buildArray(_ components: [[Element]]) -> [Element] {
    components.flatMap { $0 }
  }

  /// Enables `if #available`.
  public static func buildLimitedAvailability(_ component: [Element]) -> [Element] { component }
}
