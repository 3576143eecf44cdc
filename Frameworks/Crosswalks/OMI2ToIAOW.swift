import InspectionDSL

extension FrameworkCatalog {
  /// OMI2 (2009) → IAOW (2013): derived from the concepts both frameworks measure.
  ///
  /// IAOW judges each criterion by one overall question; OMI2 has no overall questions, so no
  /// answer carries by default. Each OMI2 question measures part of an IAOW judgement (the
  /// concept catalog's area "Overall judgements of a criterion"), so it is `.narrower` than that
  /// judgement; `inspect compare --carry narrower` carries such answers, with that caveat.
  public static let omi2ToIAOW = Crosswalk(
    from: "OMI2", to: "IAOW", title: "OMI2 to IAOW: the parts of each judgement"
  ) {}
}
