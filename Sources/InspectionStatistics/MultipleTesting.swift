/// Adjusted p-values for a family of tests: Holm's step-down method and Benjamini and
/// Hochberg's step-up method.
///
/// When many questions are tested at once, some fall below 0.05 by chance alone. An adjusted
/// p-value is compared with the level as it is (reject when adjusted < 0.05), and the
/// adjustment takes the size of the family into account:
///
/// - **Holm** (1979) controls the family-wise error rate, the chance of *any* false claim of
///   change. For sorted p-values p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of p₍ᵢ₎ is
///   max over j ≤ i of min(1, (m − j + 1) · p₍ⱼ₎). It is uniformly more powerful than
///   Bonferroni and needs no assumption about how the tests depend on each other.
/// - **Benjamini–Hochberg** (1995) controls the false discovery rate, the expected share of
///   false claims among the changes called significant: the adjusted value of p₍ᵢ₎ is
///   min over j ≥ i of min(1, m · p₍ⱼ₎ / j). It assumes independent or positively dependent
///   tests, and calls more changes significant than Holm.
///
/// Both equal R's `p.adjust(p, "holm")` and `p.adjust(p, "BH")`, statsmodels'
/// `multipletests(p, method="holm" | "fdr_bh")` and SciPy's `false_discovery_control(p)` (BH).
/// Ties keep their input order; the result is in input order. An empty family gives an empty
/// result; a p-value outside 0…1 or not finite makes the whole result `nil`.
///
/// ```swift
/// MultipleTesting.holm([0.01, 0.04, 0.03, 0.005])              // [0.03, 0.06, 0.06, 0.02]
/// MultipleTesting.benjaminiHochberg([0.01, 0.04, 0.03, 0.005]) // [0.02, 0.04, 0.04, 0.02]
/// ```
public enum MultipleTesting {
  /// The adjustment methods.
  public enum Method: String, Sendable, Hashable, CaseIterable {
    /// Holm's step-down method (family-wise error rate).
    case holm
    /// Benjamini and Hochberg's step-up method (false discovery rate).
    case benjaminiHochberg = "bh"

    /// The method's name as reports print it.
    public var name: String {
      switch self {
      case .holm: "Holm"
      case .benjaminiHochberg: "Benjamini–Hochberg"
      }
    }

    /// The adjusted p-values of `pValues` by this method.
    public func adjust(_ pValues: [Double]) -> [Double]? {
      switch self {
      case .holm: MultipleTesting.holm(pValues)
      case .benjaminiHochberg: MultipleTesting.benjaminiHochberg(pValues)
      }
    }
  }

  /// Holm's step-down adjusted p-values, in input order.
  public static func holm(_ pValues: [Double]) -> [Double]? {
    guard let order = sortedOrder(pValues) else { return nil }
    let m = pValues.count
    var adjusted = [Double](repeating: 0, count: m)
    var running = 0.0
    for (rank, index) in order.enumerated() {
      running = max(running, min(1, Double(m - rank) * pValues[index]))
      adjusted[index] = running
    }
    return adjusted
  }

  /// Benjamini and Hochberg's step-up adjusted p-values, in input order.
  public static func benjaminiHochberg(_ pValues: [Double]) -> [Double]? {
    guard let order = sortedOrder(pValues) else { return nil }
    let m = pValues.count
    var adjusted = [Double](repeating: 0, count: m)
    var running = 1.0
    for (rank, index) in order.enumerated().reversed() {
      running = min(running, min(1, Double(m) * pValues[index] / Double(rank + 1)))
      adjusted[index] = running
    }
    return adjusted
  }

  /// The indices of `pValues` in ascending order of value (stable), or `nil` when a value is
  /// not a probability.
  private static func sortedOrder(_ pValues: [Double]) -> [Int]? {
    guard pValues.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }) else { return nil }
    return pValues.indices.sorted { a, b in
      pValues[a] < pValues[b] || (pValues[a] == pValues[b] && a < b)
    }
  }
}
