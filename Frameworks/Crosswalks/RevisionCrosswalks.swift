import InspectionDSL

extension FrameworkCatalog {
  /// OMI2 2009 → 2009.2: every question carried across, on its printed scale where it has one.
  ///
  /// A question whose cut is unchanged is `.equal` (its answer's effect carries across), also
  /// where 2009.2 records it on a scale of several categories. Three are not: 3.1.e and the
  /// two questions 2009.2 removed, each cut of a check 2009.2 records whole.
  public static let omi2Revision = Crosswalk(
    from: "OMI2@2009", to: "OMI2@2009.2", title: "OMI2 2009 to 2009.2: answer scales as printed"
  ) {
    for id in omi2.declaredQuestionIDs(excluding: ["3.1.e", "3.1.f", "3.1.j"]) {
      Map(id, to: id, .equal)
    }
    // 2009 asked "avoided conviction", so a cautioned offender was above the line; 2009.2 puts
    // a caution below it: the old question accepts more cases than the new one.
    Map("3.1.e", to: "3.1.e", .broader)
    // "Avoided a caution" and "neither cautioned nor convicted" agree except for an offender
    // convicted and not cautioned, above the line in 2009 and below it in 2009.2.
    Map("3.1.f", to: "3.1.e", .overlapping)
    // "Fully achieved" is one of the two categories above the line in 2009.2's 3.1.i.
    Map("3.1.j", to: "3.1.i", .narrower)
  }

  /// OMI 2006 → 2006.2 (the report body's listing): every question carried across.
  ///
  /// 1.2.c and 3.1.b are on their printed scales in 2006.2, and their cut moved: an assessment
  /// with an unclear level and a caution are now below the line.
  public static let omi2006Revision = omi2006Revision(
    from: omi2006, "OMI@2006", to: "OMI@2006.2",
    title: "OMI 2006 to 2006.2: answer scales as printed")

  /// OMI 2006 → 2006.2 (the Appendix 3 listing): as ``omi2006Revision``.
  public static let omi2006AppendixRevision = omi2006Revision(
    from: omi2006Appendix, "OMI@2006-appendix3", to: "OMI@2006.2-appendix3",
    title: "OMI 2006 (Appendix 3) to 2006.2: answer scales as printed")

  private static func omi2006Revision(
    from base: Framework, _ from: String, to: String, title: String
  ) -> Crosswalk {
    Crosswalk(from: from, to: to, title: title) {
      for id in base.declaredQuestionIDs(excluding: ["1.2.c", "3.1.b"]) {
        Map(id, to: id, .equal)
      }
      // "Completed" accepted an assessment whose level was unclear; 2006.2 does not.
      Map("1.2.c", to: "1.2.c", .broader)
      // "Avoided reconviction" accepted a cautioned offender; 2006.2 does not.
      Map("3.1.b", to: "3.1.b", .broader)
    }
  }
}

extension Framework {
  /// The ids of the questions this declaration lists itself (a derived framework's base
  /// questions are not among them), in order, less `excluded`.
  func declaredQuestionIDs(excluding excluded: Set<String> = []) -> [String] {
    elements.flatMap { element -> [String] in
      guard case .section(let section) = element else { return [] }
      return section.criteria.flatMap { $0.questions.map(\.id) }
    }
    .filter { !excluded.contains($0) }
  }
}
