import InspectionSupport

extension FrameworkDocument {
  /// One band of a grade scale: a label for the scores between its bounds.
  ///
  /// A missing bound is open: a band without ``lower`` starts at the scale's minimum.
  ///
  /// ```swift
  /// Band(id: "priority", label: "Priority for improvement", lower: .atLeast(60), upper: .below(70))
  /// ```
  public struct Band: Hashable, Sendable, Codable {
    /// The band id recorded in results, e.g. `good`.
    public var id: String
    /// The band as published, e.g. `Good` or `****`.
    public var label: String
    /// The lower bound, or `nil` for the bottom of the scale.
    public var lower: Bound?
    /// The upper bound, or `nil` for the top of the scale.
    public var upper: Bound?
    /// Points the band contributes to an overall rating.
    public var points: Double?
    /// What the band means, as published.
    public var meaning: String?

    /// Creates a band.
    public init(
      id: String, label: String, lower: Bound? = nil, upper: Bound? = nil,
      points: Double? = nil, meaning: String? = nil
    ) {
      self.id = id
      self.label = label
      self.lower = lower
      self.upper = upper
      self.points = points
      self.meaning = meaning
    }

    /// Whether the exact `value` lies within the band's bounds, each bound read as the
    /// decimal it is declared as (a score of exactly 60 is not "below 60").
    public func contains(_ value: Rational) -> Bool {
      if let lower, !lower.admitsFromBelow(value) { return false }
      if let upper, !upper.admitsFromAbove(value) { return false }
      return true
    }

    /// Whether `value`, read as the decimal it is written as, lies within the band's bounds.
    public func contains(_ value: Double) -> Bool {
      guard let exact = Rational(decimal: value) else {
        // Infinite or NaN: compared as binary numbers (NaN lies in no bounded band).
        if let lower, lower.inclusive ? !(value >= lower.value) : !(value > lower.value) {
          return false
        }
        if let upper, upper.inclusive ? !(value <= upper.value) : !(value < upper.value) {
          return false
        }
        return true
      }
      return contains(exact)
    }
  }
}

extension FrameworkDocument.Band {
  /// The band's bounds in words, e.g. `≥ 60 and < 70`.
  public var boundsDescription: String {
    var parts: [String] = []
    if let lower {
      parts.append("\(lower.inclusive ? "≥" : ">") \(DisplayRounding.plain(lower.value))")
    }
    if let upper {
      parts.append("\(upper.inclusive ? "≤" : "<") \(DisplayRounding.plain(upper.value))")
    }
    return parts.isEmpty ? "any value" : parts.joined(separator: " and ")
  }
}
