/// A deterministic random number generator: xoshiro256** seeded through SplitMix64.
///
/// The algorithm is fixed so results (bootstrap resamples in particular) are identical on
/// every platform and Swift version:
/// - Seeding: the four 64-bit state words are the first four outputs of SplitMix64 started
///   at the seed (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
///   OOPSLA 2014; constants from Vigna's reference `splitmix64.c`).
/// - Output: xoshiro256** 1.0 (Blackman & Vigna, "Scrambled linear pseudorandom number
///   generators", ACM TOMS 2021; reference `xoshiro256starstar.c`).
/// - ``uniform(below:)``: Lemire's multiply-and-reject method (Lemire, "Fast random integer
///   generation in an interval", ACM TOMACS 2019), so there is no modulo bias.
///
/// Prefer ``uniform(below:)`` over `Int.random(in:using:)`: the standard library does not
/// promise how it maps generator output to a range, so it could change between releases.
///
/// ```swift
/// var generator = SeededGenerator(seed: 42)
/// let die = generator.uniform(below: 6) + 1
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates a generator whose whole output is determined by `seed`.
  public init(seed: UInt64) {
    var splitMix = seed
    state = (
      Self.splitMix64(&splitMix), Self.splitMix64(&splitMix),
      Self.splitMix64(&splitMix), Self.splitMix64(&splitMix)
    )
  }

  /// Creates the generator for sub-stream `stream` of `seed`.
  ///
  /// Equivalent to `SeededGenerator(seed: mix(seed) ^ stream)`, where `mix` is the SplitMix64
  /// output function; different streams of one seed start from different states. Used to
  /// give every bootstrap replicate its own generator, so replicates can be computed in any
  /// order.
  public init(seed: UInt64, stream: UInt64) {
    var mixed = seed
    self.init(seed: Self.splitMix64(&mixed) ^ stream)
  }

  /// Creates a generator with an explicit xoshiro256** state (for reference test vectors).
  init(state: (UInt64, UInt64, UInt64, UInt64)) {
    self.state = state
  }

  /// Returns the next 64 random bits (xoshiro256**).
  public mutating func next() -> UInt64 {
    let result = (state.1 &* 5).rotatedLeft(by: 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = state.3.rotatedLeft(by: 45)
    return result
  }

  /// Returns a uniformly distributed integer in `0..<bound`, without modulo bias.
  ///
  /// Returns 0 when `bound` is 0 or 1.
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    guard bound > 1 else { return 0 }
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return product.high
  }

  /// Returns a uniformly distributed `Double` in `0..<1` with 53 random bits.
  public mutating func uniformUnitInterval() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// One SplitMix64 step: advances `state` and returns its mixed output.
  static func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Generators are equal when their states are equal.
  public static func == (lhs: SeededGenerator, rhs: SeededGenerator) -> Bool {
    lhs.state == rhs.state
  }

  /// Hashes the state.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(state.0)
    hasher.combine(state.1)
    hasher.combine(state.2)
    hasher.combine(state.3)
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 - count))
  }
}
