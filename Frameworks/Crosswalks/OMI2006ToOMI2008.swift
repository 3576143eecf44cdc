import InspectionDSL

extension FrameworkCatalog {
  /// OMI (2006, Cheshire) → OMI (2008, West Mercia): derived from the concepts both measure.
  ///
  /// Both reports print the same criteria and scoring approach; each declaration restates its
  /// own report's findings. A 2008 question corresponds to a 2006 one when both reports print a
  /// finding on the same check (`inspect crosswalk show OMI@2006 OMI@2008`). The criteria and
  /// sections measure the same concepts, so they share rows when compared.
  public static let omi2006ToOMI2008 = Crosswalk(
    from: "OMI@2006", to: "OMI@2008", title: "OMI 2006 to OMI 2008: the same checks"
  ) {}
}
