import InspectionDSL

/// The id of the annual report, which SQS's items cite.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Short Quality Screening of youth offending work (SQS), 2012–15: the first weeks of new
  /// orders, across the four themes.
  ///
  /// **Superseded by ``sqsRevised``** (version 2012.2, a declared subset of the FJI question
  /// bank); kept so that samples and scores recorded under version 2012 can be read and scored
  /// again, and because the published SQS findings are given per practice area, as this
  /// version's criteria are (`docs/versions.md`).
  ///
  /// **Period.** September 2012 (replacing the Core Case Inspection) to 2015; about 20–30 YOTs a
  /// year "whatever their performance" (Annual Report 2013–14, paragraph 4.3).
  ///
  /// **Sources.** HM Inspectorate of Probation, *Annual Report 2013–14* (July 2014), chapter 4:
  /// the method and the four themes (paragraph 4.1), the sample (30 SQS, 694 cases), its case
  /// mix and the key findings by practice area (paragraph 4.3). Every item cites the place it
  /// comes from (`inspect provenance SQS`); the questions are drawn from the report's prose.
  ///
  /// **Faithful.** The four themes and their titles; the six practice areas and their titles,
  /// in the report's order; every question is one of the report's case-level findings (cited
  /// in its provenance); the case attributes the report describes the sample by; no star rating (the
  /// report prints none for SQS).
  ///
  /// **Layout (themes + sections).** One section, *Practice*, whose criteria are the six
  /// practice areas; questions carry the themes. Theme headlines are the mean of the questions
  /// carrying each theme; the SQS "overall score" (paragraph 4.3) is the score of the one section.
  /// Declaring the themes as sections instead would have forced each finding into one theme
  /// (the PSR finding names three) and left the practice-area proportions (paragraph 4.3) with no
  /// item to compare against.
  ///
  /// **Assumptions.**
  /// - Where the report gives one proportion for a practice area (assessments), the
  ///   criterion has one neutral question per theme it concerns.
  /// - Review questions carry the three themes whose assessments and plans are reviewed.
  /// - Engagement, and the offer of a Welsh-speaking case manager, carry *Ensuring the sentence
  ///   is served* (FJI ties engagement to "meeting the requirements of the sentence", paragraph 4.4).
  /// - The overall score is the mean of the six practice-area criteria; theme headlines are the
  ///   mean of the questions carrying the theme. The report states neither formula.
  /// - PSR findings also cover referral order panel reports ("replicated", paragraph 4.3).
  /// - The PSR's overall quality (1.1.a) and the family's involvement in it (1.1.e) carry no
  ///   theme; "other relevant behaviour" in assessments (1.2.d) carries reoffending. The report
  ///   does not say which theme, if any, they counted towards.
  ///
  /// **Not recovered.** The SQS case assessment tool itself (question texts, answer options);
  /// the "Overall score for Short Quality Screenings" table (an image); the diversity
  /// chart. No question concerns looked-after children or out-of-area placements: the
  /// report gives only their proportions, so those attributes describe the sample only.
  public static let sqs = Framework(
    "SQS", version: "2012", title: "Short Quality Screening of youth offending work"
  ) {
    Period("2012", to: "2015")
    Summary(
      "A two-and-a-half-day screening of a YOT's work in the first few weeks of new orders, "
        + "across four themes: reducing the likelihood of reoffending, protecting the public, "
        + "protecting the child or young person and ensuring the sentence is served. Each case "
        + "is discussed with its case manager; findings are published as a short letter with an "
        + "overall score.")
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    PublishedSources.annualReport2013to14(
      note: "Chapter 4, paragraphs 4.1 and 4.3: themes, method, sample and key findings by "
        + "practice area.")
    PublishedSources.youthProgrammePage()
    YouthInspection.practiceAssumptions
    Assumption(
      "The overall score is the score of the single practice section (the mean of its six "
        + "criteria); each theme headline is the mean of the questions carrying the theme. The "
        + "report states neither formula.")
    AnswerScale.yesNo()
      .from(
        annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs", basis: .reportProse,
        quote: "improving their overall quality and including other relevant behaviour would "
          + "enable even more to be assessed as sufficient",
        note: "Each case's work is judged good enough (sufficient) or not; the options are ours.")
    Presentation(displayDecimals: 0)

    YouthInspection.attributes
    YouthInspection.themes

    YouthInspection.practiceSection

    Headline("LoR", "Reducing the likelihood of reoffending", theme: "LoR", sections: "1")
      .measures("youth-theme-lor", .exact)
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "the result is information across four themes",
        note: "The report prints no SQS score per theme; the SQS overall score per YOT was printed "
          + "as an image, not recovered."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
    Headline("RoH", "Protecting the public", theme: "RoH", sections: "1")
      .measures("youth-theme-roh", .exact)
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "the result is information across four themes",
        note: "The report prints no SQS score per theme; the SQS overall score per YOT was printed "
          + "as an image, not recovered."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
    Headline(
      "Safeguarding", "Protecting the child or young person", theme: "Safeguarding",
      sections: "1"
    )
    .measures("youth-theme-safeguarding", .exact)
    .from(
      annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
      quote: "the result is information across four themes",
      note: "The report prints no SQS score per theme; the SQS overall score per YOT was printed "
        + "as an image, not recovered."
    )
    .rule(
      from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
      note: "The report states no formula; the mean of the questions carrying the theme is ours."
    )
    .membership(
      from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
      note: "The report names the four themes; which questions carry each theme is ours, by each "
        + "question's subject.")
    Headline("CE", "Ensuring the sentence is served", theme: "CE", sections: "1")
      .measures("youth-theme-sentence-served", .exact)
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "the result is information across four themes",
        note: "The report prints no SQS score per theme; the SQS overall score per YOT was printed "
          + "as an image, not recovered."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
  }
}
