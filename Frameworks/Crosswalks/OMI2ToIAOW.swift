import InspectionDSL

extension FrameworkCatalog {
  /// OMI2 (2009) → IAOW (2013): IAOW judges each criterion by one overall question; OMI2 has
  /// no overall questions, so nothing is `.equal` and no answer carries by default.
  ///
  /// The mappings record where an OMI2 outcome question covers part of an IAOW judgement;
  /// `inspect compare --carry narrower,overlapping` carries them, with that caveat.
  public static let omi2ToIAOW = Crosswalk(
    from: "OMI2", to: "IAOW", title: "OMI2 to IAOW: outcome questions"
  ) {
    // Abiding by the requirements is one of the initial outcomes IAOW judges as a whole.
    Map("3.1.d", to: "2.3.s", .narrower)
    // Avoiding conviction is evidence of, not the same as, a reduced likelihood of reoffending.
    Map("3.1.e", to: "3.3.s", .overlapping)
    // All reasonable action to minimise RoH is the effort; IAOW judges the outcome.
    Map("3.2.a", to: "4.3.s", .overlapping)
    // A reduced threat to victims is the victim outcome IAOW judges, but OMI2 asks for
    // evidence of it, IAOW for the judgement.
    Map("3.2.f", to: "5.3.s", .overlapping)
    // The RoSH analysis at the start is part of IAOW's "assessment and planning" judgement.
    Map("1.2.g", to: "4.1.s", .narrower)
  }
}
