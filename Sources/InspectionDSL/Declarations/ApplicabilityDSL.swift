extension Applicability {
  /// The case's attribute `id` has one of `values`.
  ///
  /// ```swift
  /// .attribute("roh", is: "high", "very high")
  /// ```
  public static func attribute(_ id: String, is values: String...) -> Applicability {
    .attribute(id, in: values)
  }

  /// The case's answer to an earlier question `id` is one of `codes`.
  ///
  /// ```swift
  /// .answer("1.1.a", is: "yes")
  /// ```
  public static func answer(_ id: String, is codes: String...) -> Applicability {
    .answer(id, in: codes)
  }

  /// Both conditions hold.
  public static func && (lhs: Applicability, rhs: Applicability) -> Applicability {
    switch (lhs, rhs) {
    case (.all(let l), .all(let r)): .all(l + r)
    case (.all(let l), _): .all(l + [rhs])
    case (_, .all(let r)): .all([lhs] + r)
    default: .all([lhs, rhs])
    }
  }

  /// Either condition holds.
  public static func || (lhs: Applicability, rhs: Applicability) -> Applicability {
    switch (lhs, rhs) {
    case (.any(let l), .any(let r)): .any(l + r)
    case (.any(let l), _): .any(l + [rhs])
    case (_, .any(let r)): .any([lhs] + r)
    default: .any([lhs, rhs])
    }
  }

  /// The condition does not hold.
  public static prefix func ! (operand: Applicability) -> Applicability { .not(operand) }
}
