/// How a source question's meaning relates to the target question it is mapped to.
///
/// The relation is read from the source side and compares **what each question asks about**:
/// `.narrower` means the source asks about less than the target — a subset of its cases (only
/// high risk of harm cases) or a part of what it checks (the assessment of the likelihood of
/// reoffending, where the target checks risk and need). `.broader` is the reverse, and a source
/// that adds a condition to the same check (within five days rather than promptly; neither
/// cautioned nor convicted rather than not convicted) asks about more: it is broader. Only
/// `.equal` carries a case's answer across by default; the others document correspondence
/// that a reader may choose to carry, always with a caveat (docs/comparing.md).
///
/// ```swift
/// Map("1.2.a", to: "1.2.a", .equal)      // the same judgement, carried across
/// Map("B1.b", to: "1.2.d", .narrower)    // asks only about high-risk cases
/// ```
public enum CrosswalkRelation: String, Hashable, Sendable, Codable, CaseIterable {
  /// The same judgement on the same cases: the answer carries across unchanged.
  case equal
  /// The source asks about less than the target (fewer cases or fewer aspects).
  case narrower
  /// The source asks about more than the target (more cases, more aspects, or another
  /// condition on the same check).
  case broader
  /// The two share some meaning, but neither contains the other.
  case overlapping
  /// Deliberately unmapped: the source question has no counterpart in the target.
  case none

  /// Whether the relation carries answers across unless the reader asks for more.
  public var carriesByDefault: Bool { self == .equal }
}
