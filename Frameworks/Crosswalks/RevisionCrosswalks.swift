import InspectionDSL

extension FrameworkCatalog {
  /// OMI2 2009 → 2009.2: every question carried across, derived from the concepts.
  ///
  /// A question whose cut is unchanged measures the same concept in both versions and is
  /// `.equal` (its answer's effect carries across), also where 2009.2 records it on a scale of
  /// several categories. Three are not: 3.1.e, which 2009.2 counts a caution against, and the
  /// two questions 2009.2 removed, 3.1.f ("avoided a caution", part of 2009.2's 3.1.e) and 3.1.j
  /// ("fully achieved", a stricter test than 2009.2's 3.1.i).
  public static let omi2Revision = Crosswalk(
    from: "OMI2@2009", to: "OMI2@2009.2", title: "OMI2 2009 to 2009.2: answer scales as printed"
  ) {}

  /// OMI 2006 → 2006.2 (the report body's listing): every question carried across.
  ///
  /// 1.2.c and 3.1.b are on their printed scales in 2006.2, and their cut moved: an assessment
  /// with an unclear level and a caution are now below the line; the older questions ask about
  /// less (derived from the concepts).
  public static let omi2006Revision = Crosswalk(
    from: "OMI@2006", to: "OMI@2006.2", title: "OMI 2006 to 2006.2: answer scales as printed"
  ) {}

  /// OMI 2006 → 2006.2 (the Appendix 3 listing): as ``omi2006Revision``.
  public static let omi2006AppendixRevision = Crosswalk(
    from: "OMI@2006-appendix3", to: "OMI@2006.2-appendix3",
    title: "OMI 2006 (Appendix 3) to 2006.2: answer scales as printed"
  ) {}
}
