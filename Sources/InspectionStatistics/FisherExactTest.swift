import Foundation

/// Fisher's exact test for a 2×2 contingency table, two-sided, computed as R does.
///
/// The table is
///
///     | a  b |   row 1 = a + b
///     | c  d |   row 2 = c + d
///
/// With the margins fixed, `a` follows the hypergeometric distribution
/// `P(x) = C(r₁, x) · C(r₂, c₁ − x) / C(n, c₁)`, where `c₁ = a + c`. The two-sided p-value is
/// the sum of `P(x)` over every table at most as likely as the observed one,
/// `P(x) ≤ P(a) · (1 + 10⁻⁷)` (the relative tolerance of R's `fisher.test`, so tables that
/// are equally likely up to rounding count as ties). Probabilities are computed from
/// log-factorials relative to the mode, so `n` of 10⁶ and more neither overflows nor
/// underflows; terms are summed outwards from the mode and stop once they underflow to 0.
///
/// References: R. A. Fisher, JRSS 85 (1922) 87–94; A. Agresti, "Categorical Data Analysis"
/// (3rd ed., 2013), §3.5; R source `src/library/stats/R/fisher.test.R`.
///
/// ```swift
/// FisherExactTest.pValue(a: 3, b: 1, c: 1, d: 3)  // 0.4857 (tea tasting)
/// ```
public enum FisherExactTest {
  /// The largest table total accepted (10⁹).
  ///
  /// Beyond it, double-precision log-factorials lose the accuracy the tie tolerance needs
  /// and the sum over tables gets slow; the normal approximation of ``TwoProportionTest`` is
  /// excellent at such sizes.
  public static let maximumTotal = 1_000_000_000

  /// The two-sided p-value for the table `[[a, b], [c, d]]`, in 0…1.
  ///
  /// Returns `nil` when a count is negative or the total exceeds ``maximumTotal``; returns 1
  /// for an empty table or when a margin is 0 (only one table is possible).
  public static func pValue(a: Int, b: Int, c: Int, d: Int) -> Double? {
    guard a >= 0, b >= 0, c >= 0, d >= 0 else { return nil }
    let (row1, overflow1) = a.addingReportingOverflow(b)
    let (row2, overflow2) = c.addingReportingOverflow(d)
    let (total, overflow3) = row1.addingReportingOverflow(row2)
    guard !overflow1, !overflow2, !overflow3, total <= maximumTotal else { return nil }
    let column1 = a + c
    let low = max(0, column1 - row2)
    let high = min(row1, column1)
    guard low < high else { return 1 }

    // ln P(x) up to a constant; the constant cancels in the ratio below.
    func logDensity(_ x: Int) -> Double {
      -LogFactorial.of(x) - LogFactorial.of(row1 - x) - LogFactorial.of(column1 - x)
        - LogFactorial.of(row2 - column1 + x)
    }
    // The hypergeometric mode, floor((r₁ + 1)(c₁ + 1) / (n + 2)), computed without overflow.
    let modeEstimate = (Double(row1) + 1) * (Double(column1) + 1) / (Double(total) + 2)
    let mode =
      modeEstimate >= Double(high) ? high : max(Int(modeEstimate.rounded(.down)), low)
    let reference = logDensity(mode)
    let observed = exp(logDensity(a) - reference)
    let threshold = observed * (1 + 1e-7)

    var sum = 0.0
    var atMostObserved = 0.0
    func add(_ x: Int) -> Bool {
      let density = exp(logDensity(x) - reference)
      sum += density
      if density <= threshold { atMostObserved += density }
      return density > 0
    }
    var x = mode
    while x <= high, add(x) { x += 1 }
    x = mode - 1
    while x >= low, add(x) { x -= 1 }
    guard sum > 0 else { return 1 }
    return min(1, atMostObserved / sum)
  }
}
