extension Double {
  /// Whether the value is finite and has no fractional part.
  ///
  /// Implemented without `rounded()`, which would pull in the C math library (not linked
  /// by every target on Linux).
  var isWholeNumber: Bool {
    guard isFinite else { return false }
    // Every double of magnitude 2⁵² or more is an integer.
    if magnitude >= 4_503_599_627_370_496 { return true }
    return Double(Int64(self)) == self
  }

  /// The value as an `I` if it is a whole number within `I`'s range, otherwise `nil`.
  func exactInteger<I: FixedWidthInteger>(as type: I.Type = I.self) -> I? {
    guard isWholeNumber else { return nil }
    // `Double(I.max) + 1` is exactly 2^(bits) (or 2^(bits - 1)): either `I.max` converts
    // exactly and the sum is exact, or it already rounded up to that power of two.
    guard self >= Double(I.min), self < Double(I.max) + 1 else { return nil }
    return I(self)
  }
}
