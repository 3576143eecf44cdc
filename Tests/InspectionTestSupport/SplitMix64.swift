/// A small seeded random number generator (SplitMix64), so that tests which draw random
/// inputs draw the same ones on every run.
///
/// For tests only: the library's own seeded generator is `SeededGenerator` in
/// InspectionStatistics, which test targets that do not depend on it cannot use.
///
/// ```swift
/// var random = SplitMix64(seed: 7)
/// let length = Int.random(in: 0...3_000, using: &random)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose whole output is determined by `seed`.
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

extension SplitMix64 {
  /// A value uniformly in `0..<bound` (0 when `bound` is 0), as the library's
  /// `SeededGenerator.uniform(below:)` gives, for tests that draw with it.
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    bound == 0 ? 0 : UInt64.random(in: 0..<bound, using: &self)
  }
}
