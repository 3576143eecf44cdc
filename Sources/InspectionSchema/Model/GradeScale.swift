import InspectionSupport

extension FrameworkDocument {
  /// A scale that turns a score into a band, with explicit bounds and rounding.
  ///
  /// Bands are declared best first or worst first; together they must cover the scale's
  /// ``range`` without gaps or overlaps. ``basis`` says whether the raw score or the displayed
  /// (rounded) score is banded, so a report never shows a value beside a band it does not fit.
  ///
  /// ```swift
  /// GradeScale(id: "conclusion", title: "OMI conclusions", basis: .raw, bands: [
  ///   Band(id: "good", label: "Good", lower: .atLeast(70)),
  ///   Band(id: "priority", label: "Priority for improvement", lower: .atLeast(60), upper: .below(70)),
  ///   Band(id: "urgent", label: "Urgent priority", upper: .below(60)),
  /// ])
  /// ```
  public struct GradeScale: Hashable, Sendable, Codable {
    /// The scale id items refer to.
    public var id: String
    /// What the scale is, in words.
    public var title: String
    /// Whether the raw or the displayed (rounded) value is banded.
    public var basis: BandingBasis
    /// The values the scale covers: 0–100 for percentages, 0–N for points.
    public var range: ScoreRange
    /// The bands, in declaration order.
    public var bands: [Band]
    /// Where the band set (labels and bounds) comes from, if recorded. Bands resting on an
    /// ``ProvenanceBasis/inferredRule`` are marked in score reports.
    public var provenance: Provenance?

    /// Creates a grade scale.
    public init(
      id: String, title: String, basis: BandingBasis = .raw,
      range: ScoreRange = .percent, bands: [Band], provenance: Provenance? = nil
    ) {
      self.id = id
      self.title = title
      self.basis = basis
      self.range = range
      self.bands = bands
      self.provenance = provenance
    }

    /// The band the exact score `value` falls in, banding the raw or the displayed value as
    /// declared.
    ///
    /// - Parameters:
    ///   - value: the exact, unrounded score.
    ///   - displayDecimals: how many decimals the displayed value keeps.
    /// - Returns: the first band that contains the value (or its displayed rounding, half
    ///   away from zero), or `nil` if none does.
    public func band(for value: Rational, displayDecimals: Int) -> Band? {
      let banded = bandedValue(value, displayDecimals: displayDecimals)
      return bands.first { $0.contains(banded) }
    }

    /// The value this scale bands for the score `value`: the score itself (``BandingBasis/raw``)
    /// or its displayed rounding (``BandingBasis/displayed``).
    public func bandedValue(_ value: Rational, displayDecimals: Int) -> Rational {
      basis == .displayed ? DisplayRounding.round(value, decimals: displayDecimals) : value
    }

    /// The band with `id` (or, failing that, with that exact published label), if any: how a
    /// judgements file names the band of an override.
    public func band(named idOrLabel: String) -> Band? {
      bands.first { $0.id == idOrLabel } ?? bands.first { $0.label == idOrLabel }
    }

    /// The band `value`, read as the decimal it is written as (a published percentage), falls
    /// in; `nil` for a value that is not finite.
    public func band(for value: Double, displayDecimals: Int) -> Band? {
      guard let exact = Rational(decimal: value) else { return nil }
      return band(for: exact, displayDecimals: displayDecimals)
    }
  }
}
