import InspectionDSL

/// The frameworks of this criteria pack, declared in this folder, one file each.
///
/// `inspect-frameworks` passes ``frameworks`` to `InspectMain.run(frameworks:)`, so the
/// plugins and `swift run inspect-frameworks …` see exactly this list.
public enum LocalCriteria {
  /// Every framework of the pack.
  public static var frameworks: [Framework] { [omiLocal, courtReports] }
}
