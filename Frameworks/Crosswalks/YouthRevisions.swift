import InspectionDSL

/// The annual report, which every youth framework cites.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// FJI 2013 → 2013.2: the practice-area layout to the question bank by theme, derived from
  /// the concepts.
  ///
  /// Every question of version 2013 has a place in the bank; most moved into their theme with
  /// the same text and relevance and measure the same concept (`.equal`). The three review
  /// questions and "were the issues managers identified remedied", which 2013 asked once for
  /// several themes, are asked per theme in 2013.2: each new question measures part of the old
  /// one's concept, so each old question is broader than each of its new ones.
  public static let fji2013Revision = Crosswalk(
    from: "FJI@2013", to: "FJI@2013.2", title: "FJI 2013 to 2013.2: the question bank by theme"
  ) {}

  /// FJI 2012 → 2012.2: as ``fji2013Revision``.
  public static let fji2012Revision = Crosswalk(
    from: "FJI@2012", to: "FJI@2012.2", title: "FJI 2012 to 2012.2: the question bank by theme"
  ) {}

  /// SQS 2012 → 2012.2: the practice questions, as in ``fji2013Revision``.
  public static let sqsRevision = Crosswalk(
    from: "SQS@2012", to: "SQS@2012.2", title: "SQS 2012 to 2012.2: the question bank by theme"
  ) {}

  /// SQS 2012.2 → FJI 2013.2: SQS asks a subset of FJI's questions, word for word, so each
  /// measures the same concept and maps to itself; FJI's initial outcomes and management of
  /// practice have no counterpart, and say why.
  public static let sqsToFJI = Crosswalk(
    from: "SQS@2012.2", to: "FJI@2013.2", title: "SQS 2012.2 to FJI 2013.2: the subset it asks"
  ) {
    for id in ["1.5.a", "1.5.b", "1.5.c", "2.6.a", "3.6.a", "3.6.b", "4.2.a", "4.2.b", "4.2.c"] {
      NoCounterpart(
        id,
        because: "Asked only in a Full Joint Inspection: SQS reports its findings on practice, and "
          + "FJI also highlighted the initial outcomes of the work.",
        cites: .from(annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs"),
        .to(annualReport, at: "Chapter 4, paragraph 4.4"))
    }
    for id in ["5.1.a", "5.1.b", "5.1.c", "5.2.a", "5.3.a", "5.4.a"] {
      NoCounterpart(
        id,
        because: "Asked only in a Full Joint Inspection: SQS reports its findings on practice, and "
          + "FJI also highlighted the management of practice.",
        cites: .from(annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs"),
        .to(annualReport, at: "Chapter 4, paragraph 4.4"))
    }
  }
}
