import InspectionDSL

extension FrameworkCatalog {
  /// OMI (2008 revision) → OMI2 (2009): questions OMI2 kept with the same meaning.
  ///
  /// OMI2 renumbered and rewrote most of the tool; only questions whose wording and case
  /// scope (applicability) agree are `.equal`. The rest are related but not the same.
  public static let omi2008ToOMI2 = omi2008ToOMI2(version: "2009")

  /// OMI (2008 revision) → OMI2 2009.2: as ``omi2008ToOMI2``, except that OMI2 2009.2 records
  /// further offending as neither / cautioned / convicted, so OMI's "avoided caution or
  /// conviction" is its 3.1.e exactly.
  public static let omi2008ToOMI2Revised = omi2008ToOMI2(version: "2009.2")

  private static func omi2008ToOMI2(version: String) -> Crosswalk {
    Crosswalk(
      from: "OMI@2008", to: "OMI2@\(version)",
      title: version == "2009"
        ? "OMI 2008 to OMI2: questions kept" : "OMI 2008 to OMI2 \(version): questions kept"
    ) {
      // Identical text, both on PSR cases only.
      Map("1.1.d", to: "1.1.a", .equal)
      // Identical text ("appropriate preparation for interventions"), every case.
      Map("2.1.a", to: "2.3.c", .equal)
      // Identical text (diversity needs in intervention arrangements), every case.
      Map("2.7.a", to: "2.4.a", .equal)
      // "Concise" and "suitably concise": the same PSR check, PSR cases only.
      Map("1.1.i", to: "1.1.d", .equal)
      // "Correct" and "accurate" RoH classification: the same check, every case.
      Map("1.2.e", to: "1.2.d", .equal)
      // OMI2 adds "at the start of sentence or licence", which is when OMI asked it too.
      Map("1.2.a", to: "1.2.a", .equal)
      // The same MAPPA contribution question; OMI names the offender manager, OMI2 probation
      // staff, so OMI asks about fewer people's work.
      Map("2.2.n", to: "2.2.a", .narrower)
      // Statutory victim contact within 40 days: OMI accepts contact offered *or made*, OMI2
      // asks whether the offer was made; the cases agree, the tests nearly so.
      Map("2.3.c", to: "2.2.l", .overlapping)
      if version == "2009" {
        // OMI counts cautions as well as convictions, so avoiding both is the stricter outcome.
        Map("3.1.a", to: "3.1.e", .narrower)
      } else {
        // Both count a caution and a conviction against the outcome.
        Map("3.1.a", to: "3.1.e", .equal)
      }
      // Reduced threat to victims: OMI2 asks for evidence of it; same outcome.
      Map("3.1.u", to: "3.2.f", .equal)
      // All reasonable action to minimise the RoH: the same judgement in new words.
      Map("2.6.b", to: "3.2.a", .equal)
      // Management oversight in high/very high RoH cases; OMI2 narrows it to the quality of work.
      Map("1.2.r", to: "2.2.ag", .broader)
    }
  }
}
