/// Newcombe's hybrid score interval for the difference of two independent proportions.
///
/// For `k₁/n₁` and `k₂/n₂` with Wilson intervals (l₁, u₁) and (l₂, u₂), the difference
/// d = p̂₂ − p̂₁ has the 95% interval
///
///     lower = d − √((p̂₂ − l₂)² + (u₁ − p̂₁)²)
///     upper = d + √((u₂ − p̂₂)² + (p̂₁ − l₁)²)
///
/// (R. G. Newcombe, *Interval estimation for the difference between independent
/// proportions: comparison of eleven methods*, Statistics in Medicine 17 (1998) 873–890,
/// method 10). Unlike the Wald interval it stays inside −1…1 and behaves for small samples and
/// proportions near 0 or 1. Newcombe's example (a) gives 56/70 − 48/80 = 0.2000 with the
/// interval 0.0524 to 0.3339.
///
/// ```swift
/// let change = NewcombeInterval(first: (48, 80), second: (56, 70))!
/// // change.lower ≈ 0.0524, change.upper ≈ 0.3339
/// ```
public struct NewcombeInterval: Sendable, Hashable {
  /// The lower bound of the difference (second minus first), in −1…1.
  public var lower: Double
  /// The upper bound of the difference, in −1…1.
  public var upper: Double

  /// The interval of `second − first`, each given as (successes, trials); `nil` when either
  /// proportion has no trials or its counts are invalid (see ``WilsonInterval``).
  public init?(
    first: (successes: Int, trials: Int), second: (successes: Int, trials: Int),
    z: Double = WilsonInterval.z95
  ) {
    guard
      let a = WilsonInterval(successes: first.successes, trials: first.trials, z: z),
      let b = WilsonInterval(successes: second.successes, trials: second.trials, z: z)
    else { return nil }
    let p1 = Double(first.successes) / Double(first.trials)
    let p2 = Double(second.successes) / Double(second.trials)
    let difference = p2 - p1
    let below = ((p2 - b.lower) * (p2 - b.lower) + (a.upper - p1) * (a.upper - p1)).squareRoot()
    let above = ((b.upper - p2) * (b.upper - p2) + (p1 - a.lower) * (p1 - a.lower)).squareRoot()
    lower = max(-1, difference - below)
    upper = min(1, difference + above)
  }
}
