/// Whether a grade scale bands the raw score or the displayed, rounded one.
///
/// A report never shows a value beside a band it does not fit when the displayed value is
/// banded; the raw basis bands the exact score, so 69.6 is below a band starting at 70.
///
/// ```swift
/// GradeScale("stars", "Stars", basis: .displayed) { … }   // 69.6 shows as 70, banded as 70
/// ```
public enum BandingBasis: String, Hashable, Sendable, Codable, CaseIterable {
  /// Band the unrounded score: 69.6 is below a band starting at 70.
  case raw
  /// Band the displayed score: 69.6 displays as 70 and is banded as 70.
  case displayed
}
