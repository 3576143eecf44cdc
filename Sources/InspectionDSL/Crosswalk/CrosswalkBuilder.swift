/// Builds the entries of a ``Crosswalk``; `if`, `for`-`in` and arrays work as elsewhere.
@resultBuilder
public enum CrosswalkBuilder: DeclarationListBuilder {
  public typealias Element = CrosswalkEntry

  /// Accepts a mapping.
  public static func buildExpression(_ map: Map) -> [CrosswalkEntry] { [.map(map)] }

  /// Accepts a list of mappings.
  public static func buildExpression(_ maps: [Map]) -> [CrosswalkEntry] { maps.map { .map($0) } }

  /// Accepts a veto.
  public static func buildExpression(_ veto: Veto) -> [CrosswalkEntry] { [.veto(veto)] }

  /// Accepts the reason a target question is unmapped.
  public static func buildExpression(_ entry: NoCounterpart) -> [CrosswalkEntry] {
    [.noCounterpart(entry)]
  }

  /// Accepts an alignment of items.
  public static func buildExpression(_ align: Align) -> [CrosswalkEntry] { [.align(align)] }

  /// Questions are declared in frameworks, not in crosswalks.
  @available(
    *, unavailable,
    message: "a crosswalk maps existing questions: write Map(\"from-id\", to: \"to-id\", .equal)"
  )
  public static func buildExpression(_ question: Question) -> [CrosswalkEntry] { [] }

  /// Criteria are declared in frameworks, not in crosswalks.
  @available(
    *, unavailable,
    message:
      "a crosswalk maps questions and aligns items: write Align(.criterion, \"from-id\", with: \"to-id\", because: …)"
  )
  public static func buildExpression(_ criterion: Criterion) -> [CrosswalkEntry] { [] }
}
