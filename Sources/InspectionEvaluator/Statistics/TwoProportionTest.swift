import Foundation

/// The pooled two-proportion z-test: do two groups have the same success rate?
///
/// With `p̂₁ = x₁/n₁`, `p̂₂ = x₂/n₂` and the pooled `p̂ = (x₁ + x₂)/(n₁ + n₂)`:
///
///     z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂))
///     p = 2(1 − Φ(|z|)) = erfc(|z| / √2)
///
/// `z²` is Pearson's chi-squared statistic, so the p-value equals R's
/// `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value`. It is a large-sample
/// approximation; prefer ``FisherExactTest`` when expected counts are below about 5.
/// Reference: A. Agresti, "Categorical Data Analysis" (3rd ed., 2013), §3.1.
///
/// ```swift
/// let test = TwoProportionTest(successes1: 45, trials1: 100, successes2: 30, trials2: 100)!
/// // test.z ≈ 2.1909, test.pValue ≈ 0.02846
/// ```
public struct TwoProportionTest: Sendable, Hashable {
  /// `p̂₁ − p̂₂`.
  public var difference: Double
  /// The standardised difference; 0 when both groups are all successes or all failures.
  public var z: Double
  /// The two-sided p-value, in 0…1; 1 when `z` is 0.
  public var pValue: Double

  /// Runs the test, or returns `nil` when a group has no trials or a count is invalid.
  public init?(successes1: Int, trials1: Int, successes2: Int, trials2: Int) {
    guard trials1 > 0, trials2 > 0, successes1 >= 0, successes2 >= 0,
      successes1 <= trials1, successes2 <= trials2
    else { return nil }
    let n1 = Double(trials1)
    let n2 = Double(trials2)
    let p1 = Double(successes1) / n1
    let p2 = Double(successes2) / n2
    let pooled = (Double(successes1) + Double(successes2)) / (n1 + n2)
    let standardError = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
    difference = p1 - p2
    z = standardError > 0 ? difference / standardError : 0
    pValue = min(1, erfc(abs(z) / 2.0.squareRoot()))
  }
}
