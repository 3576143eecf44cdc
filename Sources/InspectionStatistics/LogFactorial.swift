import Foundation

/// Natural logarithms of factorials, `ln(k!)`, accurate for any `Int` size used here.
///
/// Below 256 they come from a table of exact running sums of `ln(i)`; from 256 on, from
/// Stirling's series `ln k! = (k + ½) ln k − k + ½ ln 2π + 1/(12k) − 1/(360k³) + 1/(1260k⁵)
/// − 1/(1680k⁷)`, whose truncation error there is below 1e-20. Implemented here rather than
/// with `lgamma` because glibc's `lgamma` writes the global `signgam` (a data race under
/// concurrency) and its last bits differ between C libraries.
enum LogFactorial {
  private static let tableSize = 256

  private static let table: [Double] = {
    var values = [0.0]
    values.reserveCapacity(tableSize)
    var sum = 0.0
    for k in 1..<tableSize {
      sum += log(Double(k))
      values.append(sum)
    }
    return values
  }()

  /// `ln(k!)`; 0 for `k <= 1`.
  static func of(_ k: Int) -> Double {
    if k < tableSize { return k <= 1 ? 0 : table[k] }
    let x = Double(k)
    let inverse = 1 / x
    let inverse2 = inverse * inverse
    let series =
      inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)))
    return (x + 0.5) * log(x) - x + 0.918_938_533_204_672_8 + series
  }
}
