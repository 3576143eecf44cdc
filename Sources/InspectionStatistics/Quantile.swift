/// Sample quantiles by Hyndman and Fan's type 7, the default of R's `quantile()`.
///
/// For sorted values `x₁ ≤ … ≤ xₙ` and probability `p`: `h = (n − 1)p`, `j = ⌊h⌋`, and
/// `Q(p) = x₍ⱼ₊₁₎ + (h − j)(x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎)` (1-based), i.e. linear interpolation between
/// the order statistics at `h`. `Q(0)` is the minimum and `Q(1)` the maximum.
/// Reference: R. J. Hyndman & Y. Fan, "Sample quantiles in statistical packages",
/// The American Statistician 50 (1996) 361–365.
///
/// ```swift
/// Quantile.type7(sorted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], probability: 0.1)  // 1.9
/// ```
public enum Quantile {
  /// The type 7 quantile of already sorted (ascending) values.
  ///
  /// Returns `nil` for no values or a probability outside 0…1 (or NaN).
  public static func type7(sorted values: [Double], probability: Double) -> Double? {
    guard !values.isEmpty, probability >= 0, probability <= 1 else { return nil }
    let h = Double(values.count - 1) * probability
    let j = min(Int(h.rounded(.down)), values.count - 1)
    let fraction = h - Double(j)
    guard j + 1 < values.count, fraction > 0 else { return values[j] }
    return values[j] + fraction * (values[j + 1] - values[j])
  }

  /// The type 7 quantile of values in any order; `nil` if any value is NaN.
  public static func type7(_ values: [Double], probability: Double) -> Double? {
    guard !values.contains(where: \.isNaN) else { return nil }
    return type7(sorted: values.sorted(), probability: probability)
  }
}
