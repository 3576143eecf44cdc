/// Deterministic nonparametric bootstrap resampling of cases, and percentile intervals.
///
/// Replicate `r` draws `caseCount` case indices uniformly with replacement using
/// `SeededGenerator(seed: seed, stream: UInt64(r))` and `uniform(below: caseCount)`, one
/// draw per case in order. Because every replicate has its own generator, replicates can
/// be computed in any order or in parallel and still match, on every platform.
/// Reference: B. Efron & R. J. Tibshirani, "An Introduction to the Bootstrap" (1993),
/// chapters 6 and 13.
///
/// ```swift
/// let bootstrap = Bootstrap(caseCount: outcomes.count, replicateCount: 2_000, seed: 1)
/// let rates = bootstrap.replicates { counts in
///   Double(zip(counts, outcomes).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }) / Double(outcomes.count)
/// }
/// let interval = Bootstrap.percentileInterval(rates)  // 95% by default
/// ```
public struct Bootstrap: Sendable, Hashable {
  /// The number of cases in the sample (and drawn in each replicate).
  public var caseCount: Int
  /// The number of replicates.
  public var replicateCount: Int
  /// The seed from which every replicate is derived.
  public var seed: UInt64

  /// Describes a bootstrap; negative counts are treated as 0.
  public init(caseCount: Int, replicateCount: Int, seed: UInt64) {
    self.caseCount = max(0, caseCount)
    self.replicateCount = max(0, replicateCount)
    self.seed = seed
  }

  /// The generator of replicate `replicate`.
  public func generator(forReplicate replicate: Int) -> SeededGenerator {
    SeededGenerator(seed: seed, stream: UInt64(truncatingIfNeeded: replicate))
  }

  /// The case indices drawn for `replicate`, in draw order (`caseCount` of them).
  public func indices(forReplicate replicate: Int) -> [Int] {
    var generator = generator(forReplicate: replicate)
    let bound = UInt64(caseCount)
    return (0..<caseCount).map { _ in Int(generator.uniform(below: bound)) }
  }

  /// How many times each case is drawn in `replicate`: the same draws as
  /// ``indices(forReplicate:)``, as a multiset; the counts sum to `caseCount`.
  public func counts(forReplicate replicate: Int) -> [Int] {
    var generator = generator(forReplicate: replicate)
    let bound = UInt64(caseCount)
    var counts = [Int](repeating: 0, count: caseCount)
    for _ in 0..<caseCount { counts[Int(generator.uniform(below: bound))] += 1 }
    return counts
  }

  /// Evaluates `statistic` on the per-case counts of every replicate, in replicate order.
  public func replicates<T, E: Error>(
    _ statistic: (_ counts: [Int]) throws(E) -> T
  ) throws(E) -> [T] {
    var results: [T] = []
    results.reserveCapacity(replicateCount)
    for replicate in 0..<replicateCount {
      results.append(try statistic(counts(forReplicate: replicate)))
    }
    return results
  }

  /// The percentile bootstrap interval: type 7 quantiles (see ``Quantile``) of the
  /// replicate estimates at `(1 − level)/2` and `(1 + level)/2`.
  ///
  /// Returns `nil` for no estimates, a NaN estimate, or a level outside 0…1.
  public static func percentileInterval(
    _ estimates: [Double], level: Double = 0.95
  ) -> (lower: Double, upper: Double)? {
    guard level >= 0, level <= 1, !estimates.contains(where: \.isNaN) else { return nil }
    let sorted = estimates.sorted()
    guard let lower = Quantile.type7(sorted: sorted, probability: (1 - level) / 2),
      let upper = Quantile.type7(sorted: sorted, probability: (1 + level) / 2)
    else { return nil }
    return (lower, upper)
  }
}
