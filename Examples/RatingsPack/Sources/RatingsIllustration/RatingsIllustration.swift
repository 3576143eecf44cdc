import InspectionDSL

/// The frameworks of this pack: one illustrative standards-and-ratings framework.
///
/// `inspect-frameworks` passes ``frameworks`` to `InspectMain.run(frameworks:)`, so the
/// plugins and `swift run inspect-frameworks …` see exactly this list.
public enum RatingsIllustration {
  /// Every framework of the pack.
  public static var frameworks: [Framework] { [standardsAndRatings] }
}
