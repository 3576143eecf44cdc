import Foundation

/// The Wilson score confidence interval for a binomial proportion.
///
/// For `k` successes in `n` trials, with `p̂ = k/n` and the normal quantile `z`:
///
///     centre = (p̂ + z²/(2n)) / (1 + z²/n)
///     half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
///     interval = [centre − half, centre + half]
///
/// It stays inside 0…1 and behaves well for small `n` and for `k` near 0 or `n`, unlike the
/// Wald interval. It equals R's `prop.test(k, n, correct = FALSE)$conf.int`.
/// References: E. B. Wilson, JASA 22 (1927) 209–212; R. G. Newcombe, Statistics in Medicine
/// 17 (1998) 857–872, method 3.
///
/// ```swift
/// let interval = WilsonInterval(successes: 81, trials: 263)!
/// // interval.lower ≈ 0.2553, interval.upper ≈ 0.3662
/// ```
public struct WilsonInterval: Sendable, Hashable {
  /// The normal quantile for a two-sided 95% interval, Φ⁻¹(0.975).
  public static let z95 = 1.959_963_984_540_054

  /// The lower bound, in 0…1.
  public var lower: Double
  /// The upper bound, in 0…1.
  public var upper: Double

  /// Computes the interval, or returns `nil` when `trials` is 0 or the input is invalid.
  ///
  /// Invalid input: negative counts, `successes > trials`, or `z` negative or not finite.
  /// The bounds are exactly 0 when `successes == 0` and exactly 1 when it equals `trials`.
  public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
    guard trials > 0, successes >= 0, successes <= trials, z.isFinite, z >= 0 else {
      return nil
    }
    let n = Double(trials)
    let proportion = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (proportion + z2 / (2 * n)) / denominator
    let half = z / denominator * (proportion * (1 - proportion) / n + z2 / (4 * n * n)).squareRoot()
    lower = successes == 0 ? 0 : min(max(centre - half, 0), 1)
    upper = successes == trials ? 1 : min(max(centre + half, 0), 1)
  }
}
