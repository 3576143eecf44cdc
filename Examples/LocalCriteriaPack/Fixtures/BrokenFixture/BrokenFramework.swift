import FrameworkCatalog
import InspectionDSL

/// A deliberately broken derivation, kept out of `LocalCriteria`: CI runs
/// `swift package validate-frameworks --product inspect-broken-fixture` and expects it to fail
/// with each problem at its file and line.
public enum BrokenFixture {
  /// The broken framework.
  public static var frameworks: [Framework] { [broken, brokenRatings] }

  static let broken = Framework(
    "OMI-broken", version: "1", title: "A derivation with mistakes",
    basedOn: FrameworkCatalog.omi2008
  ) {
    Remove("1.2.z")  // IK0191: OMI 2008 has no 1.2.z
    Add(toCriterion: "2.1") {
      Question("2.1.a", "Was the plan delivered?")  // IK0192: 2.1.a is already in OMI 2008
    }
  }
}
