import InspectionDSL

/// The West Mercia (2008) and Hertfordshire (2010) reports, as crosswalk entries cite them.
private let westMercia = "westmercia-2008"
private let hertfordshire = "hertfordshire-2010"

extension FrameworkCatalog {
  /// OMI (2008 revision) → OMI2 (2009): derived from the concepts both frameworks measure.
  ///
  /// OMI2 renumbered and rewrote most of the tool. A question of OMI2 corresponds to one of
  /// OMI 2008 when both reports print a finding on the same check (the concept catalog says
  /// which, `inspect crosswalk show OMI@2008 OMI2@2009`): `.equal` when both check it for the
  /// same cases, `.narrower`, `.broader` or `.overlapping` otherwise. The entries below give
  /// the reports' own words where a relation is not `.equal`, so that the reason reads as the
  /// reports put it.
  public static let omi2008ToOMI2 = omi2008ToOMI2(version: "2009")

  /// OMI (2008 revision) → OMI2 2009.2: as ``omi2008ToOMI2``; 2009.2 records further offending
  /// as neither / cautioned / convicted, so OMI's "avoided caution or conviction" is its 3.1.e
  /// exactly (derived from the concepts).
  public static let omi2008ToOMI2Revised = omi2008ToOMI2(version: "2009.2")

  private static func omi2008ToOMI2(version: String) -> Crosswalk {
    Crosswalk(
      from: "OMI@2008", to: "OMI2@\(version)",
      title: version == "2009"
        ? "OMI 2008 to OMI2: the same checks" : "OMI 2008 to OMI2 \(version): the same checks"
    ) {
      if version == "2009" {
        Map(
          "3.1.a", to: "3.1.e", .broader,
          because: "West Mercia counts an offender cautioned or convicted against the outcome; "
            + "Hertfordshire 2010 counts a conviction only (a caution, 2% of its sample, is a "
            + "finding of its own, 3.1.f): OMI 2008 asks about more.",
          cites: .from(
            westMercia, at: "General criterion 3.1, Strengths (b)",
            quote: "86% of offenders had not been cautioned or convicted of an offence"),
          .to(hertfordshire, at: "General criterion 3.1, Strengths (b)"))
      }
      Map(
        "2.3.c", to: "2.2.l", .broader,
        because: "West Mercia counts statutory victim contact offered or taking place within 40 "
          + "days; Hertfordshire whether the offer was made within 40 days of sentence: the same "
          + "cases, but OMI 2008 accepts contact made as well as offered.",
        cites: .from(
          westMercia, at: "General criterion 2.3, Strengths (c)",
          quote: "Statutory victim contact was offered or took place within 40 days"),
        .to(
          hertfordshire, at: "General criterion 2.2, Strengths (d)",
          quote: "this offer was not made within 40 days of sentence in seven cases"))
      Map(
        "1.2.r", to: "2.2.ag", .broader,
        because: "Both report effective management oversight of high and very high RoSH cases; "
          + "Hertfordshire judges the oversight of the quality of the work only, West Mercia the "
          + "oversight as a whole.",
        cites: .from(westMercia, at: "General criterion 1.2, Areas for improvement (e)"),
        .to(hertfordshire, at: "General criterion 2.2, Areas for improvement (i)"))
      Map(
        "2.2.n", to: "2.2.a", .narrower,
        because: "West Mercia reports the offender manager's contribution to MAPPA, Hertfordshire "
          + "that of probation staff: OMI 2008 asks about fewer people's work.",
        cites: .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (c)",
          quote: "effective contribution to MAPPA by offender managers (65%)"),
        .to(
          hertfordshire, at: "General criterion 2.2, Strengths (a)",
          quote: "Probation staff had contributed effectively to MAPPA in 77% of cases"))
    }
  }
}
