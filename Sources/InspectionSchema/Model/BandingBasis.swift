/// Whether a grade scale bands the raw score or the displayed, rounded one.
public enum BandingBasis: String, Hashable, Sendable, Codable, CaseIterable {
  /// Band the unrounded score: 69.6 is below a band starting at 70.
  case raw
  /// Band the displayed score: 69.6 displays as 70 and is banded as 70.
  case displayed
}
