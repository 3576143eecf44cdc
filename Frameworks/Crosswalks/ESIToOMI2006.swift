import InspectionDSL

extension FrameworkCatalog {
  /// ESI (2003) → OMI (2006): derived from the concepts both frameworks measure.
  ///
  /// The ESI follow-up (West Midlands, 2005) prints findings for five criteria only (A1, B1,
  /// B3, C2, C5); OMI reorganised the work into criteria 1.1–3.2. Where both reports print a
  /// finding on one check — an initial risk of harm assessment completed, the classification
  /// appropriate, management involvement in high risk cases — the questions are `.equal`; the
  /// rest are `.narrower`, `.broader` or unmapped, each with its reason
  /// (`inspect crosswalk show ESI OMI@2006`).
  public static let esiToOMI2006 = Crosswalk(
    from: "ESI", to: "OMI@2006", title: "ESI 2003 to OMI 2006: the same checks"
  ) {}

  /// ESI (2003) → OMI 2006.2: as ``esiToOMI2006``; OMI 2006.2's 1.2.c also asks for a clear
  /// assessed level, so ESI's "completed" asks about less (derived from the concepts).
  public static let esiToOMI2006Revised = Crosswalk(
    from: "ESI", to: "OMI@2006.2", title: "ESI 2003 to OMI 2006.2: the same checks"
  ) {}
}
