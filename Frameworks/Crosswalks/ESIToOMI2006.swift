import InspectionDSL

extension FrameworkCatalog {
  /// ESI (2003) → OMI (2006): the risk of harm questions both inspections asked.
  ///
  /// ESI scrutinised supervision plans and OASys risk of harm work; OMI reorganised them into
  /// criterion 1.2 (assessment of RoH) and 2.x (delivery). Most ESI questions are about the
  /// initial supervision plan and interventions in terms OMI did not reuse, so they stay
  /// unmapped rather than forced.
  public static let esiToOMI2006 = esiToOMI2006(version: "2006")

  /// ESI (2003) → OMI 2006.2: as ``esiToOMI2006``, except that OMI 2006.2's 1.2.c also asks
  /// for a clear assessed level, so ESI's "completed" asks about more.
  public static let esiToOMI2006Revised = esiToOMI2006(version: "2006.2")

  private static func esiToOMI2006(version: String) -> Crosswalk {
    Crosswalk(
      from: "ESI", to: "OMI@\(version)", title: "ESI 2003 to OMI \(version): risk of harm work"
    ) {
      if version == "2006" {
        // Both ask whether an initial RoH assessment exists at all, for every case.
        Map("B1.a", to: "1.2.c", .equal)
      } else {
        // ESI asks whether an assessment exists; OMI 2006.2 also wants its level clear.
        Map("B1.a", to: "1.2.c", .broader)
      }
      // "Appropriate" (ESI) and "accurate" (OMI) classification: the same check of the RoH
      // level against the evidence, on every case.
      Map("B1.e", to: "1.2.d", .equal)
      // ESI judges the initial assessment's quality; OMI's summary judges the RoH assessment
      // overall, reviews included: ESI asks about less.
      Map("B1.b", to: "1.2.s", .narrower)
      // ESI also asks that changes be addressed, OMI only that they be identified: ESI is the
      // stricter question, so a sufficient ESI answer implies a sufficient OMI one.
      Map("C5.c", to: "2.2.f", .narrower)
      // ESI asks about the additional requirements only; OMI about all the requirements.
      Map("C2.c", to: "2.1.c", .overlapping)
    }
  }
}
